/**
 * Where a debtor stands in collection, in one word for lists and breakdowns, derived from what
 * the ledger knows without playing the whole escalation ladder (the list and the dashboard build
 * it for every debtor on every change): open cases, the account status, active promises,
 * disputes, whether a mise en demeure went out for what is late, and whether anything is
 * overdue. The most advanced fact wins.
 */
import type { Case, CaseStage, Cents, DebtorStatus, IsoDate, Letter } from './model';

export type DebtorStage =
  | 'a-jour'
  | 'relance'
  | 'promesse'
  | 'litige'
  | 'mise-en-demeure'
  | 'judiciaire';

/** Display order: from « nothing to do » to court. */
export const DEBTOR_STAGES: readonly DebtorStage[] = [
  'a-jour',
  'relance',
  'promesse',
  'litige',
  'mise-en-demeure',
  'judiciaire',
];

export const DEBTOR_STAGE_LABELS: Record<DebtorStage, string> = {
  'a-jour': 'À jour',
  relance: 'Relance amiable',
  promesse: 'Promesse / échéancier',
  litige: 'Litige',
  'mise-en-demeure': 'Mise en demeure',
  judiciaire: 'Contentieux judiciaire',
};

const STAGE_OF_CASE: Record<CaseStage, DebtorStage | null> = {
  'relance-1': 'relance',
  'relance-2': 'relance',
  'mise-en-demeure': 'mise-en-demeure',
  'derniere-chance': 'mise-en-demeure',
  procedure: 'judiciaire',
  execution: 'judiciaire',
  clos: null,
};

export function isOpenCase(c: Pick<Case, 'stage' | 'closedAt'>): boolean {
  return !c.closedAt && c.stage !== 'clos';
}

export interface StageFacts {
  status: DebtorStatus;
  overdueCents: Cents;
  disputedCents: Cents;
  hasActivePromise: boolean;
  /** Stages of the debtor's open cases. */
  caseStages: readonly CaseStage[];
  /**
   * A mise en demeure (or a dernier avis) was sent once the oldest item still owed was late:
   * the ladder is past its notice (`noticeCovers`).
   */
  noticeSent?: boolean;
}

/** Letters that put the debtor on notice: the mise en demeure and the dernier avis. */
export const NOTICE_TEMPLATE_IDS: ReadonlySet<string> = new Set([
  'mise-en-demeure',
  'dernier-avis',
]);

/** Each debtor's latest notice letter sent on or before `asOf` (every one when absent). */
export function latestNotices(
  letters: readonly Pick<Letter, 'debtorId' | 'template' | 'date'>[],
  asOf?: IsoDate,
): Map<string, IsoDate> {
  const latest = new Map<string, IsoDate>();
  for (const letter of letters) {
    if (!NOTICE_TEMPLATE_IDS.has(letter.template) || (asOf && letter.date > asOf)) continue;
    const seen = latest.get(letter.debtorId);
    if (!seen || letter.date > seen) latest.set(letter.debtorId, letter.date);
  }
  return latest;
}

/**
 * Whether a notice sent on `notice` concerns what is late today: it went out after the oldest
 * item still owed fell due (as the ladder counts a step done from its anchor). An older notice
 * was about items since paid. Without a known oldest due date, any notice counts.
 */
export function noticeCovers(notice: IsoDate | undefined, oldestDueDate: IsoDate | undefined) {
  return notice !== undefined && (oldestDueDate === undefined || notice > oldestDueDate);
}

export function debtorStage(facts: StageFacts): DebtorStage {
  const fromCases = facts.caseStages
    .map((stage) => STAGE_OF_CASE[stage])
    .filter((stage): stage is DebtorStage => stage !== null);
  const rank = (stage: DebtorStage) => DEBTOR_STAGES.indexOf(stage);
  const mostAdvancedCase = fromCases.sort((a, b) => rank(b) - rank(a))[0];
  if (facts.status === 'litigation' || mostAdvancedCase === 'judiciaire') return 'judiciaire';
  if (mostAdvancedCase === 'mise-en-demeure') return 'mise-en-demeure';
  if (facts.overdueCents <= 0) return 'a-jour';
  if (facts.hasActivePromise) return 'promesse';
  // Everything late is contested: the ladder stops until the dispute is settled.
  if (facts.disputedCents >= facts.overdueCents) return 'litige';
  return facts.noticeSent ? 'mise-en-demeure' : 'relance';
}
