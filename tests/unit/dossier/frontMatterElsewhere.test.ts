/**
 * The generated parts drawn elsewhere (the app's second worker) while the pieces are copied: the
 * dossier is the same file, byte for byte, as when they are drawn in turn; a failure there fails
 * the export with its message; without a Worker (Node), the parts are drawn in place.
 */
import { describe, expect, it } from 'vitest';
import { numberPieces } from '../../../renderer/src/domain/dossier';
import {
  assembleDossier,
  type FrontMatterMaker,
  frontMatterPdf,
} from '../../../renderer/src/pdf/dossier';
import { frontMatterInWorker } from '../../../renderer/src/workers/frontMatter/client';
import { extractPdfText, testUnicodeFonts } from '../pdf/pdfSupport';
import { fixtureDossier } from './dossierFixtures';

/** As the worker does it: the request and the answer cloned, the parts drawn later. */
const elsewhere: FrontMatterMaker = async (plan, pieces) => {
  const request = structuredClone({ plan, pieces: [...pieces] });
  await new Promise((resolve) => setTimeout(resolve, 5));
  const front = await frontMatterPdf(request.plan, request.pieces, testUnicodeFonts);
  return structuredClone(front, { transfer: [front.bytes.buffer] });
};

describe('the generated parts drawn while the pieces are copied', () => {
  it('give the same dossier as drawn in turn', async () => {
    const { plan, files } = fixtureDossier();
    const inTurn = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    const meanwhile = await assembleDossier(plan, files, {
      unicodeFonts: testUnicodeFonts,
      frontMatter: elsewhere,
    });
    expect(Buffer.from(meanwhile.bytes).equals(Buffer.from(inTurn.bytes))).toBe(true);
    expect(meanwhile.sections).toEqual(inTurn.sections);
    // The cover first, then the parts, then the pieces.
    const text = await extractPdfText(meanwhile.bytes);
    expect(text.pages[0]).toContain('Page de garde');
    expect(text.pages[0]).toMatch(/Décompte de créance/);
  }, 120_000);

  it('fail the export with the reason when they cannot be drawn', async () => {
    const { plan, files } = fixtureDossier();
    const failing: FrontMatterMaker = () =>
      Promise.reject(new Error('La mise en page du dossier s’est arrêtée : mémoire saturée'));
    await expect(
      assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts, frontMatter: failing }),
    ).rejects.toThrow('mémoire saturée');
  }, 60_000);

  it('are drawn in place where no worker can start', async () => {
    const { plan } = fixtureDossier();
    const pieces = numberPieces(
      plan.pieces,
      plan.pieces.map(() => 1),
    );
    const front = await frontMatterInWorker(testUnicodeFonts)(plan, pieces);
    const alone = await frontMatterPdf(plan, pieces, testUnicodeFonts);
    expect(Buffer.from(front.bytes).equals(Buffer.from(alone.bytes))).toBe(true);
  }, 60_000);
});
