import { ActionIcon, Menu } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCalendarTime,
  IconCheck,
  IconClockPause,
  IconDots,
  IconGavel,
  IconPlayerSkipForward,
  IconUserShare,
} from '@tabler/icons-react';
import type { QueueAction } from '../../domain/actionQueue';
import { todayIso } from '../../domain/dates';
import type { QueueRow } from '../../domain/queueRows';
import { QUICK_SNOOZE_LABELS, type QuickSnooze } from '../../domain/quickDates';
import { openDisputeDialog } from '../disputes';
import { openDecision } from './DecisionForms';
import { runQuick } from './quickActions';

const SNOOZES: QuickSnooze[] = ['tomorrow', 'monday', 'next-week'];

/** Everything that can be decided about a row besides carrying out its action. */
export function ActionMenu({ action, row }: { action: QueueAction; row: QueueRow }) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          tabIndex={-1}
          aria-label={`Autres choix pour ${action.debtorName}`}
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconCheck size={16} />}
          onClick={() => void runQuick(row, 'done', todayIso())}
        >
          Marquer comme faite
        </Menu.Item>
        <Menu.Label>Reporter</Menu.Label>
        {SNOOZES.map((kind) => (
          <Menu.Item
            key={kind}
            leftSection={<IconClockPause size={16} />}
            onClick={() => void runQuick(row, kind, todayIso())}
          >
            {QUICK_SNOOZE_LABELS[kind]}
          </Menu.Item>
        ))}
        <Menu.Item
          leftSection={<IconCalendarTime size={16} />}
          onClick={() => openDecision('snoozed', action)}
        >
          À une autre date…
        </Menu.Item>
        <Menu.Divider />
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
          onClick={() => openDisputeDialog(action.debtorId, action.items.list())}
        >
          Signaler un litige…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
