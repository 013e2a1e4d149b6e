/**
 * The dossier for online filing (Tribunal Digital, e-barreau): a ZIP with each piece as its own
 * stamped PDF, numbered as in the bordereau (« 01 - Facture F-1023.pdf »), plus the bordereau,
 * the décompte and, for an injonction de payer, the requête draft as separate PDFs.
 */
import { type Zippable, zipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import {
  type BordereauEntry,
  type DossierPlan,
  ZIP_BORDEREAU_NAME,
  ZIP_DECOMPTE_NAME,
  ZIP_REQUETE_NAME,
  zipPieceName,
} from '../../domain/dossier';
import { pieceLabel } from '../../domain/evidence/labels';
import { bundledFontBytes } from '../base/bundledFontFiles';
import { stampFace } from '../base/stampFace';
import { type AssemblyOptions, readAndNumberPieces } from './assembleDossier';
import { appendPiece, stampPiece } from './copyPieces';
import { dossierInstant, setDocumentInfo } from './documentInfo';
import { bodySections, sectionPdf } from './frontMatter';

export interface ZippedDossier {
  bytes: Uint8Array;
  pieces: BordereauEntry[];
  /** Names inside the archive, in order. */
  names: string[];
}

const SECTION_NAMES = {
  bordereau: ZIP_BORDEREAU_NAME,
  decompte: ZIP_DECOMPTE_NAME,
  requete: ZIP_REQUETE_NAME,
};

export async function zipDossier(
  plan: DossierPlan,
  files: readonly Uint8Array[],
  options: AssemblyOptions = {},
): Promise<ZippedDossier> {
  const { onProgress = () => {}, unicodeFonts = bundledFontBytes } = options;
  const { count, total, loaded, pieces } = await readAndNumberPieces(plan, files, onProgress);
  const mtime = dossierInstant(plan.date);
  const entries: Zippable = {};

  onProgress({ step: 'Mise en page', done: count, total });
  // The bordereau first: it is what the registry reads to check the archive.
  const sections = bodySections(plan).sort(
    (a, b) => Number(b === 'bordereau') - Number(a === 'bordereau'),
  );
  for (const id of sections) {
    entries[SECTION_NAMES[id]] = [await sectionPdf(id, plan, pieces, unicodeFonts), { mtime }];
  }
  onProgress({ step: 'Mise en page', done: count + 1, total });

  for (const [index, piece] of loaded.entries()) {
    const single = await PDFDocument.create();
    await appendPiece(single, piece);
    const entry = pieces[index];
    if (entry) stampPiece(single, (await stampFace(unicodeFonts)).in(single), entry);
    setDocumentInfo(single, plan.date);
    const bytes = await single.save({ objectsPerTick: Number.POSITIVE_INFINITY });
    if (entry) {
      // PDFs are compressed already: stored as they are, the archive is built in a blink.
      entries[zipPieceName(entry.number, pieceLabel(entry), count)] = [bytes, { level: 0, mtime }];
    }
    onProgress({ step: 'Assemblage', done: count + 2 + index, total });
  }

  onProgress({ step: 'Enregistrement', done: total - 1, total });
  const bytes = zipSync(entries);
  onProgress({ step: 'Enregistrement', done: total, total });
  return { bytes, pieces, names: Object.keys(entries) };
}
