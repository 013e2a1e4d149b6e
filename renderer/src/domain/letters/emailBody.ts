/**
 * The text of the e-mail that carries a letter as a PDF attachment, from the courriel template
 * (resources/templates/courriel.md) and what the letter says.
 */
import { formatLongDateFr } from '../dates';
import { formatEuros } from '../money';
import type { LetterContent } from './letterContent';
import { parseTemplate, renderParsed } from './templateEngine';

/** `template`: the text of the courriel template, read by the data layer (data/shippedTemplates). */
export function emailBody(letter: LetterContent, template: string): string {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(parsed.errors.join(' ; '));
  const { creditor } = letter;
  return renderParsed(parsed.tokens, {
    appel: 'Madame, Monsieur',
    date: formatLongDateFr(letter.date),
    objet: letter.subject,
    reference: letter.paymentReference,
    total: { du: formatEuros(letter.amounts.totalCents) },
    creancier: { nom: creditor.name, telephone: creditor.phone, email: creditor.email },
    signataire: { nom: creditor.signatoryName, fonction: creditor.signatoryTitle },
  })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
