/**
 * How late-payment interest is computed: the rate basis, the day count and the recovery
 * indemnity. One settings area (`interest`), edited in Paramètres › Taux.
 */
import { z } from 'zod';
import type { Cents } from './model';
import { cents } from './money';

/** C. com. D441-5: 40 € per invoice paid late. */
export const RECOVERY_INDEMNITY_CENTS: Cents = cents(4000);

export const rateBasisSchema = z.discriminatedUnion('kind', [
  /** The default when the contract says nothing: ECB rate + 10 points (C. com. L441-10). */
  z.object({ kind: z.literal('l441-10') }),
  /** Taux de l'intérêt légal (C. mon. fin. L313-2), by creditor category. */
  z.object({ kind: z.literal('taux-legal'), creditor: z.enum(['autres', 'particulier']) }),
  /** A rate set in the contract or the CGV; never below 3 × the taux légal. */
  z.object({ kind: z.literal('contractual'), ratePercent: z.number().min(0).max(100) }),
]);
export type RateBasis = z.infer<typeof rateBasisSchema>;

/**
 * `actual/365`: days / 365 every year. `actual/actual`: days / 366 for the days that fall in a
 * leap year (a setting, legal-facts: « a setting allows days/366 in leap years »).
 */
export const DAY_COUNTS = ['actual/365', 'actual/actual'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];

/**
 * C. civ. 1343-1: a partial payment goes to interest first, then principal, unless the payer
 * designated the debt; `principal-first` is there for the latter case.
 */
export const IMPUTATIONS = ['interest-first', 'principal-first'] as const;
export type Imputation = (typeof IMPUTATIONS)[number];

export const interestSettingsSchema = z.object({
  basis: rateBasisSchema.default({ kind: 'l441-10' }),
  dayCount: z.enum(DAY_COUNTS).default('actual/365'),
  /** 0 turns the indemnity off (e.g. a consumer debtor, where D441-5 does not apply). */
  indemnityCents: z.number().int().nonnegative().default(RECOVERY_INDEMNITY_CENTS),
  imputation: z.enum(IMPUTATIONS).default('interest-first'),
});
export type InterestSettings = z.infer<typeof interestSettingsSchema>;

export function defaultInterestSettings(): InterestSettings {
  return interestSettingsSchema.parse({});
}
