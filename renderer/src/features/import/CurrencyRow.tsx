import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatMoney } from '../../domain/currency';
import type { Cents } from '../../domain/model';
import { formatCount } from '../../domain/numbers';

/** What every per-currency table shows first: the currency, its items and its two totals. */
export interface CurrencyFigures {
  currency: string;
  items: number;
  /** Open amount, in `currency`. */
  openCents: Cents;
  /** The file's total row for this currency, when it has one. */
  fileTotalCents?: Cents;
}

/** The header of a per-currency table: the four shared columns, then `children`. */
export function CurrencyHead({ children }: { children: ReactNode }) {
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Devise</Table.Th>
        <Table.Th ta="right">Pièces</Table.Th>
        <Table.Th ta="right">Total importé</Table.Th>
        <Table.Th ta="right">Total du fichier</Table.Th>
        {children}
      </Table.Tr>
    </Table.Thead>
  );
}

interface CurrencyRowProps {
  figures: CurrencyFigures;
  /** The row's test id; the open total's is `${testId}-open`. */
  testId: string;
  /** The cells that follow the four shared ones (gap, rate, EUR equivalent…). */
  children: ReactNode;
}

/**
 * One currency's row, in the preview (before the import) and in the import's result: each
 * amount in its own currency, never added to another currency's.
 */
export function CurrencyRow({ figures, testId, children }: CurrencyRowProps) {
  const { currency, items, openCents, fileTotalCents } = figures;
  return (
    <Table.Tr data-testid={testId}>
      <Table.Td fw={600}>{currency}</Table.Td>
      <Table.Td ta="right">{formatCount(items)}</Table.Td>
      <Table.Td ta="right" data-testid={`${testId}-open`}>
        {formatMoney(openCents, currency)}
      </Table.Td>
      <Table.Td ta="right">
        {fileTotalCents === undefined ? '—' : formatMoney(fileTotalCents, currency)}
      </Table.Td>
      {children}
    </Table.Tr>
  );
}
