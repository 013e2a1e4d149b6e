import { BUCKET_KEYS, bucketTotals } from '../../domain/aging';
import type { ParsedBalance } from '../../domain/import/types';
import type { BucketTotals, Cents } from '../../domain/model';

export interface PreviewSummary {
  debtors: number;
  items: number;
  creditNotes: number;
  totalCents: Cents;
  buckets: BucketTotals;
  /** Imported total minus the file's own total row; null when the file has none. */
  differenceCents: Cents | null;
}

/** What the user checks before confirming: counts, aging and the reconciliation to the cent. */
export function summarizePreview(balance: ParsedBalance, asOfDate: string): PreviewSummary {
  const buckets = bucketTotals(balance.items, asOfDate);
  const totalCents = BUCKET_KEYS.reduce((sum, key) => sum + buckets[key], 0);
  return {
    debtors: new Set(balance.items.map((i) => i.accountNo)).size,
    items: balance.items.length,
    creditNotes: balance.items.filter((i) => i.openCents < 0).length,
    totalCents,
    buckets,
    differenceCents:
      balance.fileTotalCents === undefined ? null : totalCents - balance.fileTotalCents,
  };
}
