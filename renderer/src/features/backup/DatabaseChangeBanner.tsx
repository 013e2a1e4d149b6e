import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { type DatabaseChange, databaseChangeStore } from '../../data/databaseChanges';

const MESSAGES: Record<DatabaseChange, string> = {
  'upgraded-elsewhere':
    'Recouvra a été mis à jour dans un autre onglet ou une autre fenêtre. Rechargez la page pour continuer avec la nouvelle version ; vos données sont intactes.',
  'deleted-elsewhere':
    'Les données de Recouvra ont été effacées depuis un autre onglet ou une autre fenêtre. Rechargez la page.',
  blocked:
    'Un autre onglet de Recouvra, encore ouvert sur une ancienne version, bloque la mise à jour de la base. Fermez les autres onglets de Recouvra, puis rechargez cette page.',
};

/**
 * Shown above everything when another tab changed the database under this one: this tab has
 * closed its connection (so it cannot write stale data) and must be reloaded.
 */
export function DatabaseChangeBanner() {
  const change = useSyncExternalStore(
    databaseChangeStore.subscribe,
    databaseChangeStore.getSnapshot,
  );
  if (!change) return null;
  return (
    <Alert
      role="alert"
      color="orange"
      title="Rechargement nécessaire"
      style={{
        position: 'fixed',
        top: 8,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: 1000,
        maxWidth: 640,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">{MESSAGES[change]}</Text>
        <Button leftSection={<IconRefresh size={16} />} onClick={() => window.location.reload()}>
          Recharger
        </Button>
      </Group>
    </Alert>
  );
}
