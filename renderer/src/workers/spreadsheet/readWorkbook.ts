/**
 * Bytes -> SheetJS workbook, with every way it can fail turned into a French sentence that says
 * what to do. Never throws.
 */
import * as XLSX from 'xlsx';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import { type FileKind, hasZipDirectory, isBlankText, sniffFileKind } from './fileChecks';
import { decodeText, detectCodepage, detectSeparator } from './textFiles';

// Codepage tables: Windows-1252 CSV files and old .xls files store text in a codepage.
XLSX.set_cptable(cptable);

export type WorkbookRead =
  | { ok: true; workbook: XLSX.WorkBook; kind: FileKind }
  | { ok: false; message: string };

const ACCEPTED = '.xlsx, .xls, .ods ou .csv';

/**
 * Options shared by all formats: dense rows (fast walk), real Date cells, number formats kept
 * (they name currencies). No formatted text: it is never used and costs a third of the read.
 */
const BASE_OPTIONS: XLSX.ParsingOptions = {
  type: 'array',
  dense: true,
  cellDates: true,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  cellFormula: false,
  cellStyles: false,
  bookVBA: false,
};

function fail(message: string): WorkbookRead {
  return { ok: false, message };
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : String(error);
}

/** SheetJS messages for encrypted files (« File is password-protected », « Password is incorrect »). */
const PASSWORD_ERROR = /password|encrypt/i;

export function readWorkbook(bytes: Uint8Array, fileName: string): WorkbookRead {
  const kind = sniffFileKind(bytes);
  if (kind === 'empty' || (kind === 'text' && isBlankText(bytes))) {
    return fail(
      `Le fichier « ${fileName} » est vide (0 ligne) : exportez à nouveau la balance âgée depuis votre logiciel.`,
    );
  }
  if (kind === 'pdf') {
    return fail(
      `Le fichier « ${fileName} » est un PDF, pas un classeur : un PDF ne se lit pas comme un tableau. Exportez la balance âgée au format ${ACCEPTED} depuis votre logiciel comptable.`,
    );
  }
  if (kind === 'image' || kind === 'binary') {
    return fail(
      `Le fichier « ${fileName} » n’est pas un classeur lisible (format non reconnu) : importez un fichier ${ACCEPTED}.`,
    );
  }
  if (kind === 'zip' && !hasZipDirectory(bytes)) {
    return fail(
      `Le fichier « ${fileName} » est incomplet ou endommagé (la fin du classeur manque, copie ou téléchargement interrompu ?) : ouvrez-le dans Excel pour vérifier, ou exportez-le à nouveau.`,
    );
  }
  const isText = kind === 'text';
  try {
    const workbook = isText ? readText(bytes) : XLSX.read(bytes, BASE_OPTIONS);
    return { ok: true, workbook, kind };
  } catch (error) {
    return fail(messageForReadError(fileName, describeError(error), kind === 'text'));
  }
}

/**
 * CSV: decoded here in the detected codepage, because SheetJS applies `codepage` to byte arrays
 * only for some input types (a Windows-1252 `€` came out as U+0080). `raw` keeps « 1 234,56 »
 * and « 01/02/26 » as text: SheetJS would read them the US way (125, 2 January).
 */
function readText(bytes: Uint8Array): XLSX.WorkBook {
  const codepage = detectCodepage(bytes);
  const text = decodeText(bytes, codepage);
  return XLSX.read(text, {
    ...BASE_OPTIONS,
    type: 'string',
    raw: true,
    FS: detectSeparator(text.slice(0, 65_536)),
  });
}

/** The message for a workbook damaged inside (see zipIntegrity.ts). */
export function damagedMessage(fileName: string, part: string): string {
  return `Le fichier « ${fileName} » est endommagé (partie « ${part} » illisible) : ouvrez-le dans Excel pour le réparer, ou exportez-le à nouveau.`;
}

function messageForReadError(fileName: string, detail: string, isText: boolean): string {
  if (PASSWORD_ERROR.test(detail)) {
    return `Le classeur « ${fileName} » est protégé par un mot de passe : Recouvra ne peut pas le lire. Ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur > Chiffrer avec mot de passe, champ vide), enregistrez, puis importez-le à nouveau.`;
  }
  if (isText) {
    return `Le fichier texte « ${fileName} » n’a pas pu être lu comme un CSV (${detail}) : vérifiez qu’il s’agit bien d’un export CSV séparé par « ; » ou « , ».`;
  }
  return `Le fichier « ${fileName} » est endommagé ou n’est pas un classeur ${ACCEPTED} valide (${detail}) : ouvrez-le dans Excel pour vérifier, ou exportez-le à nouveau.`;
}
