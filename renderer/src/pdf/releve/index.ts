/**
 * Relevé de compte (statement of account) as a PDF, built on the shared letter pieces of
 * pdf/base (bundled fonts, letterhead, envelope window, items table, footer).
 */

export { renderStatementPdf } from './renderStatement';
export { StatementDocument, type StatementDocumentProps } from './StatementDocument';
