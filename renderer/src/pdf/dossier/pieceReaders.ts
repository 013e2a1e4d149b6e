/**
 * Reading a piece the way the dossier assembly will: a PDF through pdf-lib (what cannot be read
 * here cannot be copied into the dossier), an image through pdf-lib's decoders and, in a browser,
 * through the image decoder too. Each failure is a French sentence naming the file.
 */
import {
  EncryptedPDFError,
  ParseSpeeds,
  PDFArray,
  PDFDocument,
  PDFName,
  PDFRef,
  PDFStream,
} from 'pdf-lib';

/** How pieces are loaded (the benchmark's baseline uses the same): all at once, no yielding. */
export const PIECE_LOAD_OPTIONS = {
  updateMetadata: false,
  parseSpeed: ParseSpeeds.Fastest,
} as const;

export type PdfRead = { ok: true; doc: PDFDocument } | { ok: false; reason: string };

const REPAIR_HINT =
  'Ouvrez-le dans un lecteur PDF et enregistrez-en une nouvelle copie (Imprimer → Enregistrer ' +
  'au format PDF), puis joignez cette copie.';

function isEncryptionError(error: unknown): boolean {
  return (
    error instanceof EncryptedPDFError ||
    (error instanceof Error && /is encrypted/i.test(error.message))
  );
}

/** A file cut short loses its trailer: its last kilo-octet has no « %%EOF ». */
function hasEndOfFile(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}

/** Every page's content streams resolve: a truncated or damaged file points into nothing. */
function pagesResolve(doc: PDFDocument): boolean {
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    if (contents === undefined) continue;
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    for (const ref of refs) {
      const target = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      if (!(target instanceof PDFStream)) return false;
    }
  }
  return true;
}

export async function readPiecePdf(fileName: string, bytes: Uint8Array): Promise<PdfRead> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, PIECE_LOAD_OPTIONS);
  } catch (error) {
    if (isEncryptionError(error)) {
      return {
        ok: false,
        reason:
          `« ${fileName} » est un PDF protégé (chiffré ou par mot de passe) : il ne peut être ni ` +
          `tamponné ni assemblé. ${REPAIR_HINT}`,
      };
    }
    return { ok: false, reason: `« ${fileName} » est un PDF endommagé, illisible. ${REPAIR_HINT}` };
  }
  let readable = false;
  try {
    readable = doc.getPageCount() > 0 && pagesResolve(doc);
  } catch {
    readable = false;
  }
  if (!readable) {
    return {
      ok: false,
      reason: `« ${fileName} » est un PDF endommagé : ses pages ne peuvent pas être lues. ${REPAIR_HINT}`,
    };
  }
  if (!hasEndOfFile(bytes)) {
    return {
      ok: false,
      reason:
        `« ${fileName} » est un PDF incomplet (la fin du fichier manque) : il a sans doute été mal ` +
        'téléchargé ou copié. Récupérez le fichier d’origine.',
    };
  }
  return { ok: true, doc };
}

export type ImageRead = { ok: true; width: number; height: number } | { ok: false; reason: string };

/** A JPEG ends with its end-of-image marker; a truncated one does not. */
function jpegIsComplete(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 1024); i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

/** The browser's own decoder, which reads every pixel (pdf-lib only reads a JPEG's header). */
async function decodesInBrowser(bytes: Uint8Array, mime: string): Promise<boolean> {
  if (typeof createImageBitmap !== 'function') return true;
  try {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: mime }));
    bitmap.close();
    return true;
  } catch {
    return false;
  }
}

export async function readPieceImage(
  fileName: string,
  bytes: Uint8Array,
  mime: 'image/png' | 'image/jpeg',
): Promise<ImageRead> {
  const refused = {
    ok: false as const,
    reason:
      `« ${fileName} » est une image ${mime === 'image/png' ? 'PNG' : 'JPEG'} endommagée qui ne ` +
      'peut pas être décodée. Numérisez ou exportez le document à nouveau.',
  };
  if (mime === 'image/jpeg' && !jpegIsComplete(bytes)) return refused;
  try {
    const scratch = await PDFDocument.create();
    const image =
      mime === 'image/png' ? await scratch.embedPng(bytes) : await scratch.embedJpg(bytes);
    if (!(image.width > 0 && image.height > 0)) return refused;
    if (!(await decodesInBrowser(bytes, mime))) return refused;
    return { ok: true, width: image.width, height: image.height };
  } catch {
    return refused;
  }
}
