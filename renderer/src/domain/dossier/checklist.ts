/**
 * Before export, for each invoice of a case: which pieces the chosen procedure needs, which are
 * in the file and which are missing. A judge grants an injonction de payer on paper only, so the
 * order or contract, the delivery and the invoice must each be proven.
 */
import { type EvidencePiece, pieceCovers } from '../evidence/pieces';
import type { Procedure } from '../model';

export type RequirementId =
  | 'facture'
  | 'commande-ou-contrat'
  | 'bon-de-livraison'
  | 'mise-en-demeure'
  | 'accuse-reception';

export type RequirementLevel = 'required' | 'recommended';

export const REQUIREMENT_LABELS: Record<RequirementId, string> = {
  facture: 'Facture',
  'commande-ou-contrat': 'Bon de commande ou contrat',
  'bon-de-livraison': 'Bon de livraison',
  'mise-en-demeure': 'Mise en demeure',
  'accuse-reception': 'Accusé de réception',
};

const MISE_EN_DEMEURE_TEMPLATES = new Set(['mise-en-demeure', 'dernier-avis']);

/** Whether a piece proves a requirement for an invoice. */
const MATCHERS: Record<RequirementId, (piece: EvidencePiece, invoiceId: string) => boolean> = {
  facture: (p, id) => p.kind === 'facture' && pieceCovers(p, id, false),
  // A framework contract is usually attached to the debtor, not to each invoice.
  'commande-ou-contrat': (p, id) =>
    (p.kind === 'contrat' || p.kind === 'bon-de-commande') && pieceCovers(p, id, true),
  'bon-de-livraison': (p, id) => p.kind === 'bon-de-livraison' && pieceCovers(p, id, false),
  'mise-en-demeure': (p, id) =>
    (MISE_EN_DEMEURE_TEMPLATES.has(p.letterTemplate ?? '') ||
      (p.kind === 'correspondance' && /mise en demeure/i.test(p.title))) &&
    pieceCovers(p, id, p.source === 'document'),
  'accuse-reception': (p, id) => p.kind === 'accuse-reception' && pieceCovers(p, id, true),
};

const r = (id: RequirementId): [RequirementId, RequirementLevel] => [id, 'required'];
const rec = (id: RequirementId): [RequirementId, RequirementLevel] => [id, 'recommended'];

/** What each procedure needs per invoice (legal-facts: « Procedures »). */
export const PROCEDURE_REQUIREMENTS: Record<Procedure, [RequirementId, RequirementLevel][]> = {
  amiable: [rec('facture')],
  'injonction-de-payer': [
    r('facture'),
    r('commande-ou-contrat'),
    r('bon-de-livraison'),
    rec('mise-en-demeure'),
    rec('accuse-reception'),
  ],
  'petites-creances': [
    r('facture'),
    rec('commande-ou-contrat'),
    rec('bon-de-livraison'),
    rec('mise-en-demeure'),
    rec('accuse-reception'),
  ],
  'refere-provision': [
    r('facture'),
    r('commande-ou-contrat'),
    r('bon-de-livraison'),
    r('mise-en-demeure'),
    rec('accuse-reception'),
  ],
  'assignation-au-fond': [
    r('facture'),
    r('commande-ou-contrat'),
    r('bon-de-livraison'),
    r('mise-en-demeure'),
    r('accuse-reception'),
  ],
  execution: [],
};

export interface ChecklistItem {
  requirement: RequirementId;
  label: string;
  level: RequirementLevel;
  /** Keys of the pieces that prove it (empty when missing). */
  pieceKeys: string[];
}

export interface InvoiceChecklist {
  invoiceId: string;
  number: string;
  items: ChecklistItem[];
}

export interface CaseChecklist {
  invoices: InvoiceChecklist[];
  missingRequired: number;
  missingRecommended: number;
  /** French summary lines of what is missing, e.g. « F-1023 : bon de livraison ». */
  missingLines: string[];
}

export function caseChecklist(
  procedure: Procedure,
  invoices: readonly { id: string; number: string }[],
  pieces: readonly EvidencePiece[],
): CaseChecklist {
  let missingRequired = 0;
  let missingRecommended = 0;
  const missingLines: string[] = [];
  const rows = invoices.map((invoice) => {
    const items = PROCEDURE_REQUIREMENTS[procedure].map(([requirement, level]) => ({
      requirement,
      label: REQUIREMENT_LABELS[requirement],
      level,
      pieceKeys: pieces.filter((p) => MATCHERS[requirement](p, invoice.id)).map((p) => p.key),
    }));
    const missing = items.filter((item) => item.pieceKeys.length === 0);
    for (const item of missing) {
      if (item.level === 'required') missingRequired += 1;
      else missingRecommended += 1;
    }
    const required = missing.filter((m) => m.level === 'required');
    if (required.length > 0) {
      missingLines.push(
        `${invoice.number} : ${required.map((m) => m.label.toLocaleLowerCase('fr-FR')).join(', ')}`,
      );
    }
    return { invoiceId: invoice.id, number: invoice.number, items };
  });
  return { invoices: rows, missingRequired, missingRecommended, missingLines };
}

/**
 * The pieces a dossier proposes by default: those concerning the case's invoices or the debtor
 * as a whole. Letters about other invoices stay out.
 */
export function relevantPieces(
  pieces: readonly EvidencePiece[],
  invoiceIds: readonly string[],
): EvidencePiece[] {
  return pieces.filter(
    (p) => p.invoiceIds.length === 0 || p.invoiceIds.some((id) => invoiceIds.includes(id)),
  );
}
