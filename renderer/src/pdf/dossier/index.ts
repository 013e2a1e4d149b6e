/**
 * The court dossier as PDF and ZIP, all with pdf-lib: the pages Recouvra writes (drawn with
 * pdf/draw), the pieces copied and stamped, the outline; and the checks every piece passes when
 * attached and before export.
 */
export {
  type AssemblyOptions,
  type AssemblyProgress,
  assembleDossier,
  type ProgressListener,
} from './assembleDossier';
export type { AssembledDossier } from './finishDossier';
export {
  type FrontMatter,
  type FrontMatterMaker,
  frontMatterPdf,
  type SectionPlacement,
} from './frontMatter';
export { inspectPiece, type OfferedFile, offeredBytes, type PieceInspection } from './inspectPiece';
export { DossierRefusedError, type LoadedPiece, loadPieces } from './loadPieces';
export { PIECE_LOAD_OPTIONS } from './pieceReaders';
export { prepareDossierEngine } from './prepareEngine';
export { type ZippedDossier, zipDossier } from './zipDossier';
