/** The requête en injonction de payer, a draft laid out as the court reads it. */
import type { RequeteContent } from '../../../domain/dossier';
import { formatEuros } from '../../../domain/money';
import { mm, WINDOW_INDENT } from '../../base/geometry';
import { COLORS, FONT_SIZES, pdfColor } from '../../base/palette';
import type { Flow } from '../../draw';
import { drawParties } from './parties';
import { STYLES, sectionTitle } from './sheet';

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

/** Height of the signature block: place and date, signatory, room to sign. */
function signatureHeight(flow: Flow, content: RequeteContent): number {
  const lines = [content.placeAndDate, ...content.signature];
  return mm(4) + (lines.length + 1) * flow.lineHeight(STYLES.body) + mm(14);
}

/** Place, date and signatory, aligned on the address window as in the letters. */
function drawSignature(flow: Flow, content: RequeteContent): void {
  const lines = [content.placeAndDate, ...content.signature];
  flow.keep(signatureHeight(flow, content));
  flow.space(mm(4));
  const width = flow.width - WINDOW_INDENT;
  for (const line of lines) flow.paragraph(line, { ...STYLES.body, indent: WINDOW_INDENT, width });
  // Room for the signatory's hand: the sheet states nothing that was not recorded.
  flow.space(mm(14) + flow.lineHeight(STYLES.body));
}

export function drawRequete(flow: Flow, content: RequeteContent): void {
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
  const pieceStyle = { ...STYLES.body, size: FONT_SIZES.note + 0.5, spaceAfter: 1.5 };
  const pieceHeight = (line: string) =>
    flow.wrap(line, flow.width, pieceStyle).length * flow.lineHeight(pieceStyle) +
    pieceStyle.spaceAfter;
  content.pieces.forEach((line, i, all) => {
    // No last line alone at the top of a sheet: the last two pieces turn the page together.
    if (i === all.length - 2) flow.keep(all.slice(i).reduce((h, l) => h + pieceHeight(l), 0));
    flow.paragraph(line, pieceStyle);
  });
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
