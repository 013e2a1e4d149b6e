import { describe, expect, it } from 'vitest';
import { isFileNameTitle, type LabelledPiece, pieceLabel } from './labels';

describe('pieceLabel', () => {
  it.each<[string, LabelledPiece, string]>([
    [
      'an accusé de réception titled from its file name',
      { kind: 'accuse-reception', title: 'Accuse reception', fileName: 'accuse_reception.png' },
      'Accusé de réception',
    ],
    [
      'an accusé de réception with its registered-mail number',
      {
        kind: 'accuse-reception',
        title: 'Accuse reception',
        fileName: 'accuse_reception.png',
        reference: '1A 123 456 7890 1',
      },
      'Accusé de réception LRAR n°\u00a01A 123 456 7890 1',
    ],
    [
      'an invoice with its number, whatever the file is called',
      { kind: 'facture', title: 'Scan 0042', fileName: 'scan_0042.pdf', reference: 'FA26001' },
      'Facture n°\u00a0FA26001',
    ],
    [
      'an invoice titled from its file name, with the number given',
      {
        kind: 'facture',
        title: 'Facture F-1024',
        fileName: 'facture-F-1024.pdf',
        reference: 'n° F-1024',
      },
      'Facture n°\u00a0F-1024',
    ],
    [
      'a title the user typed that names the kind',
      { kind: 'contrat', title: 'Contrat de fourniture', fileName: 'contrat.pdf' },
      'Contrat de fourniture',
    ],
    [
      'a title the user typed that names the kind in short',
      { kind: 'cgv', title: 'CGV 2025', fileName: 'conditions.pdf' },
      'CGV 2025',
    ],
    [
      'a title the user typed without the kind',
      { kind: 'bon-de-livraison', title: '5521 (signé)', fileName: 'scan.jpg' },
      'Bon de livraison 5521 (signé)',
    ],
    [
      'a letter Recouvra sent: its own title',
      {
        kind: 'correspondance',
        title: 'Mise en demeure (lettre recommandée avec AR n° 1A 2)',
        fileName: 'Mise en demeure – 23-11-2026.pdf',
      },
      'Mise en demeure (lettre recommandée avec AR n° 1A 2)',
    ],
    [
      'another document titled from its file name',
      { kind: 'autre', title: 'Img 2231', fileName: 'IMG_2231.jpg' },
      'Img 2231',
    ],
    [
      'an invoice titled from its file name: what the name adds, as an identifier',
      { kind: 'facture', title: 'Facture F-1023', fileName: 'facture-F-1023.pdf' },
      'Facture F-1023',
    ],
    [
      'a delivery note titled from an unaccented file name',
      {
        kind: 'bon-de-livraison',
        title: 'Bon de livraison BL-5521',
        fileName: 'bon-de-livraison-BL-5521.jpg',
      },
      'Bon de livraison BL-5521',
    ],
    [
      'an accusé de réception titled from an unaccented file name with a number',
      {
        kind: 'accuse-reception',
        title: 'Accuse reception 1A123',
        fileName: 'accuse_reception_1A123.png',
      },
      'Accusé de réception 1A123',
    ],
    [
      'a file name that only names the kind, badly',
      {
        kind: 'accuse-reception',
        title: 'Accuse de reception scan',
        fileName: 'accuse_de_reception_scan.pdf',
      },
      'Accusé de réception',
    ],
    [
      'a preuve d’envoi: typographic apostrophe',
      { kind: 'preuve-envoi', title: 'preuve_envoi', fileName: 'preuve_envoi.pdf' },
      'Preuve d’envoi',
    ],
  ])('%s', (_label, piece, expected) => {
    expect(pieceLabel(piece)).toBe(expected);
  });
});

describe('isFileNameTitle', () => {
  it.each([
    ['Accuse reception', 'accuse_reception.png', true],
    ['Accusé réception', 'accuse-reception.PNG', true],
    ['Bon de livraison BL-5521', 'bon-de-livraison-BL-5521.jpg', true],
    ['Avis de réception LRAR', 'accuse-reception.png', false],
    ['Contrat', undefined, false],
  ] as const)('%s from %s: %s', (title, fileName, expected) => {
    expect(isFileNameTitle(title, fileName)).toBe(expected);
  });
});
