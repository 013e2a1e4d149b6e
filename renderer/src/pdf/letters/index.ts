/** Letters as PDF: the LetterContent of domain/letters drawn on the pdf/base building blocks. */
export { type LetterAssets, LetterDocument, LetterPages } from './LetterDocument';
export { renderLetterPdf } from './renderLetters';
