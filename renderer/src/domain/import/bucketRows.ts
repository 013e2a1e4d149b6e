/**
 * Per-debtor bucket layout (Odoo « Balance âgée », many ERP summaries): one row per customer with
 * Non échu, 1-30, 31-60… columns. Each non-empty bucket becomes one synthetic open item, dated
 * from the as-of date so the ledger ages it back into the same bucket.
 */
import { addDays, isoDate } from '../dates';
import type { Cents, IsoDate } from '../model';
import { addCents, ZERO_CENTS } from '../money';
import { centsText } from './amountColumns';
import { BUCKET_ITEM_NUMBER, BUCKET_MIN_DAYS, type BucketField } from './bucketLabels';
import { identityFromName } from './debtorBook';
import type { GridRow } from './grid';
import { EXPECTED } from './issues';
import { mappedBuckets } from './mapping';
import type { RowReaderOptions } from './openItemRows';
import type { ParsedItem } from './types';
import { normalizeCurrency, readAmount, readText } from './values';

export class BucketRows {
  private readonly buckets: { field: BucketField; index: number }[];
  /** « Total », else « Solde »: the row total checked against the buckets. */
  private readonly totalColumn: number | undefined;
  private readonly firstRowOfDebtor = new Map<string, number>();

  constructor(
    private readonly options: RowReaderOptions,
    private readonly asOfDate: IsoDate | null,
  ) {
    const { mapping } = options;
    this.buckets = mappedBuckets(mapping).map((field) => ({ field, index: mapping[field] ?? 0 }));
    this.totalColumn = mapping.total ?? mapping.openAmount ?? mapping.amount;
  }

  /** Total of a row (the total column, else the sum of its buckets), for the grand total row. */
  rowTotal(row: GridRow): Cents | undefined {
    if (this.totalColumn !== undefined) {
      const read = readAmount(row[this.totalColumn]);
      if (read.kind === 'ok') return read.value;
    }
    let sum: Cents | undefined;
    for (const { index } of this.buckets) {
      const read = readAmount(row[index]);
      if (read.kind === 'ok') sum = addCents(sum ?? ZERO_CENTS, read.value);
    }
    return sum;
  }

  /** Synthetic items of a debtor row; null when the row has an error (reported). */
  read(row: GridRow, rowIndex: number): ParsedItem[] | 'skipped' | null {
    const { mapping, issues } = this.options;
    const rawName = mapping.debtorName === undefined ? '' : readText(row[mapping.debtorName]);
    const fromName = identityFromName(rawName);
    const account =
      mapping.accountNo === undefined ? fromName.accountNo : readText(row[mapping.accountNo]);
    const name = mapping.accountNo === undefined ? fromName.name : rawName;

    let failed = false;
    const amounts: { field: BucketField; cents: Cents; currency?: string }[] = [];
    let sum = ZERO_CENTS;
    for (const { field, index } of this.buckets) {
      const read = readAmount(row[index]);
      if (read.kind === 'empty') continue;
      if (read.kind !== 'ok') {
        const problem =
          read.kind === 'formula-error'
            ? `est une erreur de formule Excel, pas un montant (${EXPECTED.amount})`
            : `n'est pas un montant valide (${EXPECTED.amount})`;
        issues.cell('error', rowIndex, index, read.text, problem);
        failed = true;
        continue;
      }
      sum = addCents(sum, read.value);
      if (read.value !== 0) amounts.push({ field, cents: read.value, currency: read.currency });
    }
    if (!failed && amounts.length === 0) return 'skipped';
    if (account === '') {
      issues.cell(
        'error',
        rowIndex,
        mapping.accountNo ?? mapping.debtorName ?? 0,
        '',
        'client manquant (attendu le code ou le nom du client)',
      );
      return null;
    }
    if (failed) return null;
    this.checkTotal(row, rowIndex, sum);
    this.checkDuplicate(account, rowIndex);
    this.options.debtors.add(account, name, row);
    if (!this.asOfDate) return [];

    const currencyText = mapping.currency === undefined ? '' : readText(row[mapping.currency]);
    return amounts.map(({ field, cents, currency }) => ({
      accountNo: account,
      number: BUCKET_ITEM_NUMBER[field],
      // A negative bucket is money received and not yet matched to invoices.
      kind: cents < 0 ? 'unapplied-payment' : 'invoice',
      dueDate: addDays(isoDate(this.asOfDate ?? ''), -BUCKET_MIN_DAYS[field]),
      amountCents: cents,
      openCents: cents,
      currency: currencyText
        ? normalizeCurrency(currencyText)
        : (currency ?? this.options.defaultCurrency),
      synthetic: true,
      sourceRow: rowIndex + 1,
    }));
  }

  private checkTotal(row: GridRow, rowIndex: number, sum: Cents): void {
    const column = this.options.mapping.total ?? this.options.mapping.openAmount;
    if (column === undefined) return;
    const read = readAmount(row[column]);
    if (read.kind !== 'ok' || read.value === sum) return;
    this.options.issues.cell(
      'warning',
      rowIndex,
      column,
      centsText(read.value),
      `ne correspond pas à la somme des tranches (${centsText(sum)}) : les tranches sont importées`,
    );
  }

  private checkDuplicate(account: string, rowIndex: number): void {
    const first = this.firstRowOfDebtor.get(account);
    if (first === undefined) {
      this.firstRowOfDebtor.set(account, rowIndex);
      return;
    }
    this.options.issues.row(
      'warning',
      rowIndex,
      `le client ${account} figure déjà ligne ${first + 1} : ses tranches seront cumulées`,
    );
  }
}
