import { Button, Group } from '@mantine/core';
import { IconMailForward, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { QueueRow } from '../../domain/queueRows';

interface Bulk {
  templateId: string;
  label: string;
  email: boolean;
  debtorIds: string[];
}

/**
 * The ladder's written steps due among the rows shown, one batch per template and medium: the
 * Relance 1 e-mails to draft, the letters to print. A batch only holds debtors due for its step
 * (and none whose action failed); the Courriers page excludes promises, plans and disputes.
 */
export function bulkBatches(rows: readonly QueueRow[]): Bulk[] {
  const batches = new Map<string, Bulk>();
  for (const row of rows) {
    for (const action of row.actions) {
      const { templateId } = action.step;
      const written = action.channel === 'courrier-simple' || action.channel === 'lrar';
      const email = action.channel === 'email';
      if ((!written && !email) || action.failure || !templateId) continue;
      const key = `${templateId}|${email}`;
      const batch = batches.get(key) ?? {
        templateId,
        label: action.step.label,
        email,
        debtorIds: [],
      };
      // A debtor's actions are all in its one row: checking the last id added is enough (a
      // search of the whole list made thousands of rows quadratic).
      if (batch.debtorIds.at(-1) !== row.debtorId) batch.debtorIds.push(row.debtorId);
      batches.set(key, batch);
    }
  }
  return [...batches.values()];
}

/** « Préparer les 12 courriels « Relance 1 » », « Imprimer les 8 courriers « Relance 2 » ». */
export function LetterBatchButtons({ rows }: { rows: readonly QueueRow[] }) {
  const batches = bulkBatches(rows);
  if (batches.length === 0) return null;
  return (
    <Group gap="xs" data-testid="queue-bulk">
      {batches.map((batch) => {
        const n = batch.debtorIds.length;
        const what = batch.email
          ? `Préparer ${n > 1 ? `les ${n} courriels` : 'le courriel'}`
          : `Imprimer ${n > 1 ? `les ${n} courriers` : 'le courrier'}`;
        return (
          <Button
            key={`${batch.templateId}|${batch.email}`}
            size="xs"
            variant="light"
            leftSection={batch.email ? <IconMailForward size={16} /> : <IconPrinter size={16} />}
            component={Link}
            to={paths.letters({ tab: 'lot', batch: batch.debtorIds, templateId: batch.templateId })}
          >
            {what} « {batch.label} »
          </Button>
        );
      })}
    </Group>
  );
}
