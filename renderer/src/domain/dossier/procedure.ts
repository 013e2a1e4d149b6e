/**
 * Which procedure to suggest for a case, and why, from what the ledger knows: the amount claimed,
 * disputes, whether the debtor is a consumer, and prescription dates (see legal-facts.md,
 * « Procedures » and « Prescription »). The user decides; this says what fits and what to watch.
 */
import { daysBetween, formatDateFr } from '../dates';
import { joinFr } from '../letters/french';
import type { Cents, IsoDate, Procedure } from '../model';
import { addCents, cents, formatEuros, sumCents, ZERO_CENTS } from '../money';
import { PRESCRIPTION_WARNING_DAYS } from '../prescription';
import type { CourtKind } from './labels';

/** CPCE L125-1 / R125-1: principal and interest up to 5 000 €. */
export const PETITES_CREANCES_MAX_CENTS: Cents = cents(500_000);
/** Consumer claims up to 10 000 € go to the juge des contentieux de la protection. */
export const PROTECTION_JUDGE_MAX_CENTS: Cents = cents(1_000_000);
/** CPC 750-1: below this, the tribunal judiciaire wants an amicable attempt first. */
export const PRIOR_AMICABLE_MAX_CENTS: Cents = cents(500_000);
/** Closer than this to prescription, a summons that interrupts it at once is suggested. */
export const PRESCRIPTION_URGENT_DAYS = 60;

export interface ProcedureInvoice {
  id: string;
  number: string;
  dueDate: IsoDate;
  openCents: Cents;
  disputed: boolean;
  /**
   * Last day to act before prescription (domain/prescription.ts, restarted by acknowledgements);
   * null while a court claim already holds the clock.
   */
  lastDay: IsoDate | null;
}

export interface ProcedureFacts {
  asOf: IsoDate;
  debtorIsConsumer: boolean;
  invoices: readonly ProcedureInvoice[];
  /** Late-payment interest due on the invoices (from the décompte); part of the 5 000 € test. */
  interestCents?: Cents;
}

export interface ProcedureOption {
  procedure: Procedure;
  court: CourtKind;
  reason: string;
}

export interface ProcedureAdvice extends ProcedureOption {
  alternatives: ProcedureOption[];
  warnings: string[];
  /** Invoices left out of any action because prescribed. */
  prescribedInvoiceIds: string[];
}

const numbers = (invoices: readonly ProcedureInvoice[]) => joinFr(invoices.map((i) => i.number));

/** Days left to act at `asOf` (negative once prescribed); Infinity while the clock is held. */
function daysLeft(invoice: ProcedureInvoice, asOf: IsoDate): number {
  return invoice.lastDay === null ? Number.POSITIVE_INFINITY : daysBetween(asOf, invoice.lastDay);
}

function judicialCourt(consumer: boolean, claim: Cents): CourtKind {
  if (!consumer) return 'tribunal-de-commerce';
  return claim <= PROTECTION_JUDGE_MAX_CENTS
    ? 'juge-contentieux-protection'
    : 'tribunal-judiciaire';
}

/** The kind of court (or officer) a procedure the user picked goes to, for this debtor. */
export function courtKindFor(procedure: Procedure, consumer: boolean, claim: Cents): CourtKind {
  switch (procedure) {
    case 'injonction-de-payer':
      return judicialCourt(consumer, claim);
    case 'petites-creances':
    case 'execution':
      return 'commissaire-de-justice';
    case 'refere-provision':
    case 'assignation-au-fond':
      return consumer ? 'tribunal-judiciaire' : 'tribunal-de-commerce';
    case 'amiable':
      return 'aucun';
  }
}

function courtPhrase(court: CourtKind): string {
  if (court === 'tribunal-de-commerce') {
    return 'au tribunal de commerce du lieu où demeure le débiteur (entre commerçants et sociétés commerciales)';
  }
  if (court === 'juge-contentieux-protection') {
    return 'au juge des contentieux de la protection du tribunal judiciaire du domicile du débiteur (consommateur, au plus 10 000 €)';
  }
  return 'au tribunal judiciaire du lieu où demeure le débiteur';
}

function injonction(court: CourtKind, amount: string, consumer: boolean): ProcedureOption {
  return {
    procedure: 'injonction-de-payer',
    court,
    reason:
      `Créance certaine, liquide et exigible de ${amount} (principal et intérêts), non contestée` +
      `${consumer ? '' : ', entre professionnels'} : requête en injonction de payer ${courtPhrase(court)}, ` +
      'sans avocat ni audience (CPC 1405 et suivants).',
  };
}

function petitesCreances(amount: string): ProcedureOption {
  return {
    procedure: 'petites-creances',
    court: 'commissaire-de-justice',
    reason:
      `Créance non contestée de ${amount} (principal et intérêts), au plus 5 000 € : procédure ` +
      'simplifiée de recouvrement des petites créances, menée par un commissaire de justice ' +
      '(CPCE L125-1) ; le débiteur a un mois pour accepter. À défaut d’accord, injonction de payer.',
  };
}

function refere(court: CourtKind, why: string): ProcedureOption {
  const article = court === 'tribunal-de-commerce' ? 'CPC 873' : 'CPC 835';
  return {
    procedure: 'refere-provision',
    court: court === 'juge-contentieux-protection' ? 'tribunal-judiciaire' : court,
    reason:
      `${why}Le juge des référés peut accorder une provision rapidement lorsque l’obligation n’est ` +
      `pas sérieusement contestable (${article}).`,
  };
}

export function suggestProcedure(facts: ProcedureFacts): ProcedureAdvice {
  const consumer = facts.debtorIsConsumer;
  const open = facts.invoices.filter((i) => i.openCents > 0);
  const prescribed = open.filter((i) => daysLeft(i, facts.asOf) < 0);
  const live = open.filter((i) => !prescribed.includes(i));
  const warnings: string[] = [];
  if (prescribed.length > 0) {
    warnings.push(
      `Prescrite${prescribed.length > 1 ? 's' : ''} : ${numbers(prescribed)} ` +
        `(${consumer ? '2 ans contre un consommateur, C. consom. L218-2' : '5 ans, C. com. L110-4'}) ; ` +
        `laissée${prescribed.length > 1 ? 's' : ''} hors de toute action.`,
    );
  }
  const base = { warnings, prescribedInvoiceIds: prescribed.map((i) => i.id) };
  if (live.length === 0) {
    return {
      ...base,
      procedure: 'amiable',
      court: 'aucun',
      alternatives: [],
      reason:
        open.length === 0
          ? 'Aucune facture ouverte dans ce dossier : rien à réclamer en justice.'
          : 'Toutes les factures sont prescrites : aucune action en justice n’aboutira ; seul un ' +
            'paiement volontaire ou une reconnaissance de dette reste possible.',
    };
  }

  const claim = addCents(sumCents(live.map((i) => i.openCents)), facts.interestCents ?? ZERO_CENTS);
  const amount = formatEuros(claim);
  const court = judicialCourt(consumer, claim);
  const urgent = live
    .map((i) => ({ invoice: i, days: daysLeft(i, facts.asOf) }))
    .sort((a, b) => a.days - b.days)[0];
  for (const invoice of live) {
    const days = daysLeft(invoice, facts.asOf);
    if (days <= PRESCRIPTION_WARNING_DAYS) {
      warnings.push(
        `${invoice.number} : dernier jour pour agir le ${formatDateFr(invoice.lastDay)} ` +
          `(dans ${days} jour${days > 1 ? 's' : ''}) ; une demande en justice, même en référé, ` +
          'interrompt la prescription (C. civ. 2241).',
      );
    }
  }
  if (consumer) {
    warnings.push(
      'Débiteur consommateur : intérêts au taux légal à compter de la mise en demeure ' +
        '(C. civ. 1231-6), sans indemnité forfaitaire de 40 €.',
    );
  } else {
    warnings.push(
      'Le tribunal de commerce suppose un débiteur commerçant ou société commerciale ; pour une ' +
        'profession libérale, une association ou une société civile, c’est le tribunal judiciaire.',
    );
  }

  const disputed = live.filter((i) => i.disputed);
  if (disputed.length > 0) {
    const undisputed = live.filter((i) => !i.disputed);
    const fondCourt: CourtKind = consumer ? 'tribunal-judiciaire' : 'tribunal-de-commerce';
    if (fondCourt === 'tribunal-judiciaire' && claim <= PRIOR_AMICABLE_MAX_CENTS) {
      warnings.push(
        'Devant le tribunal judiciaire, une demande d’au plus 5 000 € doit être précédée d’une ' +
          'tentative de conciliation, de médiation ou de procédure participative (CPC 750-1).',
      );
    }
    const undisputedCents = sumCents(undisputed.map((i) => i.openCents));
    return {
      ...base,
      procedure: 'assignation-au-fond',
      court: fondCourt,
      reason:
        `Contestée : ${numbers(disputed)}. L’injonction de payer et le référé-provision supposent ` +
        'une créance non sérieusement contestable : assignation au fond devant le ' +
        `${fondCourt === 'tribunal-de-commerce' ? 'tribunal de commerce' : 'tribunal judiciaire'}, ` +
        'où le litige sera tranché.',
      alternatives:
        undisputed.length > 0
          ? [
              {
                ...injonction(
                  judicialCourt(consumer, undisputedCents),
                  formatEuros(undisputedCents),
                  consumer,
                ),
                reason:
                  `Pour les seules factures non contestées (${numbers(undisputed)}, ` +
                  `${formatEuros(undisputedCents)}) : requête en injonction de payer séparée.`,
              },
            ]
          : [],
    };
  }

  if (urgent && urgent.days <= PRESCRIPTION_URGENT_DAYS) {
    const why =
      `Dernier jour pour agir sur ${urgent.invoice.number} : ${formatDateFr(urgent.invoice.lastDay)}. ` +
      'Une assignation en référé, demande en justice délivrée à date certaine, interrompt la ' +
      'prescription (C. civ. 2241). ';
    return {
      ...base,
      ...refere(court, why),
      alternatives: [injonction(court, amount, consumer)],
    };
  }

  const refereAlternative = refere(court, 'Plus rapide en cas d’urgence, avec audience. ');
  if (claim <= PETITES_CREANCES_MAX_CENTS) {
    return {
      ...base,
      ...petitesCreances(amount),
      alternatives: [injonction(court, amount, consumer), refereAlternative],
    };
  }
  return { ...base, ...injonction(court, amount, consumer), alternatives: [refereAlternative] };
}
