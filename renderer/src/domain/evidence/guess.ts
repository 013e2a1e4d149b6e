/**
 * A first guess of a new piece's kind and title from its file name, for the user to correct:
 * « BL_5521_scan.jpg » is most likely a bon de livraison titled « BL 5521 scan ».
 */
import type { DocumentKind } from '../model';
import type { PieceMime } from './fileType';

const KIND_PATTERNS: readonly [RegExp, DocumentKind][] = [
  [/accus|avis.?de.?r[ée]ception|\bar\b/i, 'accuse-reception'],
  [/preuve|d[ée]p[oô]t|envoi|recommand/i, 'preuve-envoi'],
  [/\bcgv\b|conditions.?g[ée]n[ée]rales/i, 'cgv'],
  [/contrat|convention|accord.?cadre/i, 'contrat'],
  [/commande|\bbc\b|\bpo\b|purchase/i, 'bon-de-commande'],
  [/livraison|\bbl\b|delivery|r[ée]ception.?marchandise/i, 'bon-de-livraison'],
  [/relev[ée]|statement/i, 'releve-de-compte'],
  [/facture|invoice|\bfa?[-_ ]?\d/i, 'facture'],
  [/courrier|lettre|mail|relance|mise.?en.?demeure/i, 'correspondance'],
];

export function guessKind(fileName: string, mime: PieceMime): DocumentKind {
  const name = fileName.replace(/\.[a-z0-9]+$/i, '').replace(/[_]+/g, ' ');
  for (const [pattern, kind] of KIND_PATTERNS) if (pattern.test(name)) return kind;
  return mime === 'message/rfc822' ? 'correspondance' : 'autre';
}

/**
 * « facture_F-1023_scan.pdf » → « Facture F-1023 scan », « bon-de-livraison-BL-5521.jpg » →
 * « Bon de livraison BL-5521 »: underscores and hyphens between words become spaces, a hyphen in
 * a reference (F-1023) stays.
 */
export function guessTitle(fileName: string): string {
  const base = fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/_+/g, ' ')
    .replace(/(?<=\p{L}{2})-(?=\p{L}{2})/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return base ? base.charAt(0).toLocaleUpperCase('fr-FR') + base.slice(1) : fileName;
}
