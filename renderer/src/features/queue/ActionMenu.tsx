import { ActionIcon, Menu } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarTime,
  IconCheck,
  IconDots,
  IconGavel,
  IconPlayerSkipForward,
  IconUserShare,
} from '@tabler/icons-react';
import type { QueueAction } from '../../domain/actionQueue';
import { openDisputeDialog } from '../disputes';
import { actionLabel } from './actionLabel';
import { decide, openDecision } from './DecisionForms';

/** Everything that can be decided about an action besides carrying it out. */
export function ActionMenu({ action }: { action: QueueAction }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Autres choix pour ${action.debtorName}`}
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconCheck size={16} />}
          onClick={() => void decide(action, { kind: 'done' }, `${actionLabel(action)} : faite.`)}
        >
          Marquer comme faite
        </Menu.Item>
        <Menu.Item
          leftSection={<IconCalendarTime size={16} />}
          onClick={() => openDecision('snoozed', action)}
        >
          Reporter…
        </Menu.Item>
        <Menu.Item
          leftSection={<IconUserShare size={16} />}
          onClick={() => openDecision('reassigned', action)}
        >
          Réattribuer…
        </Menu.Item>
        <Menu.Item
          leftSection={<IconPlayerSkipForward size={16} />}
          onClick={() => openDecision('skipped', action)}
        >
          Ignorer…
        </Menu.Item>
        <Menu.Item
          leftSection={<IconAlertTriangle size={16} />}
          onClick={() => openDecision('failed', action)}
        >
          Signaler un échec…
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconGavel size={16} />}
          onClick={() => openDisputeDialog(action.debtorId, action.items)}
        >
          Signaler un litige…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
