import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../domain/evidence/kinds';
import type { DocumentKind } from '../../domain/model';
import { type PieceFields, parsedDate } from './pieceDraft';

const KIND_OPTIONS = DOCUMENT_KINDS.map((kind) => ({
  value: kind,
  label: DOCUMENT_KIND_LABELS[kind],
}));

export interface InvoiceOption {
  value: string;
  label: string;
}

export interface PieceFieldsFormProps {
  value: PieceFields;
  onChange: (value: PieceFields) => void;
  invoiceOptions: InvoiceOption[];
  /** Names the inputs for screen readers and tests: « … de contrat.pdf ». */
  fileName: string;
}

/** Kind, title, number, date and invoices of a piece; the date is typed the French way. */
export function PieceFieldsForm({
  value,
  onChange,
  invoiceOptions,
  fileName,
}: PieceFieldsFormProps) {
  const date = parsedDate(value.dateText);
  return (
    <Group grow align="flex-start" gap="xs">
      <Select
        label="Nature"
        aria-label={`Nature de ${fileName}`}
        data={KIND_OPTIONS}
        value={value.kind}
        allowDeselect={false}
        onChange={(kind) => kind && onChange({ ...value, kind: kind as DocumentKind })}
      />
      <TextInput
        label="Intitulé"
        aria-label={`Intitulé de ${fileName}`}
        value={value.title}
        onChange={(event) => onChange({ ...value, title: event.currentTarget.value })}
        error={value.title.trim() ? null : 'Donnez un intitulé'}
      />
      <TextInput
        label="N°"
        aria-label={`Numéro de ${fileName}`}
        description="Facture, recommandé…"
        placeholder="FA26001"
        value={value.reference}
        onChange={(event) => onChange({ ...value, reference: event.currentTarget.value })}
      />
      <TextInput
        label="Date"
        aria-label={`Date de ${fileName}`}
        placeholder="JJ/MM/AAAA"
        value={value.dateText}
        onChange={(event) => onChange({ ...value, dateText: event.currentTarget.value })}
        error={date === null ? 'Date invalide (JJ/MM/AAAA)' : null}
      />
      <MultiSelect
        label="Factures concernées"
        aria-label={`Factures concernées par ${fileName}`}
        placeholder={value.invoiceIds.length === 0 ? 'Tout le compte' : undefined}
        data={invoiceOptions}
        value={value.invoiceIds}
        searchable
        clearable
        onChange={(invoiceIds) => onChange({ ...value, invoiceIds })}
      />
    </Group>
  );
}

/** True when the fields can be saved. */
export function fieldsValid(value: PieceFields): boolean {
  return value.title.trim() !== '' && parsedDate(value.dateText) !== null;
}
