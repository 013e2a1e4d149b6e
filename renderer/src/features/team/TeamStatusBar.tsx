import { Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCloud, IconCloudOff } from '@tabler/icons-react';
import { useEffect } from 'react';
import {
  dismissRefusal,
  useImportOutcomes,
  usePendingChanges,
  useTeamState,
} from '../../data/sync';
import { connectionLabel, lastSyncLabel, pendingLabel } from './connectionLabel';

/** Whether the shell shows the status bar: only in team mode. */
export function useTeamMode(): boolean {
  return useTeamState().config !== null;
}

/**
 * The status bar in team mode: en ligne / hors ligne, the last sync, the changes waiting to be
 * sent; and each change the server refused, with its French reason.
 */
export function TeamStatusBar() {
  const team = useTeamState();
  const pending = usePendingChanges();
  const outcome = useImportOutcomes().at(-1);

  useEffect(() => {
    for (const refusal of team.refusals) {
      notifications.show({
        color: 'red',
        title: refusal.importTx
          ? 'Import refusé par le serveur'
          : 'Modification refusée par le serveur',
        message: refusal.importTx
          ? `${refusal.reason} Ses lignes ont été retirées de ce poste.`
          : refusal.reason,
        autoClose: false,
      });
      dismissRefusal(refusal);
    }
  }, [team.refusals]);

  const online = team.signedIn && team.status?.online && !team.status.needsSignIn;
  return (
    <Group h="100%" px="md" gap="lg" aria-label="État de la synchronisation" role="status">
      <Group gap={6}>
        {online ? <IconCloud size={16} /> : <IconCloudOff size={16} />}
        <Text size="xs">{connectionLabel(team)}</Text>
      </Group>
      <Text size="xs" c="dimmed">
        {lastSyncLabel(team.status?.lastSyncAt)}
      </Text>
      <Text size="xs" c={pending > 0 ? undefined : 'dimmed'}>
        {pendingLabel(pending)}
      </Text>
      {outcome && (
        <Text size="xs" c={outcome.state === 'refused' ? 'red' : 'orange'} truncate>
          {outcome.state === 'refused' ? 'Import refusé' : 'Import en attente'}
          {'\u00a0'}: {outcome.reason}
        </Text>
      )}
    </Group>
  );
}
