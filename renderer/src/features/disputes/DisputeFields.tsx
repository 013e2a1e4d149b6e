import { Select, Stack, Text, Textarea } from '@mantine/core';
import { useAssigneesSettings } from '../../data/portfolioHooks';
import type { DisputeCategory } from '../../domain/activityDetails';
import { DISPUTE_CATEGORIES, DISPUTE_CATEGORY_LABELS } from '../../domain/disputes';
import { type ChecklistInvoice, InvoiceChecklist } from '../../shared/ui/InvoiceChecklist';

export type DisputeItem = ChecklistInvoice;

export interface DisputeDraft {
  invoiceIds: string[];
  category: DisputeCategory | null;
  owner: string | null;
  notes: string;
}

export const EMPTY_DISPUTE: DisputeDraft = {
  invoiceIds: [],
  category: null,
  owner: null,
  notes: '',
};

export function disputeDraftValid(draft: DisputeDraft): boolean {
  return draft.invoiceIds.length > 0 && draft.category !== null;
}

/** Items, category, owner and notes of a dispute (used by the dialog and the Appel guidé). */
export function DisputeFields({
  items,
  value,
  onChange,
}: {
  items: readonly DisputeItem[];
  value: DisputeDraft;
  onChange: (draft: DisputeDraft) => void;
}) {
  const owners = useAssigneesSettings()?.names ?? [];
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          Factures contestées
        </Text>
        <InvoiceChecklist
          items={items}
          selected={value.invoiceIds}
          onChange={(invoiceIds) => onChange({ ...value, invoiceIds })}
          maxHeight={200}
        />
      </Stack>
      <Select
        label="Motif du litige"
        placeholder="Choisissez une catégorie"
        data={DISPUTE_CATEGORIES.map((c) => ({ value: c, label: DISPUTE_CATEGORY_LABELS[c] }))}
        value={value.category}
        onChange={(category) =>
          onChange({ ...value, category: category as DisputeCategory | null })
        }
      />
      <Select
        label="Suivi par"
        placeholder="Personne en charge de la résolution"
        data={owners}
        value={value.owner}
        clearable
        onChange={(owner) => onChange({ ...value, owner })}
      />
      <Textarea
        label="Notes"
        placeholder="Ce que conteste le client, pièces demandées…"
        autosize
        minRows={2}
        value={value.notes}
        onChange={(e) => onChange({ ...value, notes: e.currentTarget.value })}
      />
    </Stack>
  );
}
