/**
 * Checks on a promise or a payment plan before it is recorded: dated instalments, positive
 * amounts, and for a plan (échéancier) amounts that add up exactly to the debt it settles.
 */

import { isIsoDate, isoDate } from './dates';
import type { Cents, IsoDate } from './model';
import { formatEuros, sumCents } from './money';

export interface PlannedPayment {
  date: IsoDate;
  cents: Cents;
}

/** An instalment as a form holds it: the date as typed, before `planProblems` has checked it. */
export interface PaymentDraft {
  date: string;
  cents: Cents;
}

/** A draft `planProblems` accepted; throws a RangeError on a date it would refuse. */
export function plannedPayment(draft: PaymentDraft): PlannedPayment {
  return { date: isoDate(draft.date), cents: draft.cents };
}

/** A French sentence per problem; empty when the plan can be recorded. */
export function planProblems(
  kind: 'promise' | 'plan',
  payments: readonly PaymentDraft[],
  debtCents: Cents,
  today: IsoDate,
): string[] {
  const problems: string[] = [];
  if (payments.length === 0) problems.push('Indiquez au moins une date de paiement.');
  if (payments.some((p) => !isIsoDate(p.date)))
    problems.push('Chaque échéance doit avoir une date.');
  if (payments.some((p) => isIsoDate(p.date) && p.date < today)) {
    problems.push('Une date de paiement est déjà passée.');
  }
  if (payments.some((p) => !Number.isInteger(p.cents) || p.cents <= 0)) {
    problems.push('Chaque montant doit être positif.');
  }
  const dates = payments.map((p) => p.date);
  if (new Set(dates).size !== dates.length) problems.push('Deux échéances tombent le même jour.');
  const total = sumCents(payments.map((p) => p.cents));
  if (kind === 'plan' && total !== debtCents) {
    problems.push(
      `Les échéances totalisent ${formatEuros(total)} pour une dette de ${formatEuros(debtCents)} : elles doivent être égales.`,
    );
  }
  if (kind === 'promise' && total > debtCents) {
    problems.push(`Le montant promis dépasse la dette (${formatEuros(debtCents)}).`);
  }
  return problems;
}
