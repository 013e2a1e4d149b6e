/** Evidence: the debtor's pieces (documents attached, letters sent), checked when attached. */
export { AttachModal } from './AttachModal';
export { DebtorDocuments } from './DebtorDocuments';
export { invoiceOptionsOf } from './invoiceOptions';
export { PieceViewerModal } from './PieceViewerModal';
export { useAttachPieces } from './useAttachPieces';
