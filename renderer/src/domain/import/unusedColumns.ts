/**
 * Columns the mapping leaves out that hold amounts: a bucket whose label was not recognised
 * (« Pas dû » left on « ignorer »), a balance column under an unknown name. Their money would
 * vanish without a word: each is named in a warning, with its total, and a row whose total
 * does not match its buckets is explained by the column that holds the difference.
 */
import type { Cents } from '../model';
import { addCents, ZERO_CENTS } from '../money';
import { centsText } from './amountColumns';
import type { GridRow } from './grid';
import type { HeaderColumn } from './header';
import type { IssueList } from './issues';
import { isAmountField } from './labels';
import type { ColumnMapping, ImportField } from './types';
import { readAmount } from './values';

/**
 * Amount columns that are never the balance of a row: left aside on purpose, never warned
 * about (normalised labels). A running balance, amounts before tax, tax, discounts, rates.
 */
const NOT_A_BALANCE = new Set([
  'solde progressif',
  'solde cumule',
  'cumul',
  'cumul solde',
  'running balance',
  'montant ht',
  'total ht',
  'ht',
  'tva',
  'montant tva',
  'vat',
  'tax',
  'escompte',
  'taux',
  'rate',
  'exchange rate',
  'cours',
  'plafond',
  'encours autorise',
  'credit limit',
  'limite credit',
]);

/** Recognised fields whose column may stay unused without losing money (another currency…). */
const DOCUMENT_AMOUNT_FIELDS = new Set<ImportField>(['amount', 'debit', 'credit']);

/** After this many data rows, columns that hold no numbers are no longer read. */
const SAMPLE_ROWS = 200;

interface Candidate {
  index: number;
  label: string;
  /** Its label names a balance or a bucket: an amount even when every value is whole. */
  namedAmount: boolean;
  nonBlank: number;
  numeric: number;
  fractional: boolean;
  sum: Cents;
  /** Rows whose difference between total and buckets this column holds exactly. */
  explainedRows: number;
  dropped: boolean;
}

export interface UnusedAmountColumn {
  index: number;
  label: string;
  sumCents: Cents;
  explainedRows: number;
}

export class UnusedColumns {
  private readonly candidates: Candidate[] = [];
  private rows = 0;

  constructor(columns: readonly HeaderColumn[], mapping: ColumnMapping) {
    const used = new Set(Object.values(mapping));
    for (const column of columns) {
      if (used.has(column.index) || NOT_A_BALANCE.has(column.normalized)) continue;
      const { match } = column;
      let namedAmount = false;
      if (match) {
        if ('olderBucket' in match) namedAmount = true;
        else {
          const field = match.fields[0];
          if (!field || !isAmountField(field)) continue;
          if (DOCUMENT_AMOUNT_FIELDS.has(field)) continue;
          namedAmount = true;
        }
      }
      this.candidates.push({
        index: column.index,
        label: column.label,
        namedAmount,
        nonBlank: 0,
        numeric: 0,
        fractional: false,
        sum: ZERO_CENTS,
        explainedRows: 0,
        dropped: false,
      });
    }
  }

  /** Reads one data row's unused cells. */
  observe(row: GridRow): void {
    if (this.candidates.length === 0) return;
    this.rows++;
    for (const candidate of this.candidates) {
      if (candidate.dropped) continue;
      const cell = row[candidate.index];
      const read = readAmount(cell);
      if (read.kind === 'empty') continue;
      candidate.nonBlank++;
      if (read.kind !== 'ok') continue;
      candidate.numeric++;
      candidate.sum = addCents(candidate.sum, read.value);
      if (read.value % 100 !== 0) candidate.fractional = true;
    }
    if (this.rows === SAMPLE_ROWS) {
      for (const candidate of this.candidates) {
        if (!candidate.namedAmount && candidate.numeric * 2 < candidate.nonBlank) {
          candidate.dropped = true;
        }
      }
    }
  }

  /**
   * The unused column whose value on this row is exactly `difference` (what the row's total
   * has that its buckets lack), counted as explained; null when none is.
   */
  explain(row: GridRow, difference: Cents): { index: number; label: string } | null {
    if (difference === 0) return null;
    for (const candidate of this.candidates) {
      const read = readAmount(row[candidate.index]);
      if (read.kind === 'ok' && read.value === difference) {
        candidate.explainedRows++;
        return candidate;
      }
    }
    return null;
  }

  /** Columns that look like amounts: named as one, or mostly numbers with cents. */
  amountColumns(): UnusedAmountColumn[] {
    return this.candidates
      .filter(
        (c) =>
          c.explainedRows > 0 ||
          (c.numeric > 0 &&
            c.sum !== 0 &&
            c.numeric * 5 >= c.nonBlank * 4 &&
            (c.namedAmount || c.fractional)),
      )
      .map(({ index, label, sum, explainedRows }) => ({
        index,
        label,
        sumCents: sum,
        explainedRows,
      }));
  }
}

/** One warning per unused amount column, naming it, its total and the rows it explains. */
export function warnUnusedColumns(columns: readonly UnusedAmountColumn[], issues: IssueList): void {
  for (const column of columns) {
    const explained =
      column.explainedRows > 0
        ? ` ; elle porte l’écart entre le total et la somme des tranches de ${column.explainedRows} ligne${column.explainedRows > 1 ? 's' : ''}`
        : '';
    issues.column(
      'warning',
      column.index,
      column.label || '(sans titre)',
      `contient des montants (${centsText(column.sumCents)} au total) mais n’est pas utilisée${explained} : si elle fait partie du solde, indiquez-la dans la correspondance des colonnes`,
    );
  }
}
