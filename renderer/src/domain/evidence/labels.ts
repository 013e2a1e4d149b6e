/**
 * What a piece is called in the dossier — on the bordereau, the cover, the requête and the
 * bookmarks: its kind and its number, « Facture n° FA26001 », « Accusé de réception LRAR n° 1A
 * 123 456 7890 1 », the date being added by the caller (« … du 02/01/2026 »). A title the user
 * typed is kept (« Contrat de fourniture », « BL 5521 » becomes « Bon de livraison BL 5521 »).
 * A title that is only the file's name, as proposed when the file was attached, is not printed:
 * « Accuse reception » (accuse_reception.png) gives « Accusé de réception »; only what such a
 * title adds to the kind is kept, as an identifier: « Facture F1023 » (facture_F1023.pdf) gives
 * « Facture F1023 », « Accuse reception F1023 » gives « Accusé de réception F1023 ». A file-name
 * title that already spells the kind right (« Facture F-1023 ») is kept as it is.
 */
import type { DocumentKind } from '../model';
import { guessTitle } from './guess';
import { DOCUMENT_KIND_LABELS } from './kinds';

export interface LabelledPiece {
  kind: DocumentKind;
  title: string;
  /** The file's name, to recognise a title made from it. */
  fileName?: string;
  /** The document's own number: invoice number, registered-mail number… */
  reference?: string;
}

/** The kind as printed before a number: an accusé de réception is that of a registered letter. */
const NUMBERED_KIND: Partial<Record<DocumentKind, string>> = {
  'accuse-reception': 'Accusé de réception LRAR',
};

/** How users start a title that already names the kind (« CGV 2025 », « AR mise en demeure »). */
const KIND_WORDS: Record<DocumentKind, readonly string[]> = {
  contrat: ['contrat', 'convention', 'accord'],
  cgv: ['conditions generales', 'cgv'],
  'bon-de-commande': ['bon de commande', 'commande', 'bc'],
  'bon-de-livraison': ['bon de livraison', 'livraison', 'bl'],
  facture: ['facture'],
  'releve-de-compte': ['releve'],
  correspondance: [],
  'preuve-envoi': ['preuve', 'recepisse', 'bordereau', 'depot'],
  'accuse-reception': ['accuse', 'avis de reception', 'ar'],
  autre: [],
};

/** Lower case, no accents, words separated by single spaces. */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Words a file name uses for the kind itself, or as filler, dropped from a file-name title. */
const FILLER = new Set(['de', 'du', 'des', 'la', 'le', 'l', 'd', 'scan', 'copie', 'lrar']);

/** What a file-name title adds to the kind: « Facture F-1023 » → « F-1023 ». */
function fileNameExtra(title: string, kind: DocumentKind): string {
  const kindWords = new Set(
    [kindLabel(kind), ...KIND_WORDS[kind]].flatMap((words) => plain(words).split(' ')),
  );
  return title
    .split(/[\s_]+/)
    .filter((word) => {
      const p = plain(word);
      return p !== '' && !kindWords.has(p) && !FILLER.has(p);
    })
    .join(' ');
}

/** Whether `title` is only the file's name made readable (what `guessTitle` proposed). */
export function isFileNameTitle(title: string, fileName: string | undefined): boolean {
  if (!fileName) return false;
  const base = fileName.replace(/\.[a-z0-9]+$/i, '');
  return title.trim() === guessTitle(fileName) || plain(title) === plain(base);
}

function kindLabel(kind: DocumentKind): string {
  return DOCUMENT_KIND_LABELS[kind].replace(/'/g, '’');
}

function namesKind(title: string, kind: DocumentKind): boolean {
  const words = plain(title);
  return KIND_WORDS[kind].some((start) => words === start || words.startsWith(`${start} `));
}

/** « Facture n° FA26001 », « Contrat de fourniture », « Accusé de réception LRAR n° 1A… ». */
export function pieceLabel(piece: LabelledPiece): string {
  const title = piece.title.trim();
  const fromFileName = isFileNameTitle(title, piece.fileName);
  const usable = title !== '' && !fromFileName ? title : '';
  const reference = piece.reference?.trim().replace(/^n°\s*/i, '') ?? '';
  const freeKind = piece.kind === 'autre' || piece.kind === 'correspondance';
  if (reference) {
    const base = freeKind && usable ? usable : (NUMBERED_KIND[piece.kind] ?? kindLabel(piece.kind));
    return `${base} n°\u00a0${reference}`;
  }
  const kind = kindLabel(piece.kind);
  const spelt = title.toLocaleLowerCase('fr-FR').startsWith(kind.toLocaleLowerCase('fr-FR'));
  if (fromFileName && !spelt && !freeKind) {
    const extra = fileNameExtra(title, piece.kind);
    return extra ? `${kindLabel(piece.kind)} ${extra}` : kindLabel(piece.kind);
  }
  if (fromFileName && title) return title;
  if (!usable) return kindLabel(piece.kind);
  if (freeKind || namesKind(usable, piece.kind)) return usable;
  return `${kindLabel(piece.kind)} ${usable}`;
}
