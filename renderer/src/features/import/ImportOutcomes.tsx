import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockPause } from '@tabler/icons-react';
import { dismissImportOutcome, type ImportOutcome, useImportOutcomes } from '../../data/sync';
import { formatDateFr } from '../../domain/dates';

/** « l’import de « octobre.xlsx » au 31/10/2026 », or « un import » when its record is unknown. */
export function importLabel(outcome: ImportOutcome): string {
  if (!outcome.fileName) return 'un import';
  const date = outcome.asOfDate ? ` au ${formatDateFr(outcome.asOfDate)}` : '';
  return `l’import de « ${outcome.fileName} »${date}`;
}

/**
 * Team mode: what the server said about an import of this workstation, where the user imports.
 * Waiting (another import runs): the rows stay here and the import is sent again by itself.
 * Refused: its rows were taken off this workstation, with the changes made since on the same
 * records; the user dismisses the message once read.
 */
export function ImportOutcomes() {
  const outcomes = useImportOutcomes();
  if (outcomes.length === 0) return null;
  return (
    <Stack gap="sm" mb="md" data-testid="import-outcomes">
      {outcomes.map((outcome) =>
        outcome.state === 'waiting' ? (
          <Alert
            key={outcome.tx}
            color="orange"
            icon={<IconClockPause size={18} />}
            title={`Le serveur n’a pas encore pris ${importLabel(outcome)}`}
          >
            <Text size="sm">{outcome.reason}</Text>
            <Text size="sm" mt={4}>
              Ses lignes restent sur ce poste et Recouvra le renverra automatiquement.
            </Text>
          </Alert>
        ) : (
          <Alert
            key={outcome.tx}
            color="red"
            icon={<IconAlertTriangle size={18} />}
            title={`Le serveur a refusé ${importLabel(outcome)}`}
          >
            <Text size="sm">{outcome.reason}</Text>
            <Text size="sm" mt={4}>
              Ses lignes ont été retirées de ce poste, ainsi que les modifications faites depuis sur
              les mêmes fiches. Le registre partagé n’a pas changé.
            </Text>
            <Button
              mt="sm"
              size="xs"
              variant="default"
              onClick={() => void dismissImportOutcome(outcome.tx)}
            >
              Compris
            </Button>
          </Alert>
        ),
      )}
    </Stack>
  );
}
