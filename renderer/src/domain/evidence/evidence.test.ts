import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import type { EvidenceDocument } from '../model';
import { checkPieceSize, MAX_PIECE_BYTES, sniffPiece } from './fileType';
import { guessKind, guessTitle } from './guess';
import { debtorPieces, pieceFromLetter } from './pieces';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('sniffPiece', () => {
  it.each([
    ['scan.pdf', text('%PDF-1.7\n'), 'application/pdf'],
    ['junk-before.pdf', text('\n\n%PDF-1.4'), 'application/pdf'],
    ['photo.png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'image/png'],
    ['photo.jpeg', bytes(0xff, 0xd8, 0xff, 0xe0), 'image/jpeg'],
    ['message.eml', text('From: a@b.fr\r\nTo: c@d.fr\r\n\r\nBonjour'), 'message/rfc822'],
  ])('%s is %s', (name, data, mime) => {
    expect(sniffPiece(name, data)).toEqual({ ok: true, mime });
  });

  it.each([
    [
      'contrat.docx',
      bytes(0x50, 0x4b, 0x03, 0x04, 0),
      /«\scontrat\.docx\s» est un document Word\s: format non pris en charge/,
    ],
    ['page.pdf', text('<!doctype html><p>'), /une page web bien que nommé \.pdf/],
    ['virus.png', text('MZ\x90\x00'), /un programme Windows bien que nommé comme une image/],
    ['notes.eml', text('pas un courriel'), /format inconnu/],
    ['vide.pdf', new Uint8Array(), /«\svide\.pdf\s» est vide/],
  ])('refuses %s in French', (name, data, reason) => {
    const result = sniffPiece(name, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses more than 200 Mo before reading', () => {
    expect(checkPieceSize('scan.pdf', MAX_PIECE_BYTES)).toBeNull();
    expect(checkPieceSize('scan.pdf', MAX_PIECE_BYTES + 1)).toMatch(
      /^«\sscan\.pdf\s» pèse 200\sMo\s: au-delà de 200\sMo/,
    );
  });
});

describe('guesses from the file name', () => {
  it.each([
    ['BL_5521_scan.jpg', 'bon-de-livraison'],
    ['Facture F-1023.pdf', 'facture'],
    ['CGV 2025.pdf', 'cgv'],
    ['contrat-fourniture.pdf', 'contrat'],
    ['AR LRAR 1A123.png', 'accuse-reception'],
    ['bon de commande BC-7781.pdf', 'bon-de-commande'],
    ['divers.pdf', 'autre'],
  ])('%s → %s', (name, kind) => expect(guessKind(name, 'application/pdf')).toBe(kind));

  it('titles from the name', () => {
    expect(guessTitle('facture_F-1023_scan.pdf')).toBe('Facture F-1023 scan');
    expect(guessTitle('bon-de-livraison-BL-5521.jpg')).toBe('Bon de livraison BL-5521');
  });
});

describe('letters as pieces', () => {
  it('shows a letter as correspondance with its method and tracking number', () => {
    const piece = pieceFromLetter({
      id: 'l1',
      template: 'mise-en-demeure',
      templateName: 'Mise en demeure',
      debtorId: 'd1',
      invoiceIds: ['i1'],
      date: isoDate('2026-11-05'),
      sendMethod: 'lrar',
      trackingNumber: '1A 123',
      pdfSha256: 'f'.repeat(64),
      createdAt: '2026-11-05T10:00:00.000Z',
    });
    expect(piece).toMatchObject({
      key: 'letter:l1',
      kind: 'correspondance',
      title: 'Mise en demeure (lettre recommandée avec AR n° 1A 123)',
      fileName: 'Mise en demeure – 05-11-2026.pdf',
      letterTemplate: 'mise-en-demeure',
    });
    expect(debtorPieces([], [])).toEqual([]);
  });
});

describe('an invoice piece takes its number from the ledger', () => {
  const document: EvidenceDocument = {
    id: 'doc1',
    debtorId: 'd1',
    invoiceIds: ['i1'],
    kind: 'facture',
    title: 'Scan 0042',
    fileName: 'scan_0042.pdf',
    mime: 'application/pdf',
    size: 10,
    sha256: 'a'.repeat(64),
    addedAt: '2026-01-03T10:00:00.000Z',
  };
  const invoices = [
    { id: 'i1', number: 'FA26001' },
    { id: 'i2', number: 'FA26002' },
  ];

  it.each<[string, Partial<EvidenceDocument>, string | undefined]>([
    ['linked to one invoice', {}, 'FA26001'],
    ['with a number of its own', { reference: 'FA-OLD-7' }, 'FA-OLD-7'],
    ['linked to two invoices', { invoiceIds: ['i1', 'i2'] }, undefined],
    ['not an invoice', { kind: 'bon-de-livraison' }, undefined],
  ])('%s', (_label, overrides, reference) => {
    const [piece] = debtorPieces([{ ...document, ...overrides }], [], invoices);
    expect(piece?.reference).toBe(reference);
  });
});
