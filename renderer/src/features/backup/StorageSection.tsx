import { Badge, Group, Progress, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { readStorageStatus, type StorageStatus } from '../../data/storage';
import { formatBytes } from '../../domain/fileSize';
import { formatPercent } from '../../domain/numbers';
import { Section } from './Section';

/** Space used and available for this origin, and whether the browser may evict it. */
export function StorageSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);

  useEffect(() => {
    let cancelled = false;
    readStorageStatus().then((next) => !cancelled && setStatus(next));
    return () => {
      cancelled = true;
    };
  }, []);

  const { usage, quota, persisted } = status ?? { usage: null, quota: null, persisted: null };
  const ratio = usage !== null && quota ? usage / quota : null;
  return (
    <Section title="Stockage">
      {status === null ? (
        <Text size="sm" c="dimmed">
          Lecture de l’espace utilisé…
        </Text>
      ) : usage === null || quota === null ? (
        <Text size="sm">Ce navigateur n’indique pas l’espace utilisé.</Text>
      ) : (
        <>
          <Text size="sm" data-testid="storage-usage">
            {formatBytes(usage)} utilisés sur {formatBytes(quota)} disponibles
            {ratio !== null && ` (${formatPercent(ratio)})`}
          </Text>
          <Progress
            value={Math.min(100, (ratio ?? 0) * 100)}
            color={(ratio ?? 0) > 0.8 ? 'red' : 'indigo'}
            aria-label="Espace de stockage utilisé"
          />
        </>
      )}
      <Group gap="xs">
        <Text size="sm">Stockage persistant :</Text>
        {persisted === true && <Badge color="teal.9">accordé</Badge>}
        {persisted === false && (
          <Badge color="red.9" title="Le navigateur peut effacer les données s’il manque de place">
            non accordé
          </Badge>
        )}
        {persisted === null && <Badge color="gray.7">inconnu</Badge>}
      </Group>
      {persisted === false && (
        <Text size="xs" c="dimmed">
          Sans stockage persistant, le navigateur peut effacer les données s’il manque de place :
          sauvegardez régulièrement, ou utilisez l’application de bureau.
        </Text>
      )}
    </Section>
  );
}
