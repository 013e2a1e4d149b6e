import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { debtorFileRepo } from '../../../data/repositories/debtorFile';
import { formatCount } from '../../../domain/numbers';

const NOBODY = '__nobody__';

export interface SelectionBarProps {
  selectedIds: ReadonlySet<string>;
  assignees: readonly string[];
  onDone: () => void;
}

/** Bulk actions on the checked debtors: for now, assigning them to a credit controller. */
export function SelectionBar({ selectedIds, assignees, onDone }: SelectionBarProps) {
  const [assignee, setAssignee] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = selectedIds.size;

  async function assign() {
    if (assignee === null) return;
    setBusy(true);
    try {
      const name = assignee === NOBODY ? undefined : assignee;
      const updated = await debtorFileRepo.assign([...selectedIds], name);
      notifications.show({
        color: 'teal',
        title: 'Attribution enregistrée',
        message: `${formatCount(updated)} débiteur(s) ${name ? `attribué(s) à ${name}` : 'sans gestionnaire'}.`,
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
