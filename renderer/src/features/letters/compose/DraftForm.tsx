import { Group, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useDebtorChoices } from '../../../data/letterHooks';
import { isIsoDate } from '../../../domain/dates';
import { SEND_METHOD_LABELS, SEND_METHODS, type TemplateId } from '../../../domain/letters';
import type { SendMethod } from '../../../domain/model';
import { DateField } from '../../../shared/ui/DateField';
import type { LetterDraft } from './useLetterDraft';

/** Debtor, template, date, send method and LRAR number. */
export function DraftForm({ draft }: { draft: LetterDraft }) {
  const { options, update, commons, template } = draft;
  const debtors = useDebtorChoices();
  const debtorData = useMemo(
    () => (debtors ?? []).map((d) => ({ value: d.id, label: `${d.name} — ${d.accountNo}` })),
    [debtors],
  );
  const sendMethod = options.sendMethod ?? template?.sendMethod ?? 'courrier-simple';
  return (
    <Stack gap="sm">
      <Select
        label="Débiteur"
        placeholder="Rechercher par nom ou numéro de compte"
        searchable
        limit={50}
        data={debtorData}
        value={options.debtorId}
        onChange={(value) => update({ debtorId: value })}
        nothingFoundMessage="Aucun débiteur"
      />
      <Group grow align="flex-start">
        <Select
          label="Modèle"
          data={(commons?.templates ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={options.templateId}
          allowDeselect={false}
          onChange={(value) => {
            if (value) update({ templateId: value as TemplateId });
          }}
        />
        <DateField
          label="Date du courrier"
          value={options.date}
          onChange={(picked) => {
            if (isIsoDate(picked)) update({ date: picked });
          }}
        />
      </Group>
      <SegmentedControl
        aria-label="Mode d’envoi"
        fullWidth
        data={SEND_METHODS.map((m) => ({ value: m, label: SEND_METHOD_LABELS[m] }))}
        value={sendMethod}
        onChange={(value) => update({ sendMethod: value as SendMethod })}
      />
      {sendMethod === 'lrar' ? (
        <TextInput
          label="Numéro de recommandé"
          description="Imprimé au-dessus de l’adresse ; modifiable ensuite dans « Courriers envoyés »."
          placeholder="1A 123 456 7890 1"
          value={options.trackingNumber}
          onChange={(event) => update({ trackingNumber: event.currentTarget.value })}
        />
      ) : null}
    </Stack>
  );
}
