/**
 * Stamps drawn on the dossier's pages with pdf-lib: the piece number at the top right, the
 * dossier page number at the bottom right. Coordinates are worked out on the page as displayed,
 * so a page stored sideways (/Rotate 90) still gets an upright stamp in the visible corner.
 */
import { degrees, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { mm } from '../base/geometry';

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

/** Draws `text` in a white box with a thin border, in a corner of the page as displayed. */
export function drawStamp(page: PDFPage, font: PDFFont, text: string, corner: StampCorner): void {
  const rotation = normalizedRotation(page);
  const box = page.getCropBox();
  const [displayWidth, displayHeight] =
    rotation % 180 === 0 ? [box.width, box.height] : [box.height, box.width];
  const width = font.widthOfTextAtSize(text, FONT_SIZE) + 2 * PADDING;
  const height = FONT_SIZE + 2 * PADDING;
  const left = displayWidth - EDGE - width;
  const bottom = corner === 'top-right' ? displayHeight - EDGE - height : EDGE;
  const rotate = degrees(rotation);
  const origin = toUserSpace(page, rotation, left, bottom);
  page.drawRectangle({
    ...origin,
    width,
    height,
    rotate,
    // Opaque: an opacity would add a graphics state per stamp, 600 of them on 300 pages.
    color: rgb(1, 1, 1),
    borderColor: rgb(0.14, 0.22, 0.36),
    borderWidth: 0.6,
  });
  // The baseline sits above the descenders, inside the box.
  const textOrigin = toUserSpace(page, rotation, left + PADDING, bottom + PADDING + 1.5);
  page.drawText(text, {
    ...textOrigin,
    size: FONT_SIZE,
    font,
    rotate,
    color: rgb(0.14, 0.22, 0.36),
  });
}
