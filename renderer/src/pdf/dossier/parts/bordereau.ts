/**
 * The numbered list of pieces with their page counts, each with its file and the start of its
 * SHA-256. Where each piece sits in the dossier is stamped on its pages and bookmarked.
 */
import { type BordereauEntry, bordereauLine, type DossierPlan } from '../../../domain/dossier';
import { mm } from '../../base/geometry';
import { COLORS, FONT_SIZES, pdfColor } from '../../base/palette';
import type { Flow } from '../../draw';
import { STYLES, sectionTitle } from './sheet';

const FILE_STYLE = { size: FONT_SIZES.small, color: pdfColor(COLORS.muted) };
const PADDING = 3;

function drawEntry(flow: Flow, piece: BordereauEntry): void {
  const lines = [
    ...flow.wrap(bordereauLine(piece), flow.width, STYLES.body).map((text) => ({
      text,
      style: STYLES.body,
    })),
    ...flow
      .wrap(
        `Fichier ${piece.fileName} — SHA-256 ${piece.sha256.slice(0, 16)}…`,
        flow.width,
        FILE_STYLE,
      )
      .map((text) => ({ text, style: FILE_STYLE })),
  ];
  const height = lines.reduce((sum, l) => sum + flow.lineHeight(l.style), 2 * PADDING);
  flow.keep(height);
  let top = flow.y + PADDING;
  for (const line of lines) {
    flow.drawText(line.text, flow.left, top, line.style);
    top += flow.lineHeight(line.style);
  }
  flow.rule(flow.left, flow.y + height, flow.width, pdfColor(COLORS.rule), 0.25);
  flow.y += height;
}

export function drawBordereau(
  flow: Flow,
  plan: DossierPlan,
  pieces: readonly BordereauEntry[],
): void {
  sectionTitle(flow, 'Bordereau des pièces communiquées');
  flow.paragraph(
    `Pièces produites par ${plan.creditor.name} à l’appui de sa demande contre ` +
      `${plan.debtor.name} (${pieces.length} pièce${pieces.length > 1 ? 's' : ''}).`,
    { ...STYLES.body, spaceAfter: mm(4) },
  );
  for (const piece of pieces) drawEntry(flow, piece);
}
