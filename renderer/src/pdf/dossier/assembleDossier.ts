/**
 * The court dossier as one PDF: read every piece (refusing the dossier if any cannot be read),
 * draw the generated parts, copy the pieces, then stamp, bookmark and save — all in one pdf-lib
 * document. The app runs this in a worker (workers/dossier); Node tests call it directly.
 */
import { PDFDocument } from 'pdf-lib';
import { incompleteCreditorMessage, missingCreditorFields } from '../../domain/creditor';
import { type DossierPlan, numberPieces } from '../../domain/dossier';
import { bundledFontBytes } from '../base/bundledFontFiles';
import { stampFace } from '../base/stampFace';
import type { UnicodeFontLoader } from '../draw';
import { copyPieces } from './copyPieces';
import { type AssembledDossier, finishDossier } from './finishDossier';
import { dossierFonts, drawFrontMatter } from './frontMatter';
import { loadPieces } from './loadPieces';

export interface AssemblyProgress {
  /** « Lecture des pièces », « Mise en page », « Assemblage », « Enregistrement ». */
  step: string;
  done: number;
  total: number;
}

export type ProgressListener = (progress: AssemblyProgress) => void;

export interface AssemblyOptions {
  onProgress?: ProgressListener;
  /** The bundled Unicode faces, read only if some text needs them (fetched in the app). */
  unicodeFonts?: UnicodeFontLoader;
}

/**
 * The first step of every export (PDF or ZIP): refuse a creditor identity the requête cannot
 * name (the screen already blocks it), read every piece, refusing the dossier if one cannot be
 * read, and number them with their page counts. `total` counts the export's steps.
 */
export async function readAndNumberPieces(
  plan: DossierPlan,
  files: readonly Uint8Array[],
  onProgress: ProgressListener,
) {
  const missing = missingCreditorFields(plan.creditor, 'court-dossier');
  if (missing.length > 0) throw new Error(incompleteCreditorMessage(missing, 'court-dossier'));
  const count = plan.pieces.length;
  const total = 2 * count + 2;
  const loaded = await loadPieces(plan.pieces, files, (done) =>
    onProgress({ step: 'Lecture des pièces', done, total }),
  );
  const pieces = numberPieces(
    plan.pieces,
    loaded.map((piece) => piece.pageCount),
  );
  return { count, total, loaded, pieces };
}

export async function assembleDossier(
  plan: DossierPlan,
  files: readonly Uint8Array[],
  options: AssemblyOptions = {},
): Promise<AssembledDossier> {
  const { onProgress = () => {}, unicodeFonts = bundledFontBytes } = options;
  const { count, total, loaded, pieces } = await readAndNumberPieces(plan, files, onProgress);
  onProgress({ step: 'Mise en page', done: count, total });
  const out = await PDFDocument.create();
  // Every font embedded: the text's faces, and the stamps' (made once, copied in).
  const fonts = await dossierFonts(out, unicodeFonts);
  const stampFont = (await stampFace(unicodeFonts)).in(out);
  const sections = drawFrontMatter(out, plan, pieces, fonts);
  onProgress({ step: 'Mise en page', done: count + 1, total });
  await copyPieces(out, loaded, (done) =>
    onProgress({ step: 'Assemblage', done: count + 1 + done, total }),
  );
  onProgress({ step: 'Enregistrement', done: total - 1, total });
  const dossier = await finishDossier(out, stampFont, plan, pieces, sections);
  onProgress({ step: 'Enregistrement', done: total, total });
  return dossier;
}
