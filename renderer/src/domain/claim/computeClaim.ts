/**
 * What a debtor owes on a date: the one computation every screen and document reads (letters,
 * relevé de compte, court dossier, fiche débiteur). Pure: the same ledger facts and policy give
 * the same claim, to the cent, whoever asks.
 */
import { currencyOf, EUR } from '../currency';
import type { Decompte } from '../decompte';
import { computeDecompte } from '../interest';
import type { Debtor, Invoice, IsoDate, Payment } from '../model';
import { CONSUMER_CONVENTION, consumerInterest, fromNotice } from './consumer';
import {
  type NoticeFact,
  noticeBy,
  remindersBefore,
  type SentLetter,
  type SentReminder,
} from './history';
import { claimsOf, creditsOf, isClaimable } from './items';
import type { ClaimPolicy } from './policy';

export interface ClaimInput {
  debtor: Pick<Debtor, 'isConsumer'>;
  /** The items claimed: open invoices are claimed, open credits deducted, the rest ignored. */
  items: readonly Invoice[];
  /** The debtor's dated payments (those of other items are ignored). */
  payments: readonly Payment[];
  /** The letters the ledger recorded as sent to the debtor. */
  letters: readonly SentLetter[];
  asOf: IsoDate;
  policy: ClaimPolicy;
}

export interface Claim {
  asOf: IsoDate;
  consumer: boolean;
  decompte: Decompte;
  /** Reminders sent before the claim's date, oldest first (the mise en demeure included). */
  reminders: SentReminder[];
  /** The mise en demeure that put the debtor on notice, if one was sent. */
  notice?: NoticeFact;
}

export type ClaimResult = { ok: true; claim: Claim } | { ok: false; errors: string[] };

/**
 * The currencies of what a claim would count: open invoices claimed and open credits deducted.
 */
function claimCurrencies(items: readonly Invoice[]): string[] {
  const found = new Set<string>();
  for (const item of items) {
    const counted =
      (item.status === 'open' || item.status === 'disputed') &&
      (isClaimable(item) || item.openCents < 0);
    if (counted) found.add(currencyOf(item));
  }
  return [...found].sort();
}

export function computeClaim(input: ClaimInput): ClaimResult {
  const { asOf, policy } = input;
  // One claim, one currency. A décompte ends with the one sum the debtor is asked to pay and a
  // court is asked to order (CPC 1407: « le montant de la somme réclamée avec le décompte des
  // différents éléments »): subtotals per currency would leave no total that can be stated, and
  // converting would claim, in euros, money invoiced and payable in another currency. So a debtor
  // owing in several currencies gets one letter or décompte per currency (its items selected),
  // never a mixed one: refused here, with the sentence every screen shows.
  const currencies = claimCurrencies(input.items);
  if (currencies.length > 1) {
    return {
      ok: false,
      errors: [
        `Les pièces retenues sont en plusieurs devises (${currencies.join(', ')}) : un courrier ou un décompte n’additionne jamais des montants de devises différentes. Sélectionnez les pièces d’une seule devise et faites un courrier ou un décompte par devise.`,
      ],
    };
  }
  const currency = currencies[0] ?? EUR;
  const consumer = input.debtor.isConsumer === true;
  const notice = noticeBy(input.letters, asOf);
  const claims = claimsOf(input.items, input.payments, asOf);
  const computed = computeDecompte({
    invoices: consumer ? fromNotice(claims, notice, asOf) : claims,
    credits: creditsOf(input.items),
    asOf,
    settings: consumer ? consumerInterest(policy.interest) : policy.interest,
    rates: policy.rates,
    currency,
  });
  if (!computed.ok) return computed;
  const decompte = consumer
    ? { ...computed.decompte, conventions: [...computed.decompte.conventions, CONSUMER_CONVENTION] }
    : computed.decompte;
  return {
    ok: true,
    claim: {
      asOf,
      consumer,
      decompte,
      reminders: remindersBefore(input.letters, asOf, policy),
      ...(notice ? { notice } : {}),
    },
  };
}
