import { Alert, Button, Group, Stack } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { disputesRepo } from '../../data/repositories/disputes';
import {
  type DisputeDraft,
  DisputeFields,
  type DisputeItem,
  disputeDraftValid,
} from './DisputeFields';

function DisputeDialog({
  debtorId,
  items,
  preselected,
  onDone,
}: {
  debtorId: string;
  items: readonly DisputeItem[];
  preselected: readonly string[];
  onDone: () => void;
}) {
  const [draft, setDraft] = useState<DisputeDraft>({
    invoiceIds: [...preselected],
    category: null,
    owner: null,
    notes: '',
  });
  const [saving, setSaving] = useState(false);
  async function save() {
    if (!draft.category) return;
    setSaving(true);
    try {
      await disputesRepo.open({
        debtorId,
        invoiceIds: draft.invoiceIds,
        category: draft.category,
        ...(draft.owner ? { owner: draft.owner } : {}),
        notes: draft.notes,
      });
      notifications.show({
        color: 'teal',
        message: 'Litige ouvert : les factures concernées sortent de l’échelle de relance.',
      });
      onDone();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Litige non enregistré',
        message: error instanceof Error ? error.message : String(error),
      });
      setSaving(false);
    }
  }
  return (
    <Stack gap="md">
      <Alert color="blue" variant="light">
        Les factures en litige ne sont plus relancées et sont exclues d’une mise en demeure jusqu’à
        la résolution.
      </Alert>
      <DisputeFields items={items} value={draft} onChange={setDraft} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Annuler
        </Button>
        <Button loading={saving} disabled={!disputeDraftValid(draft)} onClick={() => void save()}>
          Ouvrir le litige
        </Button>
      </Group>
    </Stack>
  );
}

/** « Signaler un litige » on some of a debtor's open items. */
export function openDisputeDialog(
  debtorId: string,
  items: readonly DisputeItem[],
  preselected: readonly string[] = [],
) {
  const id = modals.open({
    title: 'Signaler un litige',
    size: 'lg',
    children: (
      <DisputeDialog
        debtorId={debtorId}
        items={items}
        preselected={preselected}
        onDone={() => modals.close(id)}
      />
    ),
  });
}
