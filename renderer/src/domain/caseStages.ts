/**
 * Stages of a dossier contentieux as the user sees them, from amiable to judiciaire. Each maps to
 * the ledger's (stage, procedure) pair; moving to a court stage interrupts prescription
 * (prescription.ts reads the stage-change activity).
 */
import type { Case, CaseStage, Procedure } from './model';

export const CASE_STEP_IDS = [
  'relances',
  'mise-en-demeure',
  'injonction-de-payer',
  'petites-creances',
  'refere-provision',
  'assignation-au-fond',
  'execution',
  'clos',
] as const;
export type CaseStepId = (typeof CASE_STEP_IDS)[number];

export interface CaseStep {
  label: string;
  stage: CaseStage;
  /** null: keeps the case's current procedure (closing it). */
  procedure: Procedure | null;
  judicial: boolean;
}

export const CASE_STEPS: Record<CaseStepId, CaseStep> = {
  relances: { label: 'Relances', stage: 'relance-2', procedure: 'amiable', judicial: false },
  'mise-en-demeure': {
    label: 'Mise en demeure',
    stage: 'mise-en-demeure',
    procedure: 'amiable',
    judicial: false,
  },
  'injonction-de-payer': {
    label: 'Injonction de payer',
    stage: 'procedure',
    procedure: 'injonction-de-payer',
    judicial: true,
  },
  'petites-creances': {
    label: 'Petites créances',
    stage: 'procedure',
    procedure: 'petites-creances',
    judicial: true,
  },
  'refere-provision': {
    label: 'Référé-provision',
    stage: 'procedure',
    procedure: 'refere-provision',
    judicial: true,
  },
  'assignation-au-fond': {
    label: 'Assignation au fond',
    stage: 'procedure',
    procedure: 'assignation-au-fond',
    judicial: true,
  },
  execution: { label: 'Exécution', stage: 'execution', procedure: 'execution', judicial: true },
  clos: { label: 'Clos', stage: 'clos', procedure: null, judicial: false },
};

/** The user-facing step of a stored case. */
export function caseStepOf(c: Pick<Case, 'stage' | 'procedure'>): CaseStepId {
  if (c.stage === 'clos') return 'clos';
  if (c.stage === 'execution') return 'execution';
  if (c.stage === 'procedure' && c.procedure !== 'amiable' && c.procedure !== 'execution') {
    return c.procedure;
  }
  if (c.stage === 'mise-en-demeure' || c.stage === 'derniere-chance') return 'mise-en-demeure';
  return 'relances';
}

export function caseStepLabel(c: Pick<Case, 'stage' | 'procedure'>): string {
  return CASE_STEPS[caseStepOf(c)].label;
}
