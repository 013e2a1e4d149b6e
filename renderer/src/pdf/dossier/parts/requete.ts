/** The requête en injonction de payer, a draft laid out as the court reads it. */
import type { RequeteContent } from '../../../domain/dossier';
import { formatEuros } from '../../../domain/money';
import { mm, WINDOW_INDENT } from '../../base/geometry';
import { COLORS, FONT_SIZES, pdfColor } from '../../base/palette';
import type { Flow } from '../../draw';
import { drawParties } from './parties';
import { STYLES, sectionTitle } from './sheet';

function drawDraftNotice(flow: Flow, notice: string): void {
  const padding = mm(2);
  const width = flow.width - 2 * padding;
  const lines = flow.wrap(notice, width, STYLES.warning);
  const lineHeight = flow.lineHeight(STYLES.warning);
  const height = lines.length * lineHeight + 2 * padding;
  flow.keep(height);
  flow.box(flow.left, flow.y, flow.width, height, {
    border: pdfColor('#b45309'),
    borderWidth: 0.75,
  });
  lines.forEach((line, i) => {
    flow.drawText(line, flow.left + padding, flow.y + padding + i * lineHeight, STYLES.warning);
  });
  flow.y += height + mm(5);
}

/** The amounts claimed, indented, the total in bold under a rule. */
function drawAmounts(flow: Flow, amounts: RequeteContent['amounts']): void {
  const indent = mm(10);
  const width = flow.width - 2 * indent;
  const amountWidth = mm(35);
  for (const line of amounts) {
    const style = line.emphasis ? STYLES.bold : STYLES.body;
    const height = flow.lineHeight(style) + 3;
    flow.keep(height);
    const x = flow.left + indent;
    if (line.emphasis) flow.rule(x, flow.y, width, pdfColor(COLORS.accent), 0.75);
    flow.drawAligned(line.label, x, flow.y + 1.5, width - amountWidth, style);
    flow.drawAligned(formatEuros(line.cents), x + width - amountWidth, flow.y + 1.5, amountWidth, {
      ...style,
      align: 'right',
    });
    flow.y += height;
  }
  flow.space(mm(2));
}

/** Height of the signature block: place and date, signatory, room to sign, « (signature) ». */
function signatureHeight(flow: Flow, content: RequeteContent): number {
  const lines = [content.placeAndDate, ...content.signature];
  return mm(4) + (lines.length + 1) * flow.lineHeight(STYLES.body) + mm(14);
}

/** Place, date and signatory, aligned on the address window as in the letters. */
function drawSignature(flow: Flow, content: RequeteContent): void {
  const lineHeight = flow.lineHeight(STYLES.body);
  const lines = [content.placeAndDate, ...content.signature];
  flow.keep(signatureHeight(flow, content));
  flow.space(mm(4));
  const x = flow.left + WINDOW_INDENT;
  const width = flow.width - WINDOW_INDENT;
  for (const line of lines) flow.paragraph(line, { ...STYLES.body, indent: WINDOW_INDENT, width });
  flow.space(mm(14));
  flow.drawText('(signature)', x, flow.y, STYLES.muted);
  flow.y += lineHeight;
}

export function drawRequete(flow: Flow, content: RequeteContent): void {
  drawDraftNotice(flow, content.draftNotice);
  flow.paragraph(content.addressee, {
    ...STYLES.bold,
    spaceAfter: content.addresseeAddress.length > 0 ? 0 : mm(5),
  });
  content.addresseeAddress.forEach((line, i, lines) => {
    flow.paragraph(line, { ...STYLES.body, spaceAfter: i === lines.length - 1 ? mm(5) : 0 });
  });
  flow.paragraph(content.title.toLocaleUpperCase('fr-FR'), {
    size: 16,
    lineHeight: 1.3,
    bold: true,
    color: pdfColor(COLORS.accent),
    align: 'center',
  });
  flow.paragraph(content.legalBasis, { ...STYLES.muted, align: 'center', spaceAfter: mm(5) });
  drawParties(flow, [
    { heading: 'Requérant', party: content.applicant, extra: content.representative },
    { heading: 'Débiteur', party: content.respondent },
  ]);
  flow.space(mm(3));
  sectionTitle(flow, 'Objet de la demande');
  flow.paragraph(content.request, STYLES.paragraph);
  drawAmounts(flow, content.amounts);
  flow.paragraph(content.amountsNote, { ...STYLES.paragraph, ...STYLES.note });
  sectionTitle(flow, 'Fondement de la créance');
  for (const paragraph of content.basis) flow.paragraph(paragraph, STYLES.paragraph);
  sectionTitle(flow, 'Pièces produites');
  for (const line of content.pieces) {
    flow.paragraph(line, { ...STYLES.body, size: FONT_SIZES.note + 0.5, spaceAfter: 1.5 });
  }
  flow.space(mm(4));
  // The closing paragraph (« PAR CES MOTIFS… ») and the signature stay on one sheet.
  const closingHeight =
    flow.wrap(content.closing, flow.width, STYLES.paragraph).length *
      flow.lineHeight(STYLES.paragraph) +
    STYLES.paragraph.spaceAfter;
  flow.keep(closingHeight + signatureHeight(flow, content));
  flow.paragraph(content.closing, STYLES.paragraph);
  drawSignature(flow, content);
}
