/**
 * What the review screen needs from a parsed balance, without its 100,000 items: the worker keeps
 * the items and sends only this, so the main thread never deserialises the whole file.
 */
import { approximateBuckets, bucketTotals, sumBuckets } from '../aging';
import type { BucketTotals, Cents } from '../model';
import { subtractCents, sumCents } from '../money';
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
}

export interface BalancePreview extends Omit<ParsedBalance, 'items' | 'debtors'> {
  sampleItems: ParsedItem[];
  summary: PreviewSummary;
}

export const PREVIEW_SAMPLE_ROWS = 12;

export function summarize(balance: ParsedBalance): PreviewSummary {
  const buckets = balance.asOfDate ? bucketTotals(balance.items, balance.asOfDate) : null;
  const totalCents = buckets
    ? sumBuckets(buckets)
    : sumCents(balance.items.map((i) => i.openCents));
  return {
    debtors: new Set(balance.items.map((i) => i.accountNo)).size,
    items: balance.items.length,
    creditNotes: balance.items.filter((i) => i.openCents < 0).length,
    totalCents,
    buckets,
    differenceCents:
      balance.fileTotalCents === undefined
        ? null
        : subtractCents(totalCents, balance.fileTotalCents),
    approximate: balance.asOfDate ? approximateBuckets(balance.items, balance.asOfDate) : null,
  };
}

export function previewOf(balance: ParsedBalance): BalancePreview {
  const { items, debtors: _debtors, ...rest } = balance;
  return { ...rest, sampleItems: items.slice(0, PREVIEW_SAMPLE_ROWS), summary: summarize(balance) };
}
