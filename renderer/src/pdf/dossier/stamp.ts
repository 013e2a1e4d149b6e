/**
 * Stamps drawn on the dossier's pages: the piece number at the top right, the dossier page
 * number at the bottom right, each in a white box with a thin border. Coordinates are worked out
 * on the page as displayed, so a page stored sideways (/Rotate 90) still gets an upright stamp in
 * the visible corner.
 *
 * Stamps never cover a page's content: the generated parts leave the corners empty, an image
 * piece sits inside margins wider than the stamps, and a PDF piece's page — which may well have
 * text where the stamps go, a letter's footer for one — has its content scaled down about its
 * centre so that bands as high as the stamps stay free at its top and bottom (`reserveStampBands`).
 *
 * A 300-page dossier has 600 stamps. Built with pdf-lib's drawRectangle/drawText, they cost more
 * than copying the pages: an operator object per number, and a content stream per page deflated
 * at save. A page's stamps are therefore written here as the few operators they are, in one small
 * uncompressed content stream.
 */
import { PDFArray, type PDFPage, type PDFRef } from 'pdf-lib';
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
 * Height kept free of a piece's content at the top and the bottom of a page, as displayed: the
 * stamp, its distance to the edge, and a little air.
 */
export const STAMP_BAND = EDGE + FONT_SIZE + 2 * PADDING + mm(2);

/** The factor a page's content is scaled by so that the stamp bands stay free. */
export function stampBandScale(page: PDFPage): number {
  const { displayHeight } = frameOf(page);
  return displayHeight > 4 * STAMP_BAND ? (displayHeight - 2 * STAMP_BAND) / displayHeight : 1;
}

const restores = new WeakMap<PDFPage['doc'], PDFRef>();

/**
 * Shrinks the page's content about the centre of its crop box, by the same factor both ways (a
 * page turned a quarter keeps its proportions), so that nothing it draws falls in the stamp bands:
 * one `q … cm` before its content streams, one `Q` after, no content re-encoded. Call before the
 * stamps are drawn; links and form fields keep their places (pieces are printed, not clicked).
 */
export function reserveStampBands(page: PDFPage): void {
  const scale = stampBandScale(page);
  if (scale === 1) return;
  const { context } = page.doc;
  // Contents as an array, wrapped in q/Q by pdf-lib, so that the matrix below meets a clean state.
  page.node.normalize();
  const contents = page.node.Contents();
  if (!(contents instanceof PDFArray)) return;
  const box = page.getCropBox();
  const dx = (box.x + box.width / 2) * (1 - scale);
  const dy = (box.y + box.height / 2) * (1 - scale);
  const matrix = `q ${num(scale)} 0 0 ${num(scale)} ${num(dx)} ${num(dy)} cm\n`;
  let restore = restores.get(page.doc);
  if (!restore) {
    restore = context.register(context.stream('Q\n'));
    restores.set(page.doc, restore);
  }
  contents.insert(0, context.register(context.stream(matrix)));
  contents.push(restore);
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
