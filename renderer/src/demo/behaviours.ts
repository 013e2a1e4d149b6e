/**
 * How each demo debtor pays. A portfolio where every customer is late in the same way looks
 * fake: real ledgers mix punctual payers with a few accounts that drag the long tail of the aged
 * balance. Each behaviour weights the aging buckets of its items.
 */

export type PaymentBehaviour = 'punctual' | 'slow' | 'struggling' | 'defaulting';

export const BEHAVIOURS: readonly PaymentBehaviour[] = [
  'punctual',
  'slow',
  'struggling',
  'defaulting',
];
export const PRIVATE_BEHAVIOUR_WEIGHTS: readonly number[] = [45, 35, 15, 5];
/** Public buyers pay late but do pay: no defaulting public body. */
export const PUBLIC_BEHAVIOUR_WEIGHTS: readonly number[] = [30, 55, 15, 0];

/**
 * Bucket weights per behaviour, in the aged balance's order (`BUCKET_KEYS`: not due, 1–30,
 * 31–60, 61–90, 91–180, over 180 days). With the behaviour mix above, about half
 * the items are not yet due, a quarter are 1–30 days late, and 4–5 % are over 180 days.
 */
export const BUCKET_WEIGHTS: Record<PaymentBehaviour, readonly number[]> = {
  punctual: [70, 25, 4, 1, 0, 0],
  slow: [45, 30, 13, 6, 4, 2],
  struggling: [25, 20, 17, 13, 15, 10],
  defaulting: [5, 8, 10, 12, 25, 40],
};

/** Share of invoices under dispute, per bucket: old invoices are old because they are contested. */
export const DISPUTE_RATE_BY_BUCKET: readonly number[] = [0.005, 0.02, 0.05, 0.08, 0.12, 0.15];

/** Chance that a debtor with overdue invoices has negotiated a promise or a plan. */
export const PROMISE_RATE: Record<PaymentBehaviour, number> = {
  punctual: 0.03,
  slow: 0.1,
  struggling: 0.3,
  defaulting: 0.2,
};

/** Account status odds: blocked accounts are the ones whose deliveries were stopped. */
export const BLOCKED_RATE: Record<PaymentBehaviour, number> = {
  punctual: 0,
  slow: 0.02,
  struggling: 0.25,
  defaulting: 0.4,
};
export const LITIGATION_RATE: Record<PaymentBehaviour, number> = {
  punctual: 0,
  slow: 0,
  struggling: 0.02,
  defaulting: 0.35,
};
