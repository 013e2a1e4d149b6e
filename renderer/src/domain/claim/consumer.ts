/**
 * A debtor who is a consumer, not a professional: neither the L441-10 penalties nor the €40
 * indemnity apply; interest runs at the taux légal from the day after the mise en demeure
 * (C. civ. 1231-6, 1344-1), and not at all before one was sent.
 */
import { addDays } from '../dates';
import type { ClaimInvoice } from '../interest';
import type { InterestSettings } from '../interestSettings';
import type { IsoDate } from '../model';
import type { NoticeFact } from './history';

export const CONSUMER_CONVENTION =
  'Débiteur non professionnel : intérêts au taux de l’intérêt légal à compter du lendemain de ' +
  'la mise en demeure (C. civ. 1231-6) ; ni pénalités L441-10 ni indemnité forfaitaire.';

/** The interest settings against a consumer: the taux légal of a professional creditor. */
export function consumerInterest(settings: InterestSettings): InterestSettings {
  return { ...settings, basis: { kind: 'taux-legal', creditor: 'autres' }, indemnityCents: 0 };
}

/** Interest from the day after the notice, or none yet when there was no notice. */
export function fromNotice(
  claims: readonly ClaimInvoice[],
  notice: NoticeFact | undefined,
  asOf: IsoDate,
): ClaimInvoice[] {
  const interestFrom = addDays(notice ? notice.date : asOf, 1);
  return claims.map((claim) => ({ ...claim, interestFrom }));
}
