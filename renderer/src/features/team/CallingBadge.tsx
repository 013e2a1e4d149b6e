import { Badge } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useCallingColleague } from '../../data/sync';

/**
 * « En cours d'appel par Julie Martin » on a debtor a colleague is calling now (team mode only;
 * working alone nothing is shown).
 */
export function CallingBadge({ debtorId, size = 'md' }: { debtorId: string; size?: 'sm' | 'md' }) {
  const colleague = useCallingColleague(debtorId);
  if (!colleague) return null;
  return (
    <Badge
      color="orange"
      variant="light"
      size={size}
      leftSection={<IconPhoneCall size={12} aria-hidden />}
      data-testid="calling-badge"
      role="status"
    >
      En cours d’appel par {colleague.by}
    </Badge>
  );
}
