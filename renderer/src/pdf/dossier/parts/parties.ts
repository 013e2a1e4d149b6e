/**
 * The two parties side by side, each in a thin box: role, name, identifiers, address (and who
 * represents the applicant, in the requête). Both boxes take the height of the taller one, and
 * the pair never splits across sheets.
 */
import type { PartyLines } from '../../../domain/dossier';
import { mm } from '../../base/geometry';
import { COLORS, pdfColor } from '../../base/palette';
import type { Flow, TextStyle } from '../../draw';
import { STYLES } from './sheet';

export interface PartyBox {
  /** « Demandeur », « Défendeur ». */
  heading: string;
  party: PartyLines;
  /** « représentée par … ». */
  extra?: string;
}

const PADDING = mm(3);
const GUTTER = mm(5);

interface Line {
  text: string;
  style: TextStyle;
  /** Space above the line. */
  before: number;
}

function linesOf(box: PartyBox): Line[] {
  const line = (text: string, style: TextStyle, before = 0): Line => ({ text, style, before });
  return [
    line(box.heading.toLocaleUpperCase('fr-FR'), STYLES.note),
    line(box.party.name, STYLES.bold, 2),
    ...box.party.identifiers.map((text) =>
      line(text, { ...STYLES.note, color: STYLES.body.color }),
    ),
    ...box.party.address.map((text) => line(text, STYLES.body)),
    ...(box.extra ? [line(box.extra, { ...STYLES.note, color: STYLES.body.color }, 2)] : []),
  ];
}

export function drawParties(flow: Flow, boxes: readonly [PartyBox, PartyBox]): void {
  const width = (flow.width - GUTTER) / 2;
  const inner = width - 2 * PADDING;
  const laidOut = boxes.map((box) =>
    linesOf(box).flatMap(({ text, style, before }) =>
      flow.wrap(text, inner, style).map((wrapped, i) => ({
        text: wrapped,
        style,
        before: i === 0 ? before : 0,
      })),
    ),
  );
  const heightOf = (lines: Line[]) =>
    lines.reduce((sum, l) => sum + l.before + flow.lineHeight(l.style), 2 * PADDING);
  const height = Math.max(...laidOut.map(heightOf));
  flow.keep(height);
  laidOut.forEach((lines, i) => {
    const x = flow.left + i * (width + GUTTER);
    flow.box(x, flow.y, width, height, { border: pdfColor(COLORS.rule), borderWidth: 0.5 });
    let top = flow.y + PADDING;
    for (const line of lines) {
      top += line.before;
      flow.drawText(line.text, x + PADDING, top, line.style);
      top += flow.lineHeight(line.style);
    }
  });
  flow.y += height;
}
