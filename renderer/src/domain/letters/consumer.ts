/**
 * A debtor who is a consumer, not a professional: neither the L441-10 penalties nor the €40
 * indemnity apply; interest runs at the taux légal from the mise en demeure (C. civ. 1231-6).
 */
import { addDays } from '../dates';
import type { ClaimInvoice } from '../interest';
import type { InterestSettings } from '../interestSettings';
import type { Debtor, IsoDate } from '../model';
import type { PreviousReminder } from './letterView';

export const CONSUMER_CONVENTION =
  'Débiteur non professionnel : intérêts au taux de l’intérêt légal à compter du lendemain de ' +
  'la mise en demeure (C. civ. 1231-6) ; ni pénalités L441-10 ni indemnité forfaitaire.';

/** The interest settings that apply to this debtor. */
export function settingsFor(debtor: Debtor, settings: InterestSettings): InterestSettings {
  if (!debtor.isConsumer) return settings;
  return { ...settings, basis: { kind: 'taux-legal', creditor: 'autres' }, indemnityCents: 0 };
}

/**
 * Claims adjusted for a consumer: interest from the day after the first mise en demeure sent
 * before `date`, or none yet when there was no mise en demeure.
 */
export function claimsFor(
  debtor: Debtor,
  claims: ClaimInvoice[],
  reminders: readonly PreviousReminder[],
  date: IsoDate,
): ClaimInvoice[] {
  if (!debtor.isConsumer) return claims;
  const notice = reminders
    .filter((r) => r.templateId === 'mise-en-demeure' && r.date < date)
    .map((r) => r.date)
    .sort()[0];
  const interestFrom = notice ? addDays(notice, 1) : addDays(date, 1);
  return claims.map((claim) => ({ ...claim, interestFrom }));
}
