/**
 * The court dossier as one PDF, in one go: read every piece (refusing the dossier if any cannot
 * be read), lay out the generated parts, copy the pieces, then stamp, bookmark and save. The app
 * runs the same steps split over two workers (workers/dossier) so that the layout and the copy
 * overlap; Node tests and the ZIP export call this directly.
 */
import { type DossierPlan, numberPieces } from '../../domain/dossier';
import { preparePieces } from './copyPieces';
import { type AssembledDossier, finishDossier } from './finishDossier';
import { renderFrontMatter } from './frontMatter';
import { loadPieces } from './loadPieces';

export interface AssemblyProgress {
  /** « Lecture des pièces », « Mise en page », « Assemblage », « Enregistrement ». */
  step: string;
  done: number;
  total: number;
}

export type ProgressListener = (progress: AssemblyProgress) => void;

/**
 * The first step of every export (PDF or ZIP): read every piece, refusing the dossier if one
 * cannot be read, and number them with their page counts. `total` counts the export's steps.
 */
export async function readAndNumberPieces(
  plan: DossierPlan,
  files: readonly Uint8Array[],
  onProgress: ProgressListener,
) {
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
  onProgress: ProgressListener = () => {},
): Promise<AssembledDossier> {
  const { count, total, loaded, pieces } = await readAndNumberPieces(plan, files, onProgress);
  onProgress({ step: 'Mise en page', done: count, total });
  const sections = await renderFrontMatter(plan, pieces);
  onProgress({ step: 'Mise en page', done: count + 1, total });
  const prepared = await preparePieces(loaded, pieces, (done) =>
    onProgress({ step: 'Assemblage', done: count + 1 + done, total }),
  );
  onProgress({ step: 'Enregistrement', done: total - 1, total });
  const dossier = await finishDossier(plan, prepared, pieces, sections);
  onProgress({ step: 'Enregistrement', done: total, total });
  return dossier;
}
