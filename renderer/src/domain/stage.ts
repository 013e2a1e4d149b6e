/**
 * Where a debtor stands in collection, in one word for lists and breakdowns. Until the
 * escalation ladder exists (it will say which reminder is due), the stage is derived from what
 * the ledger already knows: open cases, the account status, active promises, disputes and
 * whether anything is overdue. The most advanced fact wins.
 */
import type { Case, CaseStage, Cents, DebtorStatus } from './model';

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
  return 'relance';
}
