/**
 * The requête en injonction de payer, as a draft to review and sign (not a filled Cerfa): the
 * mentions of CPC art. 1407 — the parties, the exact amount with the décompte of its elements,
 * the basis of the claim, and the bordereau of the pieces attached.
 */
import { type Claim, NOTICE_TEMPLATE_ID } from '../claim';
import { formatDateFr, formatLongDateFr } from '../dates';
import type { InvoiceDecompte } from '../decompte';
import { joinFr } from '../letters/french';
import { SEND_METHOD_PHRASES } from '../letters/templates';
import type { Cents, DocumentKind } from '../model';
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
  const t = plan.claim.decompte.totals;
  const lines: AmountLine[] = [
    { label: 'Principal restant dû', cents: t.outstandingPrincipalCents },
    {
      label: `Intérêts de retard arrêtés au ${formatDateFr(plan.claim.asOf)}`,
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

/** « (pièce n° 3) », « (pièces n° 3, 4 et 7) », or '' when no piece matches. */
function refsOf(pieces: readonly BordereauEntry[]): string {
  const numbers = pieces.map((p) => String(p.number));
  if (numbers.length === 0) return '';
  return ` (pièce${numbers.length > 1 ? 's' : ''} n° ${joinFr(numbers)})`;
}

/** Pieces of these kinds that prove one of the invoices, or the debtor as a whole. */
function piecesAbout(
  pieces: readonly BordereauEntry[],
  kinds: readonly DocumentKind[],
  invoiceIds: ReadonlySet<string>,
): BordereauEntry[] {
  return pieces.filter(
    (p) =>
      kinds.includes(p.kind) &&
      (!p.invoiceIds || p.invoiceIds.length === 0 || p.invoiceIds.some((id) => invoiceIds.has(id))),
  );
}

/** The invoice pieces that prove exactly this invoice (never another invoice's copy). */
function invoicePieces(pieces: readonly BordereauEntry[], invoiceId: string): BordereauEntry[] {
  return pieces.filter((p) => p.kind === 'facture' && p.invoiceIds?.includes(invoiceId));
}

/** Up to five invoices are named; beyond, the décompte lists them and the text counts them. */
const MAX_NAMED_INVOICES = 5;

function invoicesPhrase(
  invoices: readonly InvoiceDecompte[],
  pieces: readonly BordereauEntry[],
): string {
  if (invoices.length > MAX_NAMED_INVOICES) {
    const due = invoices.map((i) => i.dueDate).sort();
    const proofs = invoices.flatMap((i) => invoicePieces(pieces, i.invoiceId));
    return (
      `les ${invoices.length} factures énumérées au décompte joint, échues du ` +
      `${formatDateFr(due[0])} au ${formatDateFr(due.at(-1))}${refsOf([...new Set(proofs)])}`
    );
  }
  const named = invoices.map(
    (i) =>
      `n° ${i.number}${i.issueDate ? ` du ${formatDateFr(i.issueDate)}` : ''}, échue le ` +
      `${formatDateFr(i.dueDate)}${refsOf(invoicePieces(pieces, i.invoiceId))}`,
  );
  return `${named.length > 1 ? 'les factures' : 'la facture'} ${joinFr(named)}`;
}

function letterPieces(pieces: readonly BordereauEntry[], letterIds: readonly string[]) {
  return pieces.filter((p) => p.letterId !== undefined && letterIds.includes(p.letterId));
}

/**
 * What was done to obtain payment, as the ledger recorded it: the reminders and the mise en
 * demeure are cited only if they were sent, with their dates, method and registered-mail number.
 */
export function unpaidSentence(claim: Claim, pieces: readonly BordereauEntry[]): string {
  const head = 'Ces sommes, certaines, liquides et exigibles, sont demeurées impayées';
  const { notice } = claim;
  const reminders = claim.reminders.filter((r) => r.templateId !== NOTICE_TEMPLATE_ID);
  const steps: string[] = [];
  if (reminders.length > 0) {
    const dates = joinFr(
      reminders.map((r) => `du ${formatDateFr(r.date)} (${SEND_METHOD_PHRASES[r.sendMethod]})`),
    );
    const refs = refsOf(
      letterPieces(
        pieces,
        reminders.map((r) => r.letterId),
      ),
    );
    steps.push(`${reminders.length > 1 ? 'les relances' : 'la relance'} ${dates}${refs}`);
  }
  if (notice) {
    const tracking = notice.trackingNumber ? ` n° ${notice.trackingNumber}` : '';
    const refs = refsOf(letterPieces(pieces, [notice.letterId]));
    const expired = notice.deadlinePassed
      ? `, dont le délai a expiré le ${formatDateFr(notice.deadline)}`
      : '';
    steps.push(
      `la mise en demeure du ${formatDateFr(notice.date)} ` +
        `(${SEND_METHOD_PHRASES[notice.sendMethod]}${tracking})${refs}${expired}`,
    );
  }
  if (steps.length === 0) return `${head} à ce jour.`;
  return `${head} malgré ${joinFr(steps)}.`;
}

function interestSentence(claim: Claim): string {
  const { decompte, notice } = claim;
  if (claim.consumer) {
    return notice
      ? `Les intérêts au ${decompte.basisLabel} courent à compter du lendemain de la mise en ` +
          `demeure du ${formatDateFr(notice.date)}, selon le décompte joint (C. civ. 1231-6).`
      : 'Aucune mise en demeure n’ayant été adressée, aucun intérêt n’est réclamé à ce jour ' +
          '(C. civ. 1231-6).';
  }
  return (
    `Les intérêts de retard courent de plein droit au ${decompte.basisLabel}, selon le décompte ` +
    'joint, sans qu’un rappel soit nécessaire (C. com. L441-10).'
  );
}

function basisParagraphs(plan: DossierPlan, pieces: readonly BordereauEntry[]): string[] {
  const { creditor, debtor, claim } = plan;
  const { decompte } = claim;
  const claimed = new Set(decompte.invoices.map((i) => i.invoiceId));
  const agreement = refsOf(piecesAbout(pieces, ['contrat', 'cgv', 'bon-de-commande'], claimed));
  const delivery = refsOf(piecesAbout(pieces, ['bon-de-livraison'], claimed));
  const paragraphs = [
    `${creditor.name} a fourni à ${debtor.name} les marchandises et prestations ` +
      `commandées${agreement}, livrées${delivery}, et facturées selon ` +
      `${invoicesPhrase(decompte.invoices, pieces)}.`,
    unpaidSentence(claim, pieces),
    interestSentence(claim),
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
    applicant: creditorParty(creditor),
    representative,
    respondent: debtorParty(plan.debtor),
    request:
      'Le requérant a l’honneur de solliciter une ordonnance enjoignant au débiteur de lui payer ' +
      'la somme ci-dessous, dont le décompte détaillé est joint :',
    amounts: claimedAmounts(plan),
    amountsNote:
      'Outre les intérêts de retard postérieurs jusqu’au complet paiement et les dépens, dont les ' +
      'frais de la présente procédure.',
    basis: basisParagraphs(plan, pieces),
    pieces: pieces.map(bordereauLine),
    closing:
      'PAR CES MOTIFS, le requérant prie le juge de bien vouloir rendre une ordonnance portant ' +
      'injonction de payer les sommes ci-dessus.',
    // No place rather than a placeholder when the creditor's city is not recorded.
    placeAndDate: `Fait ${creditor.city ? `à ${creditor.city}, ` : ''}le ${formatLongDateFr(plan.date)}`,
    signature: [creditor.signatoryName, creditor.signatoryTitle].filter(Boolean),
  };
}
