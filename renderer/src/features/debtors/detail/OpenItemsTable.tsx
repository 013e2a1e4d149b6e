import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { BucketKey } from '../../../domain/aging';
import { currencyOf, formatMoney } from '../../../domain/currency';
import { formatDateFr } from '../../../domain/dates';
import {
  INVOICE_KIND_LABELS,
  ITEM_FLAG_LABELS,
  type ItemFlag,
  type OpenItemLine,
} from '../../../domain/debtorFile';
import type { Cents, Invoice, IsoDate } from '../../../domain/model';
import { addCents, ZERO_CENTS } from '../../../domain/money';
import { formatCount, plural } from '../../../domain/numbers';
import { VirtualGap } from '../../../shared/ui/VirtualGap';
import classes from './OpenItemsTable.module.css';

const FLAG_COLORS: Record<ItemFlag, string> = {
  disputed: 'orange',
  promised: 'grape',
  'in-case': 'red',
};

/** One line per item (the kind of a credit note is a badge on the same line). */
const ROW_HEIGHT = 37;
const COLUMNS = 8;

export interface OpenItemsTableProps {
  lines: readonly OpenItemLine[];
  bucketLabels: Record<BucketKey, string>;
  asOfDate: IsoDate;
}

function ItemRow({
  line,
  bucketLabels,
  index,
}: {
  line: OpenItemLine;
  bucketLabels: Record<BucketKey, string>;
  index: number;
}) {
  const { invoice, daysPastDue, bucket, flags } = line;
  return (
    <Table.Tr className={classes.row} aria-rowindex={index + 2}>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" ff="monospace">
            {invoice.number}
          </Text>
          {invoice.kind !== 'invoice' && (
            <Badge size="xs" variant="outline" color="gray" style={{ flex: 'none' }}>
              {INVOICE_KIND_LABELS[invoice.kind]}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td className={classes.optional}>{formatDateFr(invoice.issueDate)}</Table.Td>
      <Table.Td>{formatDateFr(invoice.dueDate)}</Table.Td>
      <Table.Td ta="right">{daysPastDue > 0 ? `${formatCount(daysPastDue)}\u00a0j` : '—'}</Table.Td>
      <Table.Td className={classes.optional}>{bucketLabels[bucket]}</Table.Td>
      <Table.Td ta="right">{formatMoney(invoice.amountCents, currencyOf(invoice))}</Table.Td>
      <Table.Td ta="right" fw={600}>
        {formatMoney(invoice.openCents, currencyOf(invoice))}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          {flags.length === 0 ? (
            <Badge size="sm" variant="light" color="gray" style={{ flex: 'none' }}>
              Ouverte
            </Badge>
          ) : (
            flags.map((flag) => (
              <Badge
                key={flag}
                size="sm"
                variant="light"
                color={FLAG_COLORS[flag]}
                style={{ flex: 'none' }}
              >
                {ITEM_FLAG_LABELS[flag]}
              </Badge>
            ))
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The debtor's open items, oldest due date first, each with its age and its situation. Only
 * the rows in view are in the DOM (@tanstack/react-virtual): a debtor with 500 items opens as
 * fast as one with 5. The header and the total stay in view while the rows scroll.
 */
export function OpenItemsTable({ lines, bucketLabels, asOfDate }: OpenItemsTableProps) {
  // Each currency totalled apart: amounts of different currencies are never added.
  const totals = totalsByCurrency(lines.map((line) => line.invoice));
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Before the first layout (and in tests without one), a first screenful is drawn.
    initialRect: { width: 900, height: 520 },
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={3} size="h4">
          Pièces ouvertes
        </Title>
        <Text size="sm" c="dimmed">
          {plural(lines.length, 'pièce', 'pièces')} · âge au {formatDateFr(asOfDate)}
        </Text>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucune pièce ouverte : ce débiteur ne doit rien.
        </Text>
      ) : (
        <section
          ref={scrollRef}
          className={classes.scroller}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
          aria-label="Pièces ouvertes, défilement"
        >
          <Table
            highlightOnHover
            stickyHeader
            fz="sm"
            horizontalSpacing="xs"
            className={classes.table}
            aria-label="Pièces ouvertes"
            aria-rowcount={lines.length + 2}
          >
            <Table.Thead>
              <Table.Tr aria-rowindex={1}>
                <Table.Th>Pièce</Table.Th>
                <Table.Th className={classes.optional}>Date</Table.Th>
                <Table.Th>Échéance</Table.Th>
                <Table.Th ta="right">Retard</Table.Th>
                <Table.Th className={classes.optional}>Tranche</Table.Th>
                <Table.Th ta="right">Montant</Table.Th>
                <Table.Th ta="right">Reste dû</Table.Th>
                <Table.Th>Situation</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <VirtualGap height={before} columns={COLUMNS} />
              {rows.map((row) => {
                const line = lines[row.index];
                return line ? (
                  <ItemRow
                    key={line.invoice.id}
                    line={line}
                    index={row.index}
                    bucketLabels={bucketLabels}
                  />
                ) : null;
              })}
              <VirtualGap height={after} columns={COLUMNS} />
            </Table.Tbody>
            <Table.Tfoot className={classes.foot}>
              <Table.Tr aria-rowindex={lines.length + 2}>
                <Table.Th colSpan={4}>Total</Table.Th>
                <Table.Th className={classes.optional} />
                <Table.Th className={classes.optional} />
                <Table.Th ta="right" data-testid="open-total">
                  {totals.map(([currency, cents]) => (
                    <div key={currency}>{formatMoney(cents, currency)}</div>
                  ))}
                </Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </section>
      )}
    </Paper>
  );
}

/** Open amounts per currency, euros first: `[['EUR', …], ['GBP', …]]`. */
function totalsByCurrency(invoices: readonly Invoice[]): [string, Cents][] {
  const by = new Map<string, Cents>();
  for (const invoice of invoices) {
    const currency = currencyOf(invoice);
    by.set(currency, addCents(by.get(currency) ?? ZERO_CENTS, invoice.openCents));
  }
  if (by.size === 0) by.set('EUR', ZERO_CENTS);
  return [...by].sort(([a], [b]) => (a === 'EUR' ? -1 : b === 'EUR' ? 1 : a.localeCompare(b)));
}
