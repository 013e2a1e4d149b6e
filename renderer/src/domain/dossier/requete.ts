/**
 * The requête en injonction de payer, as a draft to review and sign (not a filled Cerfa): the
 * mentions of CPC art. 1407 — the parties, the exact amount with the décompte of its elements,
 * the basis of the claim, and the bordereau of the pieces attached.
 */
import { formatDateFr, formatLongDateFr } from '../dates';
import { joinFr } from '../letters/french';
import type { Cents } from '../model';
import { type BordereauEntry, bordereauLine } from './bordereau';
import { creditorParty, type DossierPlan, debtorParty, type PartyLines } from './plan';

export interface AmountLine {
  label: string;
  cents: Cents;
  emphasis?: boolean;
}

export interface RequeteContent {
  addressee: string;
  /** The court's address, only when verified. */
  addresseeAddress: string[];
  title: string;
  legalBasis: string;
  draftNotice: string;
  applicant: PartyLines;
  representative: string;
  respondent: PartyLines;
  request: string;
  amounts: AmountLine[];
  amountsNote: string;
  basis: string[];
  pieces: string[];
  closing: string;
  placeAndDate: string;
  signature: string[];
}

/** « du Tribunal de commerce de Nantes » / « le juge des contentieux… » for the addressee line. */
function addresseeOf(court: string): string {
  const name = court.trim();
  if (/^juge/i.test(name))
    return `À Madame, Monsieur le ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
  return `À Madame, Monsieur le Président du ${name}`;
}

/** The amounts claimed, from the décompte's totals. */
export function claimedAmounts(plan: DossierPlan): AmountLine[] {
  const t = plan.decompte.totals;
  const lines: AmountLine[] = [
    { label: 'Principal restant dû', cents: t.outstandingPrincipalCents },
    {
      label: `Intérêts de retard arrêtés au ${formatDateFr(plan.decompte.asOf)}`,
      cents: t.interestDueCents,
    },
  ];
  if (t.indemnitiesCents > 0) {
    lines.push({
      label: 'Indemnités forfaitaires pour frais de recouvrement',
      cents: t.indemnitiesCents,
    });
  }
  if (t.creditsCents !== 0) {
    lines.push({ label: 'Avoirs et règlements non affectés, déduits', cents: t.creditsCents });
  }
  lines.push({ label: 'Total réclamé', cents: t.totalDueCents, emphasis: true });
  return lines;
}

function pieceRefs(pieces: readonly BordereauEntry[], kinds: readonly string[]): string {
  const numbers = pieces.filter((p) => kinds.includes(p.kind)).map((p) => String(p.number));
  if (numbers.length === 0) return '';
  return ` (pièce${numbers.length > 1 ? 's' : ''} n° ${joinFr(numbers)})`;
}

/** Claims the reminders only when the letters sent are among the pieces. */
function unpaidSentence(pieces: readonly BordereauEntry[]): string {
  const letters = pieceRefs(pieces, ['correspondance', 'preuve-envoi', 'accuse-reception']);
  return letters
    ? `Ces sommes, certaines, liquides et exigibles, sont demeurées impayées malgré les relances ` +
        `et la mise en demeure adressées au débiteur${letters}.`
    : 'Ces sommes, certaines, liquides et exigibles, sont demeurées impayées à ce jour.';
}

/** Up to five invoices are named; beyond, the décompte lists them and the text counts them. */
const MAX_NAMED_INVOICES = 5;

function invoicesPhrase(invoices: DossierPlan['decompte']['invoices']): string {
  if (invoices.length > MAX_NAMED_INVOICES) {
    const due = invoices.map((i) => i.dueDate).sort();
    return (
      `les ${invoices.length} factures énumérées au décompte joint, échues du ` +
      `${formatDateFr(due[0])} au ${formatDateFr(due.at(-1))}`
    );
  }
  const named = invoices.map(
    (i) =>
      `n° ${i.number}${i.issueDate ? ` du ${formatDateFr(i.issueDate)}` : ''}, échue le ${formatDateFr(i.dueDate)}`,
  );
  return `${named.length > 1 ? 'les factures' : 'la facture'} ${joinFr(named)}`;
}

function basisParagraphs(plan: DossierPlan, pieces: readonly BordereauEntry[]): string[] {
  const { creditor, debtor, decompte } = plan;
  const agreement = pieceRefs(pieces, ['contrat', 'cgv', 'bon-de-commande']);
  const delivery = pieceRefs(pieces, ['bon-de-livraison']);
  const paragraphs = [
    `${creditor.name || 'Le requérant'} a fourni à ${debtor.name} les marchandises et prestations ` +
      `commandées${agreement}, livrées${delivery}, et facturées selon ${invoicesPhrase(decompte.invoices)}` +
      `${pieceRefs(pieces, ['facture'])}.`,
    unpaidSentence(pieces),
    `Les intérêts de retard courent de plein droit au ${decompte.basisLabel}, selon le décompte ` +
      'joint, sans qu’un rappel soit nécessaire (C. com. L441-10).',
  ];
  if (decompte.totals.indemnitiesCents > 0) {
    paragraphs.push(
      'L’indemnité forfaitaire pour frais de recouvrement de 40 € est due pour chaque facture ' +
        'payée en retard (C. com. L441-10 et D441-5).',
    );
  }
  return paragraphs;
}

export function requeteContent(
  plan: DossierPlan,
  pieces: readonly BordereauEntry[],
): RequeteContent {
  const { creditor } = plan;
  const representative = creditor.signatoryName
    ? `représentée par ${creditor.signatoryName}${creditor.signatoryTitle ? `, ${creditor.signatoryTitle}` : ''}, dûment habilité(e)`
    : 'représentée par son représentant légal en exercice';
  return {
    addressee: addresseeOf(plan.court),
    addresseeAddress: plan.courtAddress ?? [],
    title: 'Requête en injonction de payer',
    legalBasis: 'Articles 1405 à 1425 du code de procédure civile',
    draftNotice:
      'Projet établi par Recouvra, à relire, compléter et signer avant dépôt. Il ne remplace pas le ' +
      'formulaire Cerfa en vigueur, que le greffe peut exiger.',
    applicant: creditorParty(creditor),
    representative,
    respondent: debtorParty(plan.debtor),
    request:
      'Le requérant a l’honneur de solliciter une ordonnance enjoignant au débiteur de lui payer ' +
      'la somme ci-dessous, dont le décompte détaillé est joint :',
    amounts: claimedAmounts(plan),
    amountsNote:
      'Outre les intérêts de retard postérieurs jusqu’au complet paiement et les dépens, dont les ' +
      'frais de la présente procédure.',
    basis: basisParagraphs(plan, pieces),
    pieces: pieces.map(bordereauLine),
    closing:
      'PAR CES MOTIFS, le requérant prie le juge de bien vouloir rendre une ordonnance portant ' +
      'injonction de payer les sommes ci-dessus.',
    placeAndDate: `Fait à ${creditor.city || '…'}, le ${formatLongDateFr(plan.date)}`,
    signature: [creditor.signatoryName, creditor.signatoryTitle].filter(Boolean),
  };
}
