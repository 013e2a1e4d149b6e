/**
 * Per-debtor bucket layout (Odoo « Balance âgée », many ERP summaries): one row per customer with
 * Non échu, 1-30, 31-60… columns. Each non-empty bucket becomes one synthetic open item, dated
 * from the as-of date so the ledger ages it back into the same bucket. An open-ended bucket
 * (« + 120 j », « Plus ancien ») is dated at its bound and flagged: at least that old, exact age
 * unknown. A row with a total yields items or an error, never nothing.
 */
import { addDays, isoDate } from '../dates';
import type { Cents, IsoDate } from '../model';
import { addCents, subtractCents, ZERO_CENTS } from '../money';
import { centsText } from './amountColumns';
import {
  BUCKET_ITEM_NUMBER,
  BUCKET_MIN_DAYS,
  type BucketField,
  OPEN_ENDED_BUCKETS,
} from './bucketLabels';
import { identityFromName } from './debtorBook';
import type { GridRow } from './grid';
import { columnLetter } from './grid';
import { EXPECTED } from './issues';
import { mappedBuckets } from './mapping';
import type { RowReaderOptions } from './openItemRows';
import type { ParsedItem } from './types';
import type { UnusedColumns } from './unusedColumns';
import { normalizeCurrency, readAmount, readText } from './values';

export class BucketRows {
  private readonly buckets: { field: BucketField; index: number }[];
  /** « Total », else « Solde »: the row total checked against the buckets. */
  private readonly totalColumn: number | undefined;
  private readonly firstRowOfDebtor = new Map<string, number>();

  constructor(
    private readonly options: RowReaderOptions,
    private readonly asOfDate: IsoDate | null,
    private readonly unused: UnusedColumns,
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
            : `n’est pas un montant valide (${EXPECTED.amount})`;
        issues.cell('error', rowIndex, index, read.text, problem);
        failed = true;
        continue;
      }
      sum = addCents(sum, read.value);
      if (read.value !== 0) amounts.push({ field, cents: read.value, currency: read.currency });
    }
    const total = failed || amounts.length > 0 ? undefined : this.writtenTotal(row);
    if (!failed && amounts.length === 0 && !total) return 'skipped';
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
    if (total) {
      this.reportUnsplitTotal(row, rowIndex, total);
      return null;
    }
    this.checkTotal(row, rowIndex, sum);
    this.checkDuplicate(account, rowIndex);
    this.options.debtors.add(account, name, row);
    if (!this.asOfDate) return [];

    const currencyText = mapping.currency === undefined ? '' : readText(row[mapping.currency]);
    return amounts.map(({ field, cents, currency }) => {
      const item: ParsedItem = {
        accountNo: account,
        number: BUCKET_ITEM_NUMBER[field],
        // A negative bucket is money received and not yet matched to invoices.
        kind: cents < 0 ? 'unapplied-payment' : 'invoice',
        // The youngest the bucket allows: never later than the truth, so never more interest.
        dueDate: addDays(isoDate(this.asOfDate ?? ''), -BUCKET_MIN_DAYS[field]),
        amountCents: cents,
        openCents: cents,
        currency: currencyText
          ? normalizeCurrency(currencyText)
          : (currency ?? this.options.defaultCurrency),
        synthetic: true,
        sourceRow: rowIndex + 1,
      };
      if (OPEN_ENDED_BUCKETS.has(field)) item.dueDateIsLatest = true;
      return item;
    });
  }

  /** The row's total column (« Total », else « Solde »), when it holds a non-zero amount. */
  private writtenTotal(row: GridRow): Cents | undefined {
    const column = this.options.mapping.total ?? this.options.mapping.openAmount;
    if (column === undefined) return undefined;
    const read = readAmount(row[column]);
    return read.kind === 'ok' && read.value !== 0 ? read.value : undefined;
  }

  /** A total with no bucket to carry it: an error, with the column that holds it if any. */
  private reportUnsplitTotal(row: GridRow, rowIndex: number, total: Cents): void {
    const column = this.options.mapping.total ?? this.options.mapping.openAmount ?? 0;
    const holder = this.unused.explain(row, total);
    const where = holder
      ? `il figure dans la colonne ${columnLetter(holder.index)} « ${holder.label} », qui n’est pas utilisée : indiquez-la dans la correspondance des colonnes`
      : 'vérifiez les colonnes de tranches de la correspondance';
    this.options.issues.cell(
      'error',
      rowIndex,
      column,
      centsText(total),
      `n’est réparti dans aucune tranche lue : la ligne n’est pas importée ; ${where}`,
    );
  }

  /**
   * Total against the sum of the buckets. A difference held by an unused column is reported
   * once, on that column (see `warnUnusedColumns`); any other is reported on the row.
   */
  private checkTotal(row: GridRow, rowIndex: number, sum: Cents): void {
    const column = this.options.mapping.total ?? this.options.mapping.openAmount;
    if (column === undefined) return;
    const read = readAmount(row[column]);
    if (read.kind !== 'ok' || read.value === sum) return;
    const difference = subtractCents(read.value, sum);
    if (this.unused.explain(row, difference)) return;
    this.options.issues.cell(
      'warning',
      rowIndex,
      column,
      centsText(read.value),
      `ne correspond pas à la somme des tranches (${centsText(sum)}) : l’écart de ${centsText(difference)} n’est dans aucune colonne du fichier ; les tranches sont importées`,
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
      `le client ${account} figure déjà ligne ${first + 1} : ses tranches seront cumulées`,
    );
  }
}
