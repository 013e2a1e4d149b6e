/**
 * What the demo's PDFs say: the copy kept of each letter it records as sent, and the pieces of
 * its court cases (contract, invoices, delivery notes, the registered letter's receipt, the
 * court order). One page each, in French, marked as demonstration documents.
 */
import { formatDateFr } from '../domain/dates';
import type { Cents, Debtor, Invoice, IsoDate, LetterAmounts, SendMethod } from '../domain/model';
import { cents, formatEuros, subtractCents } from '../domain/money';
import { demoPdf, type PdfLine } from './demoPdf';

/** Printed when the user has not entered the creditor's identity before loading the demo. */
export const DEMO_CREDITOR_NAME = 'Votre entreprise';
const DEMO_MARK = 'Document de démonstration généré par Recouvra — sans valeur juridique.';

function addressBlock(debtor: Debtor): PdfLine[] {
  return [
    { text: debtor.name, bold: true },
    ...debtor.addressLines.map((text) => ({ text })),
    { text: `${debtor.postalCode ?? ''} ${debtor.city ?? ''}`.trim() },
  ];
}

function itemLines(items: readonly Invoice[]): PdfLine[] {
  return items.map((item) => ({
    text: `Facture ${item.number} du ${formatDateFr(item.issueDate)}, échue le ${formatDateFr(item.dueDate)} : ${formatEuros(item.openCents)}`,
  }));
}

const SEND_LINES: Record<SendMethod, string> = {
  email: 'Envoi par courriel',
  'courrier-simple': 'Envoi par courrier simple',
  lrar: 'Lettre recommandée avec accusé de réception',
};

/** Opening paragraph per template (the rest of the letter is the items and the amounts). */
const LETTER_BODIES: Record<string, string> = {
  'relance-1':
    'Sauf erreur ou omission de notre part, les factures ci-dessous restent impayées à leur échéance. Nous vous remercions de bien vouloir procéder à leur règlement dans les meilleurs délais.',
  'relance-2':
    'Malgré notre précédent rappel, les factures ci-dessous demeurent impayées. Nous vous prions de régulariser votre situation sous huitaine.',
  'mise-en-demeure':
    'Par la présente, nous vous mettons en demeure de nous régler, dans un délai de huit jours à compter de sa réception, les sommes ci-dessous, majorées des intérêts de retard et de l’indemnité forfaitaire pour frais de recouvrement (C. com. L441-10).',
  'dernier-avis':
    'Faute de règlement sous huitaine, nous saisirons la juridiction compétente sans autre avis.',
  'proposition-echeancier':
    'Afin de vous permettre de régulariser votre situation, nous pouvons vous proposer un échéancier de paiement. Merci de nous contacter sous quinze jours ; à défaut, nous engagerons une procédure de recouvrement judiciaire.',
  'confirmation-echeancier':
    'Nous vous confirmons l’échéancier convenu lors de notre entretien téléphonique. Tout retard sur une échéance rendra l’intégralité des sommes exigible.',
  'confirmation-promesse':
    'Nous vous confirmons votre engagement de règlement pris lors de notre entretien téléphonique.',
};

export interface LetterCopy {
  templateId: string;
  templateName: string;
  subject: string;
  date: IsoDate;
  sendMethod: SendMethod;
  trackingNumber?: string;
  debtor: Debtor;
  items: readonly Invoice[];
  amounts?: LetterAmounts;
  creditorName: string;
}

/** The copy kept of a letter as sent. */
export function letterPdf(letter: LetterCopy): Uint8Array {
  const amounts = letter.amounts;
  const lines: PdfLine[] = [
    { text: letter.creditorName, bold: true, size: 12 },
    { text: DEMO_MARK, size: 8 },
    ...addressBlock(letter.debtor).map((line, i) => (i === 0 ? { ...line, gapBefore: 24 } : line)),
    { text: `Le ${formatDateFr(letter.date)}`, gapBefore: 18 },
    {
      text: `${SEND_LINES[letter.sendMethod]}${letter.trackingNumber ? ` n° ${letter.trackingNumber}` : ''}`,
    },
    { text: `Objet : ${letter.subject}`, bold: true, gapBefore: 12 },
    { text: 'Madame, Monsieur,', gapBefore: 12 },
    { text: LETTER_BODIES[letter.templateId] ?? letter.templateName, gapBefore: 6 },
    ...itemLines(letter.items).map((line, i) => (i === 0 ? { ...line, gapBefore: 10 } : line)),
  ];
  if (amounts) {
    lines.push(
      { text: `Principal : ${formatEuros(amounts.principalCents)}`, gapBefore: 10 },
      { text: `Intérêts de retard : ${formatEuros(amounts.interestCents)}` },
      { text: `Indemnités forfaitaires : ${formatEuros(amounts.indemnitiesCents)}` },
      { text: `Total dû : ${formatEuros(amounts.totalCents)}`, bold: true },
    );
  }
  lines.push(
    { text: 'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.', gapBefore: 14 },
    { text: 'Le service recouvrement', gapBefore: 10 },
  );
  return demoPdf({ title: `${letter.templateName} — ${letter.debtor.name}`, lines });
}

export interface PieceContext {
  debtor: Debtor;
  creditorName: string;
}

export function invoicePdf(ctx: PieceContext, item: Invoice): Uint8Array {
  const net = cents(Math.round(item.amountCents / 1.2));
  return demoPdf({
    title: `Facture ${item.number}`,
    lines: [
      { text: ctx.creditorName, bold: true, size: 12 },
      { text: DEMO_MARK, size: 8 },
      { text: `FACTURE ${item.number}`, bold: true, size: 14, gapBefore: 20 },
      { text: `Date : ${formatDateFr(item.issueDate)} — échéance : ${formatDateFr(item.dueDate)}` },
      ...(item.poNumber ? [{ text: `Votre commande : ${item.poNumber}` }] : []),
      ...(item.contractRef ? [{ text: `Contrat : ${item.contractRef}` }] : []),
      ...addressBlock(ctx.debtor).map((line, i) => (i === 0 ? { ...line, gapBefore: 16 } : line)),
      { text: 'Fournitures et prestations livrées selon bon de livraison', gapBefore: 16 },
      { text: `Total HT : ${formatEuros(net)}`, gapBefore: 10 },
      { text: `TVA 20 % : ${formatEuros(subtractCents(item.amountCents, net))}` },
      { text: `Total TTC : ${formatEuros(item.amountCents)}`, bold: true },
      {
        text: 'Pénalités de retard : taux BCE majoré de 10 points ; indemnité forfaitaire pour frais de recouvrement : 40 € (C. com. L441-10).',
        size: 8,
        gapBefore: 16,
      },
    ],
  });
}

export function deliveryNotePdf(
  ctx: PieceContext,
  item: Invoice,
  reference: string,
  date: IsoDate,
): Uint8Array {
  return demoPdf({
    title: `Bon de livraison ${reference}`,
    lines: [
      { text: ctx.creditorName, bold: true, size: 12 },
      { text: DEMO_MARK, size: 8 },
      { text: `BON DE LIVRAISON ${reference}`, bold: true, size: 14, gapBefore: 20 },
      { text: `Livré le ${formatDateFr(date)} — facturé par ${item.number}` },
      ...(item.poNumber ? [{ text: `Commande client : ${item.poNumber}` }] : []),
      ...addressBlock(ctx.debtor).map((line, i) => (i === 0 ? { ...line, gapBefore: 16 } : line)),
      { text: 'Marchandise reçue en bon état et conforme à la commande.', gapBefore: 16 },
      { text: 'Signature et cachet du client : reçu, signé', bold: true, gapBefore: 10 },
    ],
  });
}

export function contractPdf(ctx: PieceContext, reference: string, date: IsoDate): Uint8Array {
  return demoPdf({
    title: `Contrat cadre ${reference}`,
    lines: [
      { text: ctx.creditorName, bold: true, size: 12 },
      { text: DEMO_MARK, size: 8 },
      { text: 'CONTRAT CADRE DE FOURNITURE', bold: true, size: 14, gapBefore: 20 },
      { text: `Référence ${reference}, signé le ${formatDateFr(date)}` },
      { text: `Entre ${ctx.creditorName}, le fournisseur,`, gapBefore: 12 },
      { text: `et ${ctx.debtor.name}, le client.` },
      {
        text: 'Article 5 — Paiement : les factures sont payables à l’échéance indiquée. Tout retard entraîne de plein droit des pénalités au taux BCE majoré de 10 points et une indemnité forfaitaire de 40 € (C. com. L441-10).',
        gapBefore: 12,
      },
      {
        text: 'Article 9 — Conditions générales de vente : le client déclare les avoir reçues et acceptées.',
        gapBefore: 6,
      },
      { text: 'Signé par les deux parties.', bold: true, gapBefore: 16 },
    ],
  });
}

export function receiptPdf(
  ctx: PieceContext,
  trackingNumber: string,
  sentOn: IsoDate,
  deliveredOn: IsoDate,
): Uint8Array {
  return demoPdf({
    title: `Avis de réception ${trackingNumber}`,
    lines: [
      { text: 'AVIS DE RÉCEPTION', bold: true, size: 14 },
      { text: DEMO_MARK, size: 8 },
      { text: `Lettre recommandée n° ${trackingNumber}`, gapBefore: 16 },
      { text: `Déposée le ${formatDateFr(sentOn)}, expéditeur : ${ctx.creditorName}` },
      { text: 'Destinataire :', gapBefore: 10 },
      ...addressBlock(ctx.debtor),
      {
        text: `Présentée et distribuée le ${formatDateFr(deliveredOn)}`,
        bold: true,
        gapBefore: 12,
      },
      { text: 'Signature du destinataire : signé', gapBefore: 6 },
    ],
  });
}

export function courtOrderPdf(
  ctx: PieceContext,
  court: string,
  date: IsoDate,
  totalCents: Cents,
): Uint8Array {
  return demoPdf({
    title: `Ordonnance d’injonction de payer — ${ctx.debtor.name}`,
    lines: [
      { text: court, bold: true, size: 12 },
      { text: DEMO_MARK, size: 8 },
      { text: 'ORDONNANCE D’INJONCTION DE PAYER', bold: true, size: 14, gapBefore: 20 },
      { text: `Rendue le ${formatDateFr(date)}`, gapBefore: 6 },
      { text: `À la requête de ${ctx.creditorName}`, gapBefore: 12 },
      {
        text: `Enjoignons à ${ctx.debtor.name} de payer la somme en principal de ${formatEuros(totalCents)}, avec intérêts au taux contractuel, et les dépens.`,
      },
      {
        text: 'Le débiteur peut former opposition dans le mois suivant la signification de la présente ordonnance.',
        gapBefore: 6,
      },
    ],
  });
}
