/**
 * Currencies of an import: the file's total rows per currency, totals and reconciliation per
 * currency, and the EUR equivalent of every foreign item — the file's EUR counter-value column
 * when it gives one, else the rate the user entered for that import. Amounts of different
 * currencies are never added together; only their EUR equivalents are.
 */
import { currencyList, EUR, eurEquivalent, formatMoney, parseEurRate } from '../currency';
import type { Cents } from '../model';
import { addCents, subtractCents, ZERO_CENTS } from '../money';
import type { IssueList } from './issues';
import type { ParsedBalance, ParsedItem } from './types';

interface TotalRow {
  currency?: string;
  total?: Cents;
  eurCents?: Cents;
  row: number;
}

/** Collects the grand total rows of an open-items sheet, then reconciles them per currency. */
export class CurrencyTotalRows {
  private readonly rows: TotalRow[] = [];

  add(
    currency: string | undefined,
    total: Cents | undefined,
    eurCents: Cents | undefined,
    row: number,
  ) {
    const entry: TotalRow = { row };
    if (currency) entry.currency = currency;
    if (total !== undefined) entry.total = total;
    if (eurCents !== undefined) entry.eurCents = eurCents;
    this.rows.push(entry);
  }

  /**
   * Sets the per-currency totals of a file mixing currencies and warns about each currency whose
   * items do not add up to its total row. Returns the single total to reconcile the usual way
   * (a file of one currency), or undefined.
   */
  reconcile(
    result: ParsedBalance,
    items: readonly ParsedItem[],
    fileTotal: Cents | undefined,
    issues: IssueList,
  ): Cents | undefined {
    if (this.rows.length === 0) return fileTotal;
    const currencies = new Set(items.map((i) => i.currency));
    const byCurrency: Record<string, Cents> = {};
    let general: TotalRow | undefined;
    for (const row of this.rows) {
      if (row.currency && row.total !== undefined) byCurrency[row.currency] = row.total;
      else if (!row.currency) general = row;
    }
    if (currencies.size <= 1) {
      const only = [...currencies][0] ?? EUR;
      return byCurrency[only] ?? general?.total;
    }
    if (Object.keys(byCurrency).length > 0) result.fileTotalsByCurrency = byCurrency;
    if (general?.eurCents !== undefined) result.fileTotalEurCents = general.eurCents;
    if (general?.total !== undefined && general.total !== general.eurCents) {
      issues.row(
        'warning',
        general.row,
        `cette ligne de total additionne des montants de plusieurs devises (${currencyList([...currencies].sort())}) : elle n’est comparée à aucun total importé ; chaque devise est comparée à sa propre ligne de total quand le fichier en a une`,
      );
    }
    for (const summary of currencySummaries(items, byCurrency)) {
      if (summary.differenceCents === undefined || summary.differenceCents === 0) continue;
      issues.file('warning', currencyGapSentence(summary));
    }
    const eurTotal = result.fileTotalEurCents;
    const eurFromFile = eurFromFileTotal(items);
    if (eurTotal !== undefined && eurFromFile !== null && eurFromFile !== eurTotal) {
      issues.file(
        'warning',
        `la contre-valeur en euros des pièces (${formatMoney(eurFromFile)}) diffère du total de la colonne de contre-valeur (${formatMoney(eurTotal)}) : écart de ${formatMoney(subtractCents(eurFromFile, eurTotal))}`,
      );
    }
    return undefined;
  }
}

/** The EUR column's total over every item (euro items for themselves); null if one lacks it. */
function eurFromFileTotal(items: readonly ParsedItem[]): Cents | null {
  let sum = ZERO_CENTS;
  for (const item of items) {
    if (item.currency === EUR) sum = addCents(sum, item.openCents);
    else if (item.eurCents !== undefined) sum = addCents(sum, item.eurCents);
    else return null;
  }
  return sum;
}

/** One currency of an import, as the preview and the import record show it. */
export interface CurrencySummary {
  currency: string;
  items: number;
  /** Sum of the open amounts, in this currency. */
  openCents: Cents;
  /** Foreign items whose EUR counter-value the file gives, and the sum of those values. */
  eurFromFileItems: number;
  eurFromFileCents: Cents;
  /** Foreign items the file gives no EUR value for: they need a rate. */
  needRateItems: number;
  /** The file's total row for this currency, and imported minus it. */
  fileTotalCents?: Cents;
  differenceCents?: Cents;
  /** The rate entered for this import (euros for one unit, as typed, `.` decimal). */
  rateText?: string;
  /** EUR equivalent of `openCents`; null while items need a rate none was given for. */
  eurCents: Cents | null;
}

/**
 * Totals per currency, euros first then by code. With `rates` (code -> typed rate), the EUR
 * equivalent of the items without a file value is each item × the rate, rounded per item exactly
 * as the ledger will hold it.
 */
export function currencySummaries(
  items: readonly ParsedItem[],
  fileTotals?: Readonly<Record<string, Cents>>,
  rates?: Readonly<Record<string, string>>,
): CurrencySummary[] {
  const by = new Map<string, CurrencySummary>();
  const parsedRates = new Map<string, number | null>();
  const rateOf = (currency: string): number | null => {
    if (!parsedRates.has(currency)) {
      const text = rates?.[currency];
      const parsed = text === undefined ? null : parseEurRate(text, currency);
      parsedRates.set(currency, parsed?.ok ? parsed.rate : null);
    }
    return parsedRates.get(currency) ?? null;
  };
  for (const item of items) {
    let s = by.get(item.currency);
    if (!s) {
      s = {
        currency: item.currency,
        items: 0,
        openCents: ZERO_CENTS,
        eurFromFileItems: 0,
        eurFromFileCents: ZERO_CENTS,
        needRateItems: 0,
        eurCents: ZERO_CENTS,
      };
      by.set(item.currency, s);
    }
    s.items++;
    s.openCents = addCents(s.openCents, item.openCents);
    if (item.currency === EUR) {
      s.eurCents = addCents(s.eurCents ?? ZERO_CENTS, item.openCents);
    } else if (item.eurCents !== undefined) {
      s.eurFromFileItems++;
      s.eurFromFileCents = addCents(s.eurFromFileCents, item.eurCents);
      if (s.eurCents !== null) s.eurCents = addCents(s.eurCents, item.eurCents);
    } else {
      s.needRateItems++;
      const rate = rateOf(item.currency);
      s.eurCents =
        rate === null || s.eurCents === null
          ? null
          : addCents(s.eurCents, eurEquivalent(item.openCents, rate));
    }
  }
  const list = [...by.values()].sort((a, b) =>
    a.currency === EUR ? -1 : b.currency === EUR ? 1 : a.currency.localeCompare(b.currency),
  );
  for (const s of list) {
    const total = fileTotals?.[s.currency];
    if (total !== undefined) {
      s.fileTotalCents = total;
      s.differenceCents = subtractCents(s.openCents, total);
    }
    const rateText = rates?.[s.currency];
    if (s.needRateItems > 0 && rateText !== undefined) {
      const parsed = parseEurRate(rateText, s.currency);
      if (parsed.ok) s.rateText = parsed.text;
    }
  }
  return list;
}

/** « le total GBP importé (1 200,00 £) diffère de la ligne de total GBP du fichier (…) ». */
export function currencyGapSentence(summary: CurrencySummary): string {
  const {
    currency,
    openCents,
    fileTotalCents = ZERO_CENTS,
    differenceCents = ZERO_CENTS,
  } = summary;
  return `le total ${currency} importé (${formatMoney(openCents, currency)}) diffère de la ligne de total ${currency} du fichier (${formatMoney(fileTotalCents, currency)}) : écart de ${formatMoney(differenceCents, currency)}`;
}

/** Currencies that need a rate and have none that parses, with their item counts. */
export function missingRates(
  summaries: readonly CurrencySummary[],
): { currency: string; items: number }[] {
  return summaries
    .filter((s) => s.needRateItems > 0 && s.rateText === undefined)
    .map((s) => ({ currency: s.currency, items: s.needRateItems }));
}

/** The French refusal while a foreign currency has neither an EUR column nor a rate. */
export function missingRatesSentence(missing: readonly { currency: string; items: number }[]) {
  const parts = missing.map((m) => `${m.items} pièce${m.items > 1 ? 's' : ''} en ${m.currency}`);
  const rates = missing.map((m) => `« 1 ${m.currency} = … EUR »`).join(', ');
  return `Import impossible : ${parts.join(', ')} ${missing.length > 1 || (missing[0]?.items ?? 0) > 1 ? 'n’ont' : 'n’a'} ni colonne de contre-valeur en euros ni taux de conversion. Indiquez ${missing.length > 1 ? 'les taux' : 'le taux'} ${rates} dans l’aperçu : aucune somme de devises différentes n’est comptée en euros.`;
}

export type EurRatesResult =
  | {
      ok: true;
      /** The items, each foreign one with its `eurRate` (euros for one unit). */
      items: ParsedItem[];
      summaries: CurrencySummary[];
      /** The rates the import used, by currency (only currencies that needed one). */
      rates: Record<string, string>;
    }
  | { ok: false; message: string };

/**
 * Gives every foreign item its EUR rate: the file's counter-value divided by the balance, or the
 * rate entered for its currency. Refused with a French sentence while a currency has neither.
 */
export function applyEurRates(
  items: readonly ParsedItem[],
  fileTotals: Readonly<Record<string, Cents>> | undefined,
  enteredRates: Readonly<Record<string, string>> | undefined,
): EurRatesResult {
  const summaries = currencySummaries(items, fileTotals, enteredRates);
  for (const s of summaries) {
    const typed = enteredRates?.[s.currency];
    if (s.needRateItems > 0 && typed !== undefined && typed.trim() !== '') {
      const parsed = parseEurRate(typed, s.currency);
      if (!parsed.ok) return { ok: false, message: parsed.message };
    }
  }
  const missing = missingRates(summaries);
  if (missing.length > 0) return { ok: false, message: missingRatesSentence(missing) };
  const rates: Record<string, string> = {};
  for (const s of summaries) if (s.rateText !== undefined) rates[s.currency] = s.rateText;
  const out = items.map((item): ParsedItem => {
    if (item.currency === EUR) return item;
    if (item.eurCents !== undefined) {
      return item.openCents === 0 ? item : { ...item, eurRate: item.eurCents / item.openCents };
    }
    const text = rates[item.currency];
    return text === undefined ? item : { ...item, eurRate: Number(text) };
  });
  return { ok: true, items: out, summaries, rates };
}

/** Gaps between a currency's items and its total row; the import needs a reason for them. */
export function currencyGaps(summaries: readonly CurrencySummary[]): CurrencySummary[] {
  return summaries.filter((s) => s.differenceCents !== undefined && s.differenceCents !== 0);
}
