import { ParseSpeeds, PDFDocument } from 'pdf-lib';

export interface MergeOptions {
  /**
   * Printing on both sides: a blank page after each letter with an odd number of pages, so that
   * every letter starts on a recto and no letter is printed on the back of another's last sheet.
   */
  duplex?: boolean;
}

/**
 * One PDF from several, in order (each letter starts on a new sheet since each is its own
 * document). Returns the page count of each part too (blank pages not counted): the batch reports
 * pages per second.
 */
export async function mergePdfs(
  parts: readonly Uint8Array[],
  options: MergeOptions = {},
): Promise<{ bytes: Uint8Array; pageCounts: number[]; blankPages: number }> {
  const merged = await PDFDocument.create();
  merged.setTitle(`Courriers (${parts.length})`);
  merged.setCreator('Recouvra');
  merged.setProducer('Recouvra');
  const pageCounts: number[] = [];
  let blankPages = 0;
  for (const part of parts) {
    const source = await PDFDocument.load(part, { parseSpeed: ParseSpeeds.Fastest });
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
    pageCounts.push(pages.length);
    const last = pages.at(-1);
    if (options.duplex && last && pages.length % 2 === 1) {
      // The back of the letter's last sheet, the size of that sheet.
      merged.addPage([last.getWidth(), last.getHeight()]);
      blankPages += 1;
    }
  }
  // In one go: pdf-lib otherwise yields every 50 objects (this runs in a worker).
  const bytes = await merged.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  return { bytes, pageCounts, blankPages };
}
