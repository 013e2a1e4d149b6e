/**
 * The court dossier as one PDF: read every piece (refusing the dossier if any cannot be read),
 * draw the generated parts as a document of their own while the pieces are copied, put them in
 * front, then stamp, bookmark and save. The app runs this in a worker (workers/dossier), which
 * has a second one draw the generated parts meanwhile (`frontMatter`); Node tests call it
 * directly, everything drawn in turn, with the same bytes as a result.
 */
import { PDFDocument } from 'pdf-lib';
import { incompleteCreditorMessage, missingCreditorFields } from '../../domain/creditor';
import { type DossierPlan, numberPieces } from '../../domain/dossier';
import { bundledFontBytes } from '../base/bundledFontFiles';
import { stampFace } from '../base/stampFace';
import type { UnicodeFontLoader } from '../draw';
import { copyPieces } from './copyPieces';
import { type AssembledDossier, finishDossier } from './finishDossier';
import { type FrontMatterMaker, frontMatterPdf, insertFrontMatter } from './frontMatter';
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
  /** Who draws the generated parts: here, unless given (the app's worker hands them over). */
  frontMatter?: FrontMatterMaker;
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
  const { frontMatter = (p, numbered) => frontMatterPdf(p, numbered, unicodeFonts) } = options;
  const { count, total, loaded, pieces } = await readAndNumberPieces(plan, files, onProgress);
  onProgress({ step: 'Mise en page', done: count, total });
  // Started before the pieces are copied; its failure is thrown where it is awaited.
  const front = frontMatter(plan, pieces);
  front.catch(() => undefined);
  const out = await PDFDocument.create();
  // The stamps' face is made once and copied in; the text's faces come with the front pages.
  const stampFont = (await stampFace(unicodeFonts)).in(out);
  await copyPieces(out, loaded, (done) =>
    onProgress({ step: 'Assemblage', done: count + done, total }),
  );
  const { bytes, sections } = await front;
  await insertFrontMatter(out, bytes);
  onProgress({ step: 'Enregistrement', done: total - 1, total });
  const dossier = await finishDossier(out, stampFont, plan, pieces, sections);
  onProgress({ step: 'Enregistrement', done: total, total });
  return dossier;
}
