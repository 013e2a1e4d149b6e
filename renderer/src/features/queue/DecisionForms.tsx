import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useAssigneesSettings } from '../../data/portfolioHooks';
import { queueActionsRepo } from '../../data/repositories/queueActions';
import type { QueueAction } from '../../domain/actionQueue';
import type { QueueDecision } from '../../domain/activityDetails';
import { addDays, isIsoDate, isoDate, todayIso } from '../../domain/dates';
import { DateField } from '../../shared/ui/DateField';
import { actionLabel } from './actionLabel';
import { showUndoable } from './quickActions';

export type DecisionKind = 'snoozed' | 'reassigned' | 'skipped' | 'failed';

const TITLES: Record<DecisionKind, string> = {
  snoozed: 'Reporter l’action',
  reassigned: 'Réattribuer l’action',
  skipped: 'Ignorer l’action',
  failed: 'Signaler un échec',
};

export async function decide(action: QueueAction, decision: QueueDecision, message: string) {
  try {
    const id = await queueActionsRepo.decide(
      { key: action.key, debtorId: action.debtorId, label: actionLabel(action) },
      decision,
    );
    showUndoable(
      { debtorId: action.debtorId, activityIds: [id], label: actionLabel(action) },
      message,
    );
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Enregistrement impossible',
      message: String(error),
    });
  }
}

function DecisionForm({
  kind,
  action,
  onDone,
}: {
  kind: DecisionKind;
  action: QueueAction;
  onDone: () => void;
}) {
  const today = todayIso();
  const [until, setUntil] = useState<string>(addDays(today, 7));
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const names = (useAssigneesSettings()?.names ?? []).filter((n) => n !== action.assignee);
  const needsReason = kind === 'skipped' || kind === 'failed';
  const valid =
    (kind === 'snoozed' && isIsoDate(until) && until > today) ||
    (kind === 'reassigned' && !!to) ||
    (needsReason && reason.trim().length > 0);

  async function submit() {
    const label = actionLabel(action);
    if (kind === 'snoozed')
      await decide(
        action,
        { kind, until: isoDate(until), ...(reason.trim() ? { reason: reason.trim() } : {}) },
        `${label} reportée.`,
      );
    if (kind === 'reassigned' && to)
      await decide(action, { kind, to }, `${label} réattribuée à ${to}.`);
    if (kind === 'skipped')
      await decide(action, { kind, reason: reason.trim() }, `${label} ignorée.`);
    if (kind === 'failed')
      await decide(action, { kind, reason: reason.trim() }, `${label} signalée en échec.`);
    onDone();
  }

  return (
    <Stack gap="sm">
      <Text size="sm">
        {action.debtorName} — {actionLabel(action)}
      </Text>
      {kind === 'snoozed' && (
        <DateField label="Reporter au" value={until} min={addDays(today, 1)} onChange={setUntil} />
      )}
      {kind === 'reassigned' && (
        <Select
          label="Confier à"
          placeholder="Choisissez un gestionnaire"
          data={names}
          value={to}
          onChange={setTo}
        />
      )}
      <Textarea
        label={needsReason ? 'Motif' : 'Motif (facultatif)'}
        placeholder={
          kind === 'failed'
            ? 'Courriel revenu en erreur, pli retourné « NPAI »…'
            : kind === 'skipped'
              ? 'Déjà traité par le commercial…'
              : ''
        }
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={2}
        hidden={kind === 'reassigned'}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Annuler
        </Button>
        <Button disabled={!valid} onClick={() => void submit()}>
          Enregistrer
        </Button>
      </Group>
    </Stack>
  );
}

export function openDecision(kind: DecisionKind, action: QueueAction) {
  const id = modals.open({
    title: TITLES[kind],
    children: <DecisionForm kind={kind} action={action} onDone={() => modals.close(id)} />,
  });
}
