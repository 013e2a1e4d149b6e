/**
 * Stamps drawn on the dossier's pages with pdf-lib: the piece number at the top right, the
 * dossier page number at the bottom right. Coordinates are worked out on the page as displayed,
 * so a page stored sideways (/Rotate 90) still gets an upright stamp in the visible corner.
 */
import {
  degrees,
  drawRectangle,
  drawText,
  PDFContentStream,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
} from 'pdf-lib';
import { mm } from '../base/geometry';
import { fontKey } from '../draw/pageText';

export type StampCorner = 'top-right' | 'bottom-right';

const FONT_SIZE = 8;
const PADDING = 3;
const EDGE = mm(5);

/** Maps a point of the page as displayed to the page's own coordinates. */
function toUserSpace(page: PDFPage, rotation: number, dx: number, dy: number) {
  const box = page.getCropBox();
  const { width: w, height: h } = box;
  const [lx, ly] =
    rotation === 90
      ? [w - dy, dx]
      : rotation === 180
        ? [w - dx, h - dy]
        : rotation === 270
          ? [dy, h - dx]
          : [dx, dy];
  return { x: box.x + lx, y: box.y + ly };
}

function normalizedRotation(page: PDFPage): number {
  const angle = ((page.getRotation().angle % 360) + 360) % 360;
  return [0, 90, 180, 270].includes(angle) ? angle : 0;
}

export interface Stamp {
  text: string;
  corner: StampCorner;
}

const INK = rgb(0.14, 0.22, 0.36);
const PAPER = rgb(1, 1, 1);
const NO_SKEW = degrees(0);

/** `text` in a white box with a thin border, in a corner of the page as displayed. */
function stampOperators(page: PDFPage, font: PDFFont, key: PDFName, stamp: Stamp): PDFOperator[] {
  const rotation = normalizedRotation(page);
  const box = page.getCropBox();
  const [displayWidth, displayHeight] =
    rotation % 180 === 0 ? [box.width, box.height] : [box.height, box.width];
  const width = font.widthOfTextAtSize(stamp.text, FONT_SIZE) + 2 * PADDING;
  const height = FONT_SIZE + 2 * PADDING;
  const left = displayWidth - EDGE - width;
  const bottom = stamp.corner === 'top-right' ? displayHeight - EDGE - height : EDGE;
  const rotate = degrees(rotation);
  // The baseline sits above the descenders, inside the box.
  const textOrigin = toUserSpace(page, rotation, left + PADDING, bottom + PADDING + 1.5);
  return [
    ...drawRectangle({
      ...toUserSpace(page, rotation, left, bottom),
      width,
      height,
      rotate,
      xSkew: NO_SKEW,
      ySkew: NO_SKEW,
      // Opaque: an opacity would add a graphics state per stamp, 600 of them on 300 pages.
      color: PAPER,
      borderColor: INK,
      borderWidth: 0.6,
    }),
    ...drawText(font.encodeText(stamp.text), {
      ...textOrigin,
      size: FONT_SIZE,
      font: key,
      rotate,
      xSkew: NO_SKEW,
      ySkew: NO_SKEW,
      color: INK,
    }),
  ];
}

/**
 * Draws the page's stamps in one content stream of their own, left uncompressed: a few hundred
 * bytes that pdf-lib would otherwise deflate one by one when saving, 300 pages of them. The
 * page's own content is first wrapped in q/Q (pdf-lib's normalisation) so that the stamps are
 * drawn in the page's default coordinates, whatever the content left in the graphics state.
 */
export function drawStamps(page: PDFPage, font: PDFFont, stamps: readonly Stamp[]): void {
  if (stamps.length === 0) return;
  const { context } = page.doc;
  const key = fontKey(page, font);
  const operators = [
    pushGraphicsState(),
    ...stamps.flatMap((stamp) => stampOperators(page, font, key, stamp)),
    popGraphicsState(),
  ];
  const stream = PDFContentStream.of(context.obj({}), operators, false);
  page.node.addContentStream(context.register(stream));
}
