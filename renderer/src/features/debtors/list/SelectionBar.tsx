import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { debtorFileRepo } from '../../../data/repositories/debtorFile';
import { formatCount } from '../../../domain/numbers';

const NOBODY = '__nobody__';

const debtorsText = (n: number) => `${formatCount(n)} débiteur${n > 1 ? 's' : ''}`;

export interface SelectionBarProps {
  selectedIds: ReadonlySet<string>;
  assignees: readonly string[];
  onDone: () => void;
}

/**
 * Bulk actions on the checked debtors: assigning them to a credit controller in one go (one
 * transaction, one audit entry), with « Annuler » in the confirmation right after.
 */
export function SelectionBar({ selectedIds, assignees, onDone }: SelectionBarProps) {
  const [assignee, setAssignee] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = selectedIds.size;

  async function assign() {
    if (assignee === null) return;
    setBusy(true);
    try {
      const name = assignee === NOBODY ? undefined : assignee;
      const receipt = await debtorFileRepo.reassign([...selectedIds], name);
      const id = `reassign-${Date.now()}`;
      const undo = async () => {
        notifications.hide(id);
        const restored = await debtorFileRepo.undoReassign(receipt);
        notifications.show({
          color: 'gray',
          message: `Attribution annulée\u00a0: ${debtorsText(restored)} rendu${restored > 1 ? 's' : ''} à ${restored > 1 ? 'leurs' : 'son'} gestionnaire${restored > 1 ? 's' : ''} précédent${restored > 1 ? 's' : ''}.`,
        });
      };
      notifications.show({
        id,
        color: 'teal',
        title: 'Attribution enregistrée',
        autoClose: 10_000,
        message: (
          <Group gap="sm" justify="space-between" wrap="nowrap">
            <Text size="sm" data-testid="reassign-confirmation">
              {receipt.count > 1
                ? `${debtorsText(receipt.count)} attribués`
                : `${debtorsText(receipt.count)} attribué`}{' '}
              {name ? `à ${name}` : 'à personne (sans gestionnaire)'}.
            </Text>
            <Button size="compact-xs" variant="light" onClick={undo}>
              Annuler
            </Button>
          </Group>
        ),
      });
      onDone();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Attribution impossible',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="xs" bg="var(--mantine-primary-color-light)">
      <Group gap="sm">
        <Text size="sm" fw={600}>
          {formatCount(count)} sélectionné{count > 1 ? 's' : ''}
        </Text>
        <Select
          size="xs"
          placeholder="Attribuer à…"
          aria-label="Gestionnaire à attribuer"
          data={[...assignees, { value: NOBODY, label: 'Personne (retirer le gestionnaire)' }]}
          value={assignee}
          onChange={setAssignee}
          searchable
          w={240}
        />
        <Button
          size="xs"
          leftSection={<IconUserCheck size={14} />}
          disabled={assignee === null}
          loading={busy}
          onClick={assign}
        >
          Attribuer
        </Button>
        <Button size="xs" variant="subtle" onClick={onDone}>
          Désélectionner
        </Button>
      </Group>
    </Paper>
  );
}
