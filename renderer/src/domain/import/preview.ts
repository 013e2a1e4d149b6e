/**
 * What the review screen needs from a parsed balance, without its 100,000 items: the worker keeps
 * the items and sends only this, so the main thread never deserialises the whole file.
 */
import { approximateBuckets, type BoundedAgeItem, bucketTotals, sumBuckets } from '../aging';
import { EUR, eurEquivalent, parseEurRate } from '../currency';
import type { BucketTotals, Cents } from '../model';
import { subtractCents, sumCents } from '../money';
import { type CurrencySummary, currencySummaries } from './currencyTotals';
import type { ParsedBalance, ParsedItem } from './types';

export interface PreviewSummary {
  debtors: number;
  items: number;
  /** Credit notes and unapplied payments (negative items). */
  creditNotes: number;
  totalCents: Cents;
  /** Aging as of the balance's date; null while the date is unknown (never all « non échu »). */
  buckets: BucketTotals | null;
  /** Imported total minus the file's own total row; null when the file has none. */
  differenceCents: Cents | null;
  /** Per bucket, amounts of open-ended buckets (« + 120 j ») whose exact age is unknown. */
  approximate: BucketTotals | null;
  /**
   * Totals per currency, euros first. `totalCents` and `buckets` are EUR equivalents: euro
   * items, foreign items at the file's EUR counter-value or at the rate entered.
   */
  currencies: CurrencySummary[];
  /** Foreign items left out of `totalCents` and `buckets` until their currency has a rate. */
  unconvertedItems: number;
}

export interface BalancePreview extends Omit<ParsedBalance, 'items' | 'debtors'> {
  sampleItems: ParsedItem[];
  summary: PreviewSummary;
}

export const PREVIEW_SAMPLE_ROWS = 12;

/** The items in euros (EUR equivalents), and how many foreign items have no rate yet. */
function inEuros(
  items: readonly ParsedItem[],
  rates: Readonly<Record<string, string>> | undefined,
): { items: BoundedAgeItem[]; unconverted: number } {
  if (items.every((i) => i.currency === EUR)) return { items: [...items], unconverted: 0 };
  const parsed = new Map<string, number | null>();
  const rateOf = (currency: string) => {
    if (!parsed.has(currency)) {
      const text = rates?.[currency];
      const read = text === undefined ? null : parseEurRate(text, currency);
      parsed.set(currency, read?.ok ? read.rate : null);
    }
    return parsed.get(currency) ?? null;
  };
  const out: BoundedAgeItem[] = [];
  let unconverted = 0;
  for (const item of items) {
    let eur: Cents | null = item.openCents;
    if (item.currency !== EUR) {
      const rate = item.eurCents === undefined ? rateOf(item.currency) : null;
      eur = item.eurCents ?? (rate === null ? null : eurEquivalent(item.openCents, rate));
    }
    if (eur === null) {
      unconverted++;
      continue;
    }
    out.push({
      dueDate: item.dueDate,
      openCents: eur,
      ...(item.dueDateIsLatest ? { dueDateIsLatest: true } : {}),
    });
  }
  return { items: out, unconverted };
}

export function summarize(
  balance: ParsedBalance,
  rates?: Readonly<Record<string, string>>,
): PreviewSummary {
  const euros = inEuros(balance.items, rates);
  // Without an as-of date nothing can be aged: no buckets rather than everything « non échu ».
  const buckets = balance.asOfDate ? bucketTotals(euros.items, balance.asOfDate) : null;
  const totalCents = buckets ? sumBuckets(buckets) : sumCents(euros.items.map((i) => i.openCents));
  const currencies = currencySummaries(balance.items, balance.fileTotalsByCurrency, rates);
  // The file's single total is in the one currency of its items: compared in that currency.
  const nativeTotal = sumCents(balance.items.map((i) => i.openCents));
  return {
    debtors: new Set(balance.items.map((i) => i.accountNo)).size,
    items: balance.items.length,
    creditNotes: balance.items.filter((i) => i.openCents < 0).length,
    totalCents,
    buckets,
    differenceCents:
      balance.fileTotalCents === undefined
        ? null
        : subtractCents(nativeTotal, balance.fileTotalCents),
    approximate: balance.asOfDate ? approximateBuckets(euros.items, balance.asOfDate) : null,
    currencies,
    unconvertedItems: euros.unconverted,
  };
}

export function previewOf(balance: ParsedBalance): BalancePreview {
  const { items, debtors: _debtors, ...rest } = balance;
  return { ...rest, sampleItems: items.slice(0, PREVIEW_SAMPLE_ROWS), summary: summarize(balance) };
}
