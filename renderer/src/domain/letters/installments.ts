/** Payment plans (échéanciers): instalments that sum exactly to the amount. */
import { addMonths } from '../dates';
import type { Cents, IsoDate } from '../model';
import { cents, multiplyCents, subtractCents } from '../money';

export interface PlannedInstallment {
  date: IsoDate;
  cents: Cents;
}

/**
 * `count` monthly instalments from `firstDate`, equal to the cent, the rounding remainder on the
 * last one so that the plan adds up to the amount owed.
 */
export function splitInstallments(
  totalCents: Cents,
  count: number,
  firstDate: IsoDate,
): PlannedInstallment[] {
  if (!Number.isInteger(count) || count < 1 || totalCents <= 0) return [];
  const each = cents(Math.floor(totalCents / count));
  return Array.from({ length: count }, (_, i) => ({
    date: addMonths(firstDate, i),
    cents: i === count - 1 ? subtractCents(totalCents, multiplyCents(each, count - 1)) : each,
  }));
}
