/**
 * PDF base: the building blocks of every document Recouvra prints with @react-pdf/renderer
 * (letters, relevé de compte, décompte, dossier cover pages).
 *
 * How to use it:
 *   1. Fonts: call `registerBundledPdfFonts()` once before rendering, in the window or in a
 *      worker (asset URLs). Node tests call `registerPdfFonts({ regular, bold, italic }, loadBytes)`
 *      with file paths of resources/fonts/*.ttf and a reader of their bytes (page numbers and
 *      stamps are drawn afterwards with pdf-lib in the same embedded face: stampFace.ts). Text uses `PDF_FONT_FAMILY` through `baseStyles.page`.
 *   2. Page: <Document><LetterPage footerLines={footerLines(creditor)}>…</LetterPage></Document>.
 *      LetterPage is an A4 page that flows onto more sheets, with the creditor's legal mentions
 *      and « Page 1/2 » in the footer (numbered per LetterPage, so batches stay per letter).
 *   3. First-page top: <LetterTop creditor logo recipient serviceLine references date subject />
 *      lays out the letterhead, the references, the address in the window of a French envelope
 *      (100 mm from the left, 50 mm from the top), « Lyon, le 23 novembre 2026 » and the objet.
 *   4. Body: <Text style={baseStyles.paragraph}>, <ItemsTable columns rows totals caption />,
 *      <SignatureBlock onBehalfOf name title />.
 *   5. Logo: `logoDataUri(bytes, mime)` from the creditor's logo blob.
 *      Page numbers: `pageNumbers="render"` (default) lets react-pdf write them; for speed use
 *      `pageNumbers="stamped"` and pass the bytes through `stampPageNumbers` (pageNumbers.ts).
 *   6. Bytes: `await renderPdfBytes(<Document>…</Document>)`, never `pdf().toBlob()` directly:
 *      it works around a fontkit cache that would otherwise drop letters such as « E » from the
 *      text layer of the second and later documents of a session (glyphWarmUp.tsx).
 * Geometry (mm → pt, margins, window) is in geometry.ts; colours and sizes in styles.ts.
 */
export { AddressBlock, type AddressBlockProps } from './AddressBlock';
export { bundledFontFiles, registerBundledPdfFonts } from './bundledFonts';
export { PDF_FONT_FAMILY, type PdfFontFiles, registerPdfFonts } from './fonts';
export { A4, ADDRESS_WINDOW, mm, PAGE_MARGINS, WINDOW_INDENT } from './geometry';
export { ItemsTable, type ItemsTableProps, type TableColumn, type TableTotal } from './ItemsTable';
export { Letterhead, logoDataUri } from './Letterhead';
export { LetterPage, type LetterPageProps } from './LetterPage';
export { LetterTop, type LetterTopProps } from './LetterTop';
export { PageFooter } from './PageFooter';
export { stampPageNumbers } from './pageNumbers';
export {
  creditorContactLine,
  footerLines,
  type PostalAddress,
  postalLines,
  type Recipient,
} from './parties';
export { type Reference, References } from './References';
export { renderPdfBytes } from './renderPdf';
export { SignatureBlock, type SignatureBlockProps } from './SignatureBlock';
export { baseStyles, COLORS, FONT_SIZES } from './styles';
