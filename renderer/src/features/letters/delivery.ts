/**
 * Sending a letter: save its PDF, print it, or open an e-mail draft carrying it in the mail
 * client (downloaded in the browser), through the platform bridge; then record it (exact bytes, timeline, audit). A letter is recorded once,
 * however many times its same bytes are saved or printed.
 */

import { letterSourcesRepo } from '../../data/repositories/letterSources';
import { type LetterToRecord, lettersRepo } from '../../data/repositories/letters';
import { EMAIL_BODY_TEMPLATE } from '../../data/shippedTemplates';
import type { LetterContent } from '../../domain/letters';
import { emailBody } from '../../domain/letters/emailBody';
import type { Letter } from '../../domain/model';
import { type EmailDraftResult, platform } from '../../platform';
import { buildEml } from './email/buildEml';
import { letterFileName } from './fileNames';

export type DeliveryKind = 'save' | 'print' | 'email';

export const PDF_FILTERS = [{ name: 'Document PDF', extensions: ['pdf'] }];

export function toRecord(letter: LetterContent, pdf: Uint8Array): LetterToRecord {
  return {
    templateId: letter.templateId,
    templateName: letter.templateName,
    subject: letter.subject,
    debtorId: letter.debtorId,
    invoiceIds: letter.invoiceIds,
    date: letter.date,
    sendMethod: letter.sendMethod,
    ...(letter.serviceLine && letter.sendMethod === 'lrar'
      ? { trackingNumber: trackingOf(letter) }
      : {}),
    amounts: letter.amounts,
    deadlineDays: letter.deadlineDays,
    creditor: letter.creditor,
    pdf,
  };
}

/** The LRAR number printed in the service line, if any. */
function trackingOf(letter: LetterContent): string {
  return /n° (.+)$/.exec(letter.serviceLine ?? '')?.[1] ?? '';
}

/** The .eml draft: the letter attached, plus the invoices' PDFs when they are on file. */
export async function emailDraft(letter: LetterContent, pdf: Uint8Array): Promise<Uint8Array> {
  if (!letter.recipientEmail) {
    throw new Error('Aucune adresse électronique pour ce débiteur : ajoutez-la à un contact.');
  }
  const invoices = await letterSourcesRepo.invoiceDocuments(letter.invoiceIds);
  const eml = buildEml({
    from: { name: letter.creditor.name, email: letter.creditor.email || 'recouvrement@invalid' },
    to: [{ email: letter.recipientEmail }],
    subject: letter.subject,
    text: emailBody(letter, EMAIL_BODY_TEMPLATE),
    date: new Date(),
    attachments: [
      { fileName: letterFileName(letter), mime: 'application/pdf', bytes: pdf },
      ...invoices,
    ],
  });
  return new TextEncoder().encode(eml);
}

export interface DeliveryResult {
  /** False when the user cancelled the save dialog: nothing was recorded. */
  delivered: boolean;
  fileName?: string;
  /** For an e-mail: whether the mail client opened the draft, and why not (French) otherwise. */
  draft?: EmailDraftResult;
  recorded?: Letter;
}

/**
 * Delivers and records. `alreadyRecorded` is the letter recorded for these same bytes, if any:
 * saving then printing the same PDF keeps one record.
 */
export async function deliverLetter(
  kind: DeliveryKind,
  letter: LetterContent,
  pdf: Uint8Array,
  alreadyRecorded?: Letter,
): Promise<DeliveryResult> {
  let fileName: string | undefined;
  let draft: EmailDraftResult | undefined;
  const toKeep = toRecord(letter, pdf);
  // Refused before anything leaves the app: a letter sent is a letter recorded.
  if (!alreadyRecorded) lettersRepo.assertRecordable([toKeep]);
  if (kind === 'print') {
    await platform.printPdf(pdf);
  } else if (kind === 'email') {
    // No dialog to cancel: once the draft is handed over (opened or downloaded), it is sent.
    draft = await platform.openEmailDraft({
      fileName: letterFileName(letter, 'eml'),
      data: await emailDraft(letter, pdf),
    });
  } else {
    const suggestedName = letterFileName(letter, 'pdf');
    const result = await platform.saveFile({ suggestedName, data: pdf, filters: PDF_FILTERS });
    if (!result.saved) return { delivered: false };
    fileName = result.fileName ?? suggestedName;
  }
  const recorded = alreadyRecorded ?? (await lettersRepo.record([toKeep]))[0];
  return {
    delivered: true,
    ...(fileName ? { fileName } : {}),
    ...(draft ? { draft } : {}),
    ...(recorded ? { recorded } : {}),
  };
}
