/**
 * How the aged balance moved over a month: per bucket, the opening and closing amounts (from the
 * two imports' snapshots) and the change. A positive change in an old bucket is debt ageing.
 */
import { BUCKET_KEYS, type BucketKey, sumBuckets } from '../aging';
import type { BucketTotals, Cents } from '../model';
import { subtractCents } from '../money';

export interface BucketMovement {
  openingCents: Cents;
  closingCents: Cents;
  changeCents: Cents;
}

export interface AgedBalanceMovement {
  buckets: Record<BucketKey, BucketMovement>;
  total: BucketMovement;
}

const move = (openingCents: Cents, closingCents: Cents): BucketMovement => ({
  openingCents,
  closingCents,
  changeCents: subtractCents(closingCents, openingCents),
});

export function agedBalanceMovement(
  opening: BucketTotals,
  closing: BucketTotals,
): AgedBalanceMovement {
  const buckets = Object.fromEntries(
    BUCKET_KEYS.map((key) => [key, move(opening[key], closing[key])]),
  ) as Record<BucketKey, BucketMovement>;
  return { buckets, total: move(sumBuckets(opening), sumBuckets(closing)) };
}
