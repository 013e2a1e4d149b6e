/**
 * Builds what a letter says from a template and the ledger: the décompte at the letter's date,
 * the template rendered with the debtor's figures, split into paragraphs and blocks (tables, bank
 * details). Pure: the same input always gives the same letter.
 */
import { type ClaimPolicy, computeClaim, type SentLetter } from '../claim';
import type { Creditor } from '../creditor';
import type { Contact, Debtor, Invoice, IsoDate, Payment, SendMethod } from '../model';
import { deName } from './french';
import type { PlannedInstallment } from './installments';
import { itemRows } from './items';
import { blockFor, EMPTY_VALUE, splitBlocks } from './letterBlocks';
import type { LetterContent } from './letterContent';
import { buildLetterView, PLACEHOLDERS, typeset } from './letterView';
import { parseTemplate, renderParsed, type ViewObject } from './templateEngine';
import type { LetterTemplate } from './templates';

export interface LetterInput {
  template: LetterTemplate;
  creditor: Creditor;
  debtor: Debtor;
  /** The items the letter concerns (invoices, credit notes, unapplied payments). */
  items: readonly Invoice[];
  /** Date of the letter, which is also the date the décompte is drawn up at. */
  date: IsoDate;
  sendMethod: SendMethod;
  trackingNumber?: string;
  /** The debtor's dated payments and the letters already sent: the claim reads them. */
  payments: readonly Payment[];
  letters: readonly SentLetter[];
  policy: ClaimPolicy;
  installments?: readonly PlannedInstallment[];
  promise?: PlannedInstallment;
}

export type LetterResult = { ok: true; letter: LetterContent } | { ok: false; errors: string[] };

const CONTACT_PRIORITY: readonly Contact['role'][] = [
  'comptabilite-fournisseurs',
  'daf',
  'dirigeant',
];

/** Who the letter is addressed to at the debtor: the accounts-payable contact first. */
export function billingContact(debtor: Debtor): Contact | undefined {
  for (const role of CONTACT_PRIORITY) {
    const contact = debtor.contacts.find((c) => c.role === role);
    if (contact) return contact;
  }
  return debtor.contacts[0];
}

/** « C00123-MED-20261123 »: the account, the kind of letter and its date. */
export function paymentReference(debtor: Debtor, template: LetterTemplate, date: IsoDate): string {
  return `${debtor.accountNo}-${template.code}-${date.replaceAll('-', '')}`;
}

function serviceLine(sendMethod: SendMethod, trackingNumber?: string, email?: string) {
  if (sendMethod === 'lrar') {
    return `Lettre recommandée avec AR${trackingNumber ? ` n° ${trackingNumber}` : ''}`;
  }
  if (sendMethod === 'email') return email ? `Par courriel : ${email}` : 'Par courriel';
  return undefined;
}

function letterWarnings(input: LetterInput, emptyValues: ReadonlySet<string>): string[] {
  // Provisional rates are not among these: the screens read `unconfirmedRates`.
  const warnings: string[] = [];
  const { creditor } = input;
  if (input.template.body.includes('{{coordonnees_bancaires}}') && !creditor.iban.trim()) {
    warnings.push(
      'IBAN du créancier manquant : le courrier est imprimé sans coordonnées bancaires. Complétez Paramètres › Créancier.',
    );
  }
  if (emptyValues.size > 0) {
    const names = [...emptyValues].map(
      (name) => PLACEHOLDERS.find((p) => p.name === name)?.description ?? `{{${name}}}`,
    );
    warnings.push(`Phrase du modèle omise, faute de valeur pour : ${names.join(', ')}.`);
  }
  if (!creditor.name || creditor.addressLines.length === 0) {
    warnings.push(
      'Identité ou adresse du créancier incomplète : complétez Paramètres › Créancier.',
    );
  }
  if (input.debtor.addressLines.length === 0 && input.sendMethod !== 'email') {
    warnings.push('Adresse postale du débiteur manquante.');
  }
  if (input.items.length === 0) warnings.push('Aucune pièce sélectionnée.');
  return warnings;
}

export function buildLetter(input: LetterInput): LetterResult {
  const { template, creditor, debtor, date } = input;
  const computed = computeClaim({
    debtor,
    items: input.items,
    payments: input.payments,
    letters: input.letters,
    asOf: date,
    policy: input.policy,
  });
  if (!computed.ok) return computed;
  const { decompte, reminders } = computed.claim;
  const body = parseTemplate(template.body);
  const subject = parseTemplate(template.subject);
  if (!body.ok || !subject.ok) {
    return {
      ok: false,
      errors: [...(body.ok ? [] : body.errors), ...(subject.ok ? [] : subject.errors)],
    };
  }
  const contact = billingContact(debtor);
  const reference = paymentReference(debtor, template, date);
  const rows = itemRows(input.items, date);
  const viewInput = {
    creditor,
    debtor,
    ...(contact ? { contact } : {}),
    date,
    subject: '',
    paymentReference: reference,
    deadlineDays: template.deadlineDays,
    rows,
    decompte,
    reminders,
    installments: input.installments ?? [],
    ...(input.promise ? { promise: input.promise } : {}),
  };
  const subjectText = typeset(renderParsed(subject.tokens, buildLetterView(viewInput)).trim());
  const view: ViewObject = buildLetterView({ ...viewInput, subject: subjectText });
  // A value left empty takes its sentence with it, rather than print a blank.
  const emptyValues = new Set<string>();
  const text = renderParsed(body.tokens, view, (name) => {
    emptyValues.add(name);
    return EMPTY_VALUE;
  });
  const blocks = splitBlocks(text, (name) => blockFor(name, input, rows, decompte, reference));
  const line = serviceLine(input.sendMethod, input.trackingNumber, contact?.email);
  const totals = decompte.totals;
  return {
    ok: true,
    letter: {
      templateId: template.id,
      templateName: template.name,
      debtorId: debtor.id,
      invoiceIds: input.items.map((item) => item.id),
      date,
      place: creditor.city,
      subject: subjectText,
      sendMethod: input.sendMethod,
      ...(line ? { serviceLine: line } : {}),
      creditor,
      recipient: {
        name: debtor.name,
        ...(contact ? { attention: `À l’attention ${deName(contact.name)}` } : {}),
        addressLines: debtor.addressLines,
        ...(debtor.postalCode ? { postalCode: debtor.postalCode } : {}),
        ...(debtor.city ? { city: debtor.city } : {}),
        ...(debtor.country ? { country: debtor.country } : {}),
      },
      ...(contact?.email ? { recipientEmail: contact.email } : {}),
      references: [
        { label: 'Votre compte client', value: debtor.accountNo },
        { label: 'Notre référence', value: reference },
        ...(creditor.signatoryName
          ? [{ label: 'Dossier suivi par', value: creditor.signatoryName }]
          : []),
        ...(creditor.phone ? [{ label: 'Téléphone', value: creditor.phone }] : []),
        ...(creditor.email ? [{ label: 'Courriel', value: creditor.email }] : []),
      ],
      blocks,
      signature: {
        onBehalfOf: creditor.name ? `Pour ${creditor.name}` : '',
        name: creditor.signatoryName,
        title: creditor.signatoryTitle,
      },
      paymentReference: reference,
      deadlineDays: template.deadlineDays,
      amounts: {
        principalCents: totals.outstandingPrincipalCents,
        interestCents: totals.interestDueCents,
        indemnitiesCents: totals.indemnitiesCents,
        creditsCents: totals.creditsCents,
        totalCents: totals.totalDueCents,
        ...(decompte.currency && decompte.currency !== 'EUR'
          ? { currency: decompte.currency }
          : {}),
      },
      warnings: letterWarnings(input, emptyValues),
      unconfirmedRates: decompte.unconfirmedRates,
    },
  };
}
