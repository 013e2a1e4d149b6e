import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconMailForward, IconPrinter } from '@tabler/icons-react';
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

function batchText(batch: Bulk): string {
  const n = batch.debtorIds.length;
  const what = batch.email
    ? `Préparer ${n > 1 ? `les ${n} courriels` : 'le courriel'}`
    : `Imprimer ${n > 1 ? `les ${n} courriers` : 'le courrier'}`;
  return `${what} « ${batch.label} »`;
}

const batchKey = (batch: Bulk) => `${batch.templateId}|${batch.email}`;
const batchIcon = (batch: Bulk) =>
  batch.email ? <IconMailForward size={16} /> : <IconPrinter size={16} />;
const batchLink = (batch: Bulk) =>
  paths.letters({ tab: 'lot', batch: batch.debtorIds, templateId: batch.templateId });

/**
 * « Préparer les 12 courriels « Relance 1 » », « Imprimer les 8 courriers « Relance 2 » »: one
 * button for a single batch, one menu for several (four buttons took four lines above the list
 * at 1,024 px).
 */
export function LetterBatchButtons({ rows }: { rows: readonly QueueRow[] }) {
  const batches = bulkBatches(rows);
  const [only] = batches;
  if (!only) return null;
  if (batches.length === 1) {
    return (
      <div data-testid="queue-bulk">
        <Button
          size="xs"
          variant="light"
          leftSection={batchIcon(only)}
          component={Link}
          to={batchLink(only)}
        >
          {batchText(only)}
        </Button>
      </div>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPrinter size={16} />}
          rightSection={<IconChevronDown size={14} />}
          data-testid="queue-bulk"
        >
          Courriers et courriels à préparer ({batches.length} lots)
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {batches.map((batch) => (
          <Menu.Item
            key={batchKey(batch)}
            leftSection={batchIcon(batch)}
            component={Link}
            to={batchLink(batch)}
          >
            {batchText(batch)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
