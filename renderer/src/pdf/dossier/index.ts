/**
 * The court dossier as PDF and ZIP (pdf-lib for assembly, stamps and outline; @react-pdf for the
 * pages Recouvra writes), and the checks every piece passes when attached and before export.
 */
export { type AssemblyProgress, assembleDossier, type ProgressListener } from './assembleDossier';
export { appendPiece, type PreparedPieces, preparePieces, stampPiece } from './copyPieces';
export { type AssembledDossier, finishDossier, type SectionPlacement } from './finishDossier';
export {
  bodyRequests,
  contentsOf,
  renderFrontMatter,
  renderSection,
  type SectionBytes,
  type SectionRequest,
} from './frontMatter';
export { inspectPiece, type OfferedFile, offeredBytes, type PieceInspection } from './inspectPiece';
export { DossierRefusedError, type LoadedPiece, loadPieces } from './loadPieces';
export { PIECE_LOAD_OPTIONS } from './pieceReaders';
export { type ZippedDossier, zipDossier } from './zipDossier';
