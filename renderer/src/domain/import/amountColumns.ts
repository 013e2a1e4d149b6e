/**
 * Reads the amount columns of a row (amount, open amount, debit/credit, total, buckets) into the
 * document amount and the open amount, reporting each unreadable cell with its address.
 */
import type { Cents } from '../model';
import { addCents, formatAmount, negateCents, subtractCents, ZERO_CENTS } from '../money';
import { BUCKET_FIELDS } from './bucketLabels';
import type { GridRow } from './grid';
import { EXPECTED, type IssueList } from './issues';
import type { ColumnMapping, ImportField } from './types';
import { centsFromCellNumber, readAmount } from './values';

export interface RowAmounts {
  /** Original amount of the document, when the row gives one. */
  amount?: Cents;
  /** Amount still open, when the row gives one. */
  open?: Cents;
  /** The open amount was written in a balance column (not deduced from the document amount). */
  openWritten: boolean;
  /** Currency written in an amount cell (`1 234,56 USD`, a `[$USD]` format). */
  currency?: string;
  /** Some amount column holds something (even unreadable). */
  hasAny: boolean;
  /** Some amount cell could not be read (already reported). */
  failed: boolean;
}

type Role = 'amount' | 'open' | 'paid' | 'debit' | 'credit' | 'total' | 'bucket';

const ROLES: ReadonlyArray<readonly [ImportField, Role]> = [
  ['amount', 'amount'],
  ['openAmount', 'open'],
  ['paidAmount', 'paid'],
  ['debit', 'debit'],
  ['credit', 'credit'],
  ['total', 'total'],
  ...BUCKET_FIELDS.map((field) => [field, 'bucket'] as const),
];

const FORMULA_ERROR = `est une erreur de formule Excel, pas un montant (${EXPECTED.amount} : corrigez la formule ou collez les valeurs)`;
const NOT_AN_AMOUNT = `n’est pas un montant valide (${EXPECTED.amount})`;

export class AmountColumns {
  private readonly columns: { role: Role; index: number }[] = [];
  /** Reused for every row: this runs 100,000 times per file and must not feed the GC. */
  private readonly result: RowAmounts = { hasAny: false, failed: false, openWritten: false };

  constructor(
    mapping: ColumnMapping,
    private readonly issues: IssueList,
  ) {
    for (const [field, role] of ROLES) {
      const index = mapping[field];
      if (index !== undefined) this.columns.push({ role, index });
    }
  }

  /** First mapped amount column, to point at when a row has no amount at all. */
  get firstColumn(): number | undefined {
    return this.columns[0]?.index;
  }

  /**
   * Reads the row; with `report`, unreadable cells become errors naming row and column. The
   * returned object is overwritten by the next call: copy what must be kept.
   *
   * Document amount: the amount column, else debit minus credit, else the open amount, else the
   * total, else the sum of the buckets. Open amount: the balance column (« Reste à régler »,
   * « Solde »), else the document amount minus what was paid (« Réglé »), else the document
   * amount: never the gross amount when the file says what is left.
   */
  read(row: GridRow, rowIndex: number, report: boolean): RowAmounts {
    let amount: Cents | undefined;
    let open: Cents | undefined;
    let paid: Cents | undefined;
    let debit: Cents | undefined;
    let credit: Cents | undefined;
    let total: Cents | undefined;
    let buckets: Cents | undefined;
    let currency: string | undefined;
    let hasAny = false;
    let failed = false;
    for (const { role, index } of this.columns) {
      const cell = row[index];
      let cents: Cents;
      if (typeof cell === 'number' && Number.isFinite(cell)) {
        cents = centsFromCellNumber(cell);
      } else {
        const read = readAmount(cell);
        if (read.kind === 'empty') continue;
        if (read.kind !== 'ok') {
          hasAny = true;
          failed = true;
          if (report) {
            const problem = read.kind === 'formula-error' ? FORMULA_ERROR : NOT_AN_AMOUNT;
            this.issues.cell('error', rowIndex, index, read.text, problem);
          }
          continue;
        }
        cents = read.value;
        currency ??= read.currency;
      }
      hasAny = true;
      if (role === 'amount') amount = cents;
      else if (role === 'open') open = cents;
      else if (role === 'paid') paid = cents;
      else if (role === 'debit') debit = cents;
      else if (role === 'credit') credit = cents;
      else if (role === 'total') total = cents;
      else buckets = addCents(buckets ?? ZERO_CENTS, cents);
    }
    if (amount === undefined && (debit !== undefined || credit !== undefined)) {
      amount = subtractCents(debit ?? ZERO_CENTS, credit ?? ZERO_CENTS);
    }
    const openWritten = open !== undefined;
    if (open === undefined && amount !== undefined && paid !== undefined) {
      // A paid amount is written positive whatever the document's sign: it reduces what is left.
      const reduction = amount < 0 ? negateCents(absCents(paid)) : absCents(paid);
      open = subtractCents(amount, reduction);
    }
    amount ??= open ?? total ?? buckets;
    const result = this.result;
    result.amount = amount;
    result.open = open ?? amount;
    result.openWritten = openWritten;
    result.currency = currency;
    result.hasAny = hasAny;
    result.failed = failed;
    return result;
  }
}

function absCents(value: Cents): Cents {
  return value < 0 ? negateCents(value) : value;
}

/** `-1234` -> `-12,34` for messages. */
export function centsText(cents: Cents): string {
  return formatAmount(cents).replace(/\u202f|\u00a0/g, ' ');
}
