import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUser } from '@tabler/icons-react';
import { useAssigneesSettings } from '../../../data/portfolioHooks';
import { debtorFileRepo } from '../../../data/repositories/debtorFile';
import { assigneeChoices } from '../../../domain/portfolioSettings';

/** The debtor's credit controller, changed in place (names come from Paramètres). */
export function AssigneeSelect({ debtorId, assignee }: { debtorId: string; assignee?: string }) {
  const settings = useAssigneesSettings();
  const choices = assigneeChoices(settings?.names ?? [], [assignee]);
  async function change(value: string | null) {
    try {
      await debtorFileRepo.assign([debtorId], value ?? undefined);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Attribution impossible',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return (
    <Select
      aria-label="Gestionnaire"
      placeholder="Non attribué"
      leftSection={<IconUser size={16} />}
      data={choices}
      value={assignee ?? null}
      onChange={change}
      clearable
      w={190}
    />
  );
}
