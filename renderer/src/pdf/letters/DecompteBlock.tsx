import { Text } from '@react-pdf/renderer';
import { type Decompte, decompteLines } from '../../domain/decompte';
import { ItemsTable } from '../base';
import {
  decompteCaption,
  decompteTotals,
  interestColumns,
  NO_INTEREST_TEXT,
} from './decompteTable';

/**
 * The décompte de créance: one line per invoice and rate period, then principal, interest,
 * indemnities and total, with the calculation conventions underneath.
 */
export function DecompteBlock({ decompte }: { decompte: Decompte }) {
  const lines = decompteLines(decompte);
  // No wrapper view: the table must sit among the page's blocks to keep its header with a row.
  return (
    <>
      {lines.length === 0 ? <Text style={{ marginBottom: 4 }}>{NO_INTEREST_TEXT}</Text> : null}
      <ItemsTable
        dense
        columns={interestColumns(decompte.currency)}
        rows={lines}
        totals={decompteTotals(decompte)}
        caption={decompteCaption(decompte)}
      />
    </>
  );
}
