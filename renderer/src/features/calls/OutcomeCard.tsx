import {
  Alert,
  Button,
  Checkbox,
  Chip,
  Group,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { callsRepo } from '../../data/repositories/calls';
import type { CallOutcome } from '../../domain/activityDetails';
import { CALL_OUTCOME_LABELS, CALL_OUTCOMES } from '../../domain/callOutcomes';
import { addDays } from '../../domain/dates';
import type { Contact, Invoice, IsoDate } from '../../domain/model';
import { sumCents } from '../../domain/money';
import { planProblems } from '../../domain/plans';
import { DateField } from '../../shared/ui/DateField';
import { DisputeFields } from '../disputes';
import { showUndoable } from '../queue';
import { callFromDraft, type OutcomeDraft } from './outcomeDraft';
import { CoveredItems, PlanFields, PromiseFields } from './PromiseFields';

interface Props {
  debtorId: string;
  contact?: Contact;
  action?: { key: string; label: string };
  items: readonly Invoice[];
  today: IsoDate;
  draft: OutcomeDraft;
  onChange: (draft: OutcomeDraft) => void;
  /** After saving; `next`: « Enregistrer et suivant » was chosen. */
  onSaved: (next: boolean) => void;
  /** Offers « Enregistrer et suivant » (the call was opened from the File d'actions). */
  withNext?: boolean;
}

const amount = {
  suffix: ' €',
  decimalScale: 2,
  decimalSeparator: ',',
  thousandSeparator: ' ',
  min: 0,
} as const;

/** How the call ended, with what it needs (date, amount, items…), recorded in one go. */
export function OutcomeCard({
  debtorId,
  contact,
  action,
  items,
  today,
  draft,
  onChange,
  onSaved,
  withNext = false,
}: Props) {
  const [saving, setSaving] = useState(false);
  const covered = items.filter((i) => draft.invoiceIds.includes(i.id));
  const debtCents = sumCents(covered.map((i) => i.openCents));
  const call = callFromDraft(draft, {
    debtorId,
    ...(contact ? { contact } : {}),
    ...(action ? { action } : {}),
  });
  const problems =
    typeof call === 'string'
      ? [call]
      : call.promise
        ? planProblems(call.promise.kind, call.promise.payments, debtCents, today)
        : [];
  const set = (change: Partial<OutcomeDraft>) => onChange({ ...draft, ...change });

  async function save(next: boolean) {
    if (typeof call === 'string') return;
    setSaving(true);
    try {
      const ids = await callsRepo.record(call, today);
      const message = `Appel enregistré : ${CALL_OUTCOME_LABELS[call.outcome]}.`;
      // A promise or a dispute wrote more than the timeline: undone from their own screens.
      if (call.promise || call.dispute) notifications.show({ color: 'teal', message });
      else
        showUndoable(
          { debtorId, activityIds: ids, label: `Appel — ${CALL_OUTCOME_LABELS[call.outcome]}` },
          message,
        );
      onSaved(next);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Appel non enregistré',
        message: error instanceof Error ? error.message : String(error),
      });
      setSaving(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Issue de l’appel
      </Title>
      <Stack gap="sm">
        <Chip.Group
          multiple={false}
          value={draft.outcome}
          onChange={(value) => set({ outcome: value as CallOutcome })}
        >
          <Group gap="xs">
            {CALL_OUTCOMES.map((o) => (
              <Chip key={o} value={o} size="sm" variant="outline">
                {CALL_OUTCOME_LABELS[o]}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {(draft.outcome === 'promesse' || draft.outcome === 'echeancier') && (
          <>
            <CoveredItems draft={draft} items={items} onChange={onChange} />
            {draft.outcome === 'promesse' ? (
              <PromiseFields draft={draft} items={items} onChange={onChange} />
            ) : (
              <PlanFields
                draft={draft}
                items={items}
                onChange={onChange}
                debtCents={debtCents}
                firstDate={addDays(today, 7)}
              />
            )}
            <Checkbox
              label="Le débiteur confirme la dette par écrit (courriel, échéancier signé) : la prescription repart"
              checked={draft.acknowledged}
              onChange={(e) => set({ acknowledged: e.currentTarget.checked })}
            />
          </>
        )}
        {draft.outcome === 'litige' && (
          <DisputeFields
            items={items}
            value={draft.dispute}
            onChange={(dispute) => set({ dispute })}
          />
        )}
        {(draft.outcome === 'rappel' || draft.outcome === 'pas-de-reponse') && (
          <DateField
            label="Rappeler le"
            value={draft.callBackOn}
            onChange={(picked) => set({ callBackOn: picked })}
          />
        )}
        {draft.outcome === 'deja-paye' && (
          <Group grow align="flex-start">
            <DateField
              label="Payé le"
              value={draft.paidDate}
              onChange={(picked) => set({ paidDate: picked })}
            />
            <NumberInput
              label="Montant"
              {...amount}
              value={draft.paidEuros}
              onChange={(v) => set({ paidEuros: v })}
            />
            <TextInput
              label="Référence bancaire"
              value={draft.paidReference}
              onChange={(e) => set({ paidReference: e.currentTarget.value })}
            />
          </Group>
        )}
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          value={draft.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
        />
        {draft.outcome && problems.length > 0 && (
          <Alert color="orange" variant="light">
            {problems.map((p) => (
              <Text key={p} size="sm">
                {p}
              </Text>
            ))}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            loading={saving}
            disabled={problems.length > 0}
            variant={withNext ? 'default' : 'filled'}
            onClick={() => void save(false)}
          >
            Enregistrer l’appel
          </Button>
          {withNext && (
            <Button loading={saving} disabled={problems.length > 0} onClick={() => void save(true)}>
              Enregistrer et suivant
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
