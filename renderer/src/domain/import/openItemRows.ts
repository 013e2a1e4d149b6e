/**
 * Open-items layout: one row per invoice, credit note or payment. Rows without a code inherit
 * the debtor of the group line above them (Sage, SAP print the customer once per block).
 */
import { formatDateFr } from '../dates';
import type { Cents, IsoDate } from '../model';
import { multiplyCents } from '../money';
import { AmountColumns, centsText } from './amountColumns';
import { type DebtorBook, identityFromName } from './debtorBook';
import { documentKind } from './documentKinds';
import type { Grid, GridRow } from './grid';
import { EXPECTED, type IssueList } from './issues';
import { ItemWarnings } from './itemWarnings';
import { isPaidStatus, isPartialLettering } from './settlement';
import type { ColumnMapping, ImportField, ParsedItem, SettledRows } from './types';
import {
  type CellRead,
  type DateOrder,
  normalizeCurrency,
  readAmount,
  readDate,
  readText,
} from './values';

export interface RowReaderOptions {
  grid: Grid;
  mapping: ColumnMapping;
  issues: IssueList;
  defaultCurrency: string;
  debtors: DebtorBook;
  isKnownCurrency: (code: string) => boolean;
  /** How text dates are written (a preset's format; day first unless it says otherwise). */
  dateOrder?: DateOrder;
}

// A customer code is one word; a title line (« Balance âgée clients ») is not.
const CODE_LIKE = /^\S{1,30}$/;

export class OpenItemRows {
  private readonly amounts: AmountColumns;
  private debtorAccount = '';
  private debtorName = '';
  private readonly warnings: ItemWarnings;
  /** Rows with nothing left to pay, by reason: counted, never imported. */
  readonly settled: SettledRows = { nothingLeft: 0, paidStatus: 0, lettered: 0 };
  /** Items of partly lettered lines and their code, netted once every row is read. */
  readonly partialLettering = new Map<ParsedItem, string>();

  constructor(private readonly options: RowReaderOptions) {
    this.amounts = new AmountColumns(options.mapping, options.issues);
    this.warnings = new ItemWarnings(options.mapping, options.issues);
  }

  /** A subtotal ends the block of its debtor: rows after it must name their own. */
  endDebtorBlock(): void {
    this.debtorAccount = '';
    this.debtorName = '';
  }

  /** Open amount on a total row (« Total général »), for reconciliation; never reported. */
  totalOf(row: GridRow): Cents | undefined {
    const amounts = this.amounts.read(row, -1, false);
    return amounts.open ?? amounts.amount;
  }

  /**
   * What a total row says about currencies: the currency it totals (its currency cell, a code in
   * its label « Total GBP », a currency written in its amount), and its EUR counter-value cell.
   */
  totalCurrencyOf(row: GridRow): { currency?: string; eurCents?: Cents } {
    const { mapping, isKnownCurrency } = this.options;
    const out: { currency?: string; eurCents?: Cents } = {};
    const written = this.text(row, 'currency');
    if (written) out.currency = normalizeCurrency(written);
    if (!out.currency) {
      for (const cell of row.slice(0, 4)) {
        if (typeof cell !== 'string') continue;
        const m = /\b([A-Z]{3})\s*$/.exec(cell.trim());
        if (m?.[1] && isKnownCurrency(m[1])) {
          out.currency = m[1];
          break;
        }
      }
    }
    if (!out.currency) {
      const amounts = this.amounts.read(row, -1, false);
      if (amounts.currency) out.currency = amounts.currency;
    }
    if (mapping.eurAmount !== undefined) {
      const read = readAmount(row[mapping.eurAmount]);
      if (read.kind === 'ok') out.eurCents = read.value;
    }
    return out;
  }

  private text(row: GridRow, field: ImportField): string {
    const column = this.options.mapping[field];
    return column === undefined ? '' : readText(row[column]);
  }

  /**
   * Reads a data row: an item, a debtor group line, nothing (noise), a row with nothing left to
   * pay ('settled', counted in `settled`), or null on error.
   */
  read(row: GridRow, rowIndex: number): ParsedItem | 'group' | 'skipped' | 'settled' | null {
    const { mapping, issues } = this.options;
    let account = this.text(row, 'accountNo');
    let name = this.text(row, 'debtorName');
    if (mapping.accountNo === undefined && name)
      ({ accountNo: account, name } = identityFromName(name));
    const number = this.text(row, 'documentNumber');
    const lettering = this.text(row, 'lettering');
    if (lettering !== '' && !isPartialLettering(lettering)) {
      // Lettered: the line and its payment cancel out; nothing about it needs checking.
      if (account !== '' && account !== this.debtorAccount) {
        this.debtorAccount = account;
        this.debtorName = name;
      }
      this.settled.lettered++;
      return 'settled';
    }
    const amounts = this.amounts.read(row, rowIndex, true);

    if (number === '' && !amounts.hasAny) {
      if (account && (name || CODE_LIKE.test(account))) {
        this.debtorAccount = account;
        this.debtorName = name;
        this.options.debtors.add(account, name, row);
        return 'group';
      }
      return 'skipped';
    }
    if (account === '') {
      account = this.debtorAccount;
      name ||= this.debtorName;
    } else if (account !== this.debtorAccount) {
      this.debtorAccount = account;
      this.debtorName = name;
    }
    if (!amounts.failed && this.isSettled(row, rowIndex, amounts.open, amounts.openWritten)) {
      return 'settled';
    }

    let failed = amounts.failed;
    if (account === '') {
      const column = mapping.accountNo ?? mapping.debtorName ?? 0;
      issues.cell(
        'error',
        rowIndex,
        column,
        '',
        'code client manquant (attendu le code ou le nom du client, ou une ligne de client au-dessus)',
      );
      failed = true;
    }
    if (number === '') {
      issues.cell(
        'error',
        rowIndex,
        mapping.documentNumber ?? 0,
        '',
        `numéro de pièce manquant (attendu le numéro de la facture ou de l’avoir)`,
      );
      failed = true;
    }
    const dates = this.readDates(row, rowIndex);
    if (!dates) failed = true;
    const eur = this.eurAmount(row, rowIndex);
    if (eur === null) failed = true;
    if (!amounts.failed && (amounts.amount === undefined || amounts.open === undefined)) {
      issues.cell(
        'error',
        rowIndex,
        this.amounts.firstColumn ?? 0,
        '',
        `montant manquant (${EXPECTED.amount})`,
      );
      failed = true;
    }
    if (failed || !dates || amounts.amount === undefined || amounts.open === undefined) return null;

    const { kind, sign } = documentKind(this.text(row, 'documentType'), number, amounts.amount);
    const currency = this.currency(row, rowIndex, amounts.currency);
    const item: ParsedItem = {
      accountNo: account,
      number,
      kind,
      dueDate: dates.due,
      amountCents: multiplyCents(amounts.amount, sign),
      openCents: multiplyCents(amounts.open, sign),
      currency,
      synthetic: false,
      sourceRow: rowIndex + 1,
    };
    // The EUR counter-value of a euro item is the item itself: only foreign items keep it.
    if (eur !== undefined && eur !== null && currency !== 'EUR') {
      item.eurCents = multiplyCents(eur, sign);
    }
    if (dates.issue) item.issueDate = dates.issue;
    const po = this.text(row, 'poNumber');
    if (po) item.poNumber = po;
    this.options.debtors.add(account, name, row);
    this.warnings.check(item, rowIndex);
    if (lettering !== '') this.partialLettering.set(item, lettering);
    return item;
  }

  /**
   * Nothing left to pay: a status that says paid (unless a balance column says otherwise), or a
   * balance of zero. Counted in `settled`.
   */
  private isSettled(
    row: GridRow,
    rowIndex: number,
    open: Cents | undefined,
    openWritten: boolean,
  ): boolean {
    const status = this.text(row, 'status');
    if (isPaidStatus(status)) {
      if (!openWritten || open === undefined || open === 0) {
        this.settled.paidStatus++;
        return true;
      }
      this.options.issues.cell(
        'warning',
        rowIndex,
        this.options.mapping.status ?? 0,
        status,
        `alors qu’il reste ${centsText(open)} à payer : la pièce est importée avec ce reste`,
      );
      return false;
    }
    if (open === 0) {
      this.settled.nothingLeft++;
      return true;
    }
    return false;
  }

  private readDates(row: GridRow, rowIndex: number): { due: IsoDate; issue?: IsoDate } | null {
    const { mapping, issues } = this.options;
    const due = this.date(row, rowIndex, mapping.dueDate);
    const issue = this.date(row, rowIndex, mapping.documentDate);
    if (due === null || issue === null) return null;
    if (due) return issue ? { due, issue } : { due };
    if (issue) {
      if (mapping.dueDate !== undefined) {
        issues.cell(
          'warning',
          rowIndex,
          mapping.dueDate,
          '',
          `échéance vide : la date de pièce ${formatDateFr(issue)} est retenue comme échéance`,
        );
      }
      return { due: issue, issue };
    }
    issues.cell(
      'error',
      rowIndex,
      mapping.dueDate ?? mapping.documentDate ?? 0,
      '',
      `échéance manquante (${EXPECTED.date})`,
    );
    return null;
  }

  /** The date in a column: a date, undefined when blank, null when unreadable (reported). */
  private date(
    row: GridRow,
    rowIndex: number,
    column: number | undefined,
  ): IsoDate | undefined | null {
    if (column === undefined) return undefined;
    const read: CellRead<IsoDate> = readDate(
      row[column],
      this.options.grid.date1904,
      this.options.dateOrder,
    );
    if (read.kind === 'empty') return undefined;
    if (read.kind === 'ok') return read.value;
    const problem =
      read.kind === 'formula-error'
        ? `est une erreur de formule Excel, pas une date (${EXPECTED.date})`
        : `n’est pas une date valide (${EXPECTED.date})`;
    this.options.issues.cell('error', rowIndex, column, read.text, problem);
    return null;
  }

  /** The row's EUR counter-value cell: cents, undefined when blank or unmapped, null on error. */
  private eurAmount(row: GridRow, rowIndex: number): Cents | undefined | null {
    const column = this.options.mapping.eurAmount;
    if (column === undefined) return undefined;
    const read = readAmount(row[column]);
    if (read.kind === 'empty') return undefined;
    if (read.kind === 'ok') return read.value;
    this.options.issues.cell(
      'error',
      rowIndex,
      column,
      read.text,
      `n’est pas un montant en euros valide (${EXPECTED.amount})`,
    );
    return null;
  }

  private currency(row: GridRow, rowIndex: number, fromAmount: string | undefined): string {
    const { mapping, issues, isKnownCurrency, defaultCurrency } = this.options;
    const written = this.text(row, 'currency');
    const code = written ? normalizeCurrency(written) : (fromAmount ?? defaultCurrency);
    if (written && mapping.currency !== undefined && !isKnownCurrency(code)) {
      issues.cell(
        'warning',
        rowIndex,
        mapping.currency,
        written,
        'n’est pas une devise connue (attendu un code ISO comme EUR, USD, GBP) : la ligne est importée telle quelle',
      );
    }
    return code;
  }
}
