/**
 * Stamps drawn on the dossier's pages: the piece number at the top right, the dossier page
 * number at the bottom right, each in a white box with a thin border. Coordinates are worked out
 * on the page as displayed, so a page stored sideways (/Rotate 90) still gets an upright stamp in
 * the visible corner.
 *
 * A 300-page dossier has 600 stamps. Built with pdf-lib's drawRectangle/drawText, they cost more
 * than copying the pages: an operator object per number, and a content stream per page deflated
 * at save. A page's stamps are therefore written here as the few operators they are, in one small
 * uncompressed content stream.
 */
import type { PDFPage } from 'pdf-lib';
import { mm } from '../base/geometry';
import { type StampFont, stampFontKey } from '../base/stampFace';
import { num } from '../draw/canvas';

export type StampCorner = 'top-right' | 'bottom-right';

export interface Stamp {
  text: string;
  corner: StampCorner;
}

const FONT_SIZE = 8;
const PADDING = 3;
const EDGE = mm(5);
/** Ink of the border and text (rgb 0.14 0.22 0.36), on opaque white paper. */
const INK = '0.14 0.22 0.36';
const BORDER_WIDTH = 0.6;

type Rotation = 0 | 90 | 180 | 270;

/** cos and sin of each quarter turn, exact. */
const TURNS: Record<Rotation, [number, number]> = {
  0: [1, 0],
  90: [0, 1],
  180: [-1, 0],
  270: [0, -1],
};

function rotationOf(page: PDFPage): Rotation {
  const angle = ((page.getRotation().angle % 360) + 360) % 360;
  return angle === 90 || angle === 180 || angle === 270 ? angle : 0;
}

interface PageFrame {
  rotation: Rotation;
  /** The crop box: what a viewer shows. */
  box: { x: number; y: number; width: number; height: number };
  /** Its size as displayed (swapped when the page is turned a quarter). */
  displayWidth: number;
  displayHeight: number;
}

function frameOf(page: PDFPage): PageFrame {
  const rotation = rotationOf(page);
  const box = page.getCropBox();
  const [displayWidth, displayHeight] =
    rotation % 180 === 0 ? [box.width, box.height] : [box.height, box.width];
  return { rotation, box, displayWidth, displayHeight };
}

/** Maps a point of the page as displayed to the page's own coordinates. */
function toUserSpace(frame: PageFrame, dx: number, dy: number) {
  const { width: w, height: h } = frame.box;
  const [lx, ly] =
    frame.rotation === 90
      ? [w - dy, dx]
      : frame.rotation === 180
        ? [w - dx, h - dy]
        : frame.rotation === 270
          ? [dy, h - dx]
          : [dx, dy];
  return { x: frame.box.x + lx, y: frame.box.y + ly };
}

/**
 * One stamp: the coordinate system moved to the box's lower left corner and turned with the
 * page, the box filled white and stroked, the text inside it, its baseline above the descenders.
 */
function stampContent(frame: PageFrame, font: StampFont, fontName: string, stamp: Stamp): string {
  const width = font.width(stamp.text, FONT_SIZE) + 2 * PADDING;
  const height = FONT_SIZE + 2 * PADDING;
  const left = frame.displayWidth - EDGE - width;
  const bottom = stamp.corner === 'top-right' ? frame.displayHeight - EDGE - height : EDGE;
  const origin = toUserSpace(frame, left, bottom);
  const [cos, sin] = TURNS[frame.rotation];
  return [
    'q',
    `${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(origin.x)} ${num(origin.y)} cm`,
    `1 1 1 rg ${INK} RG ${BORDER_WIDTH} w`,
    `0 0 ${num(width)} ${num(height)} re B`,
    `BT ${fontName} ${FONT_SIZE} Tf ${INK} rg 1 0 0 1 ${PADDING} ${num(PADDING + 1.5)} Tm`,
    `${font.encode(stamp.text)} Tj ET`,
    'Q',
  ].join('\n');
}

/**
 * Draws the page's stamps in a content stream of their own, after the page's content — which
 * pdf-lib's normalisation wraps in q/Q, so that the stamps are drawn in the page's default
 * coordinates whatever state the content leaves behind.
 */
export function drawStamps(page: PDFPage, font: StampFont, stamps: readonly Stamp[]): void {
  if (stamps.length === 0) return;
  const { context } = page.doc;
  const fontName = stampFontKey(page, font).toString();
  const frame = frameOf(page);
  const content = stamps.map((stamp) => stampContent(frame, font, fontName, stamp)).join('\n');
  page.node.addContentStream(context.register(context.stream(`${content}\n`)));
}
