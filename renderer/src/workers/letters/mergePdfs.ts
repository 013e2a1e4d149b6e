import { ParseSpeeds, PDFDocument } from 'pdf-lib';

/**
 * One PDF from several, in order (each letter starts on a new sheet since each is its own
 * document). Returns the page count of each part too: the batch reports pages per second.
 */
export async function mergePdfs(
  parts: readonly Uint8Array[],
): Promise<{ bytes: Uint8Array; pageCounts: number[] }> {
  const merged = await PDFDocument.create();
  merged.setTitle(`Courriers (${parts.length})`);
  merged.setCreator('Recouvra');
  merged.setProducer('Recouvra');
  const pageCounts: number[] = [];
  for (const part of parts) {
    const source = await PDFDocument.load(part, { parseSpeed: ParseSpeeds.Fastest });
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
    pageCounts.push(pages.length);
  }
  // In one go: pdf-lib otherwise yields every 50 objects (this runs in a worker).
  return { bytes: await merged.save({ objectsPerTick: Number.POSITIVE_INFINITY }), pageCounts };
}
