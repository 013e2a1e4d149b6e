/**
 * Contacts of a demo debtor: who a credit controller calls. The accounts-payable clerk comes
 * first (that is who answers « où en est ma facture ? »); the finance director, the manager or
 * the buyer are the people to escalate to.
 */
import type { Contact, ContactRole } from '../domain/model';
import type { LandlinePrefix } from './pools/cities';
import type { NamePools } from './pools/names';
import { CONTACT_BEST_TIMES } from './pools/vocabulary';
import type { Random } from './random';
import { slugify } from './text';

const ESCALATION_ROLES: readonly ContactRole[] = ['daf', 'dirigeant', 'achats', 'juridique'];
const ESCALATION_ROLE_WEIGHTS: readonly number[] = [40, 30, 20, 10];
const CONTACT_COUNT_WEIGHTS: readonly number[] = [40, 40, 20]; // 1, 2 or 3 contacts
const SHARED_MAILBOXES: readonly string[] = [
  'comptabilite',
  'compta.fournisseurs',
  'factures',
  'service.comptable',
];

export interface ContactContext {
  debtorId: string;
  /** Company e-mail domain, e.g. `transports-girard.fr`. */
  domain: string;
  landlinePrefix: LandlinePrefix;
}

/** `01 42 68 53 07`: French numbers are written in pairs. */
function phoneNumber(random: Random, prefix: string): string {
  const digits = random.digits(8);
  return `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`;
}

function pickRoles(random: Random, count: number): ContactRole[] {
  const roles: ContactRole[] = ['comptabilite-fournisseurs'];
  while (roles.length < count) {
    const role = random.pickWeighted(ESCALATION_ROLES, ESCALATION_ROLE_WEIGHTS);
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

export function generateContacts(
  random: Random,
  names: NamePools,
  context: ContactContext,
): Contact[] {
  const count = random.weightedIndex(CONTACT_COUNT_WEIGHTS) + 1;
  return pickRoles(random, count).map((role, index) => {
    const firstName = random.pick(names.firstNames);
    const lastName = random.pick(names.lastNames);
    const usesSharedMailbox = role === 'comptabilite-fournisseurs' && random.chance(0.3);
    const mailbox = usesSharedMailbox
      ? random.pick(SHARED_MAILBOXES)
      : `${slugify(firstName)}.${slugify(lastName)}`;
    // Managers and buyers are reached on their mobile; back-office staff on the switchboard.
    const onMobile = (role === 'dirigeant' || role === 'achats') && random.chance(0.6);
    const contact: Contact = {
      id: `${context.debtorId}-c${index + 1}`,
      name: `${firstName} ${lastName}`,
      role,
      phone: phoneNumber(random, onMobile ? random.pick(['06', '07']) : context.landlinePrefix),
      email: `${mailbox}@${context.domain}`,
    };
    if (random.chance(0.2)) contact.bestTime = random.pick(CONTACT_BEST_TIMES);
    return contact;
  });
}
