/**
 * An image piece (a scanned delivery note, a photo of a signed order) placed on its own A4 page,
 * upright or landscape as the image is, scaled to fit inside margins that leave room for the
 * stamps, never enlarged beyond its size at 150 dpi (a small image blown up reads worse).
 */
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { A4, mm } from '../base/geometry';

const MARGIN_SIDE = mm(12);
const MARGIN_TOP = mm(16);
const MARGIN_BOTTOM = mm(14);
/** Points per pixel at 150 dpi. */
const MAX_SCALE = 72 / 150;

export async function embedPieceImage(
  doc: PDFDocument,
  bytes: Uint8Array,
  mime: string,
): Promise<PDFImage> {
  return mime === 'image/png' ? doc.embedPng(bytes) : doc.embedJpg(bytes);
}

export function addImagePage(doc: PDFDocument, image: PDFImage): void {
  const landscape = image.width > image.height;
  const [width, height] = landscape ? [A4.height, A4.width] : [A4.width, A4.height];
  const page = doc.addPage([width, height]);
  const room = { width: width - 2 * MARGIN_SIDE, height: height - MARGIN_TOP - MARGIN_BOTTOM };
  const scale = Math.min(room.width / image.width, room.height / image.height, MAX_SCALE);
  const drawn = { width: image.width * scale, height: image.height * scale };
  page.drawImage(image, {
    x: (width - drawn.width) / 2,
    y: MARGIN_BOTTOM + (room.height - drawn.height) / 2,
    ...drawn,
  });
}
