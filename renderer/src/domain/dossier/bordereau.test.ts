import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import type { EvidencePiece } from '../evidence/pieces';
import {
  bordereauLine,
  dossierPageStamp,
  numberPieces,
  orderPieces,
  pieceStamp,
} from './bordereau';
import { caseChecklist, relevantPieces } from './checklist';
import { dossierFileName, zipPieceName } from './fileNames';

function piece(overrides: Partial<EvidencePiece>): EvidencePiece {
  const id = overrides.sourceId ?? overrides.title ?? 'x';
  return {
    key: `document:${id}`,
    source: 'document',
    sourceId: id,
    debtorId: 'd1',
    invoiceIds: [],
    kind: 'autre',
    title: id,
    fileName: `${id}.pdf`,
    mime: 'application/pdf',
    sha256: 'a'.repeat(64),
    ...overrides,
  };
}

describe('bordereau', () => {
  it('orders by kind, then date (undated last), then title', () => {
    const ordered = orderPieces([
      piece({ title: 'AR', kind: 'accuse-reception', date: isoDate('2026-01-01') }),
      piece({ title: 'Facture F-2', kind: 'facture', date: isoDate('2025-03-01') }),
      piece({ title: 'Facture F-10', kind: 'facture' }),
      piece({ title: 'Facture F-1', kind: 'facture', date: isoDate('2025-02-01') }),
      piece({ title: 'Contrat', kind: 'contrat', date: isoDate('2025-01-12') }),
    ]);
    expect(ordered.map((p) => p.title)).toEqual([
      'Contrat',
      'Facture F-1',
      'Facture F-2',
      'Facture F-10',
      'AR',
    ]);
  });

  it('numbers from 1 and writes each line as the court expects', () => {
    const [first, second] = numberPieces(
      [
        piece({ title: 'Contrat de fourniture', kind: 'contrat', date: isoDate('2025-01-12') }),
        piece({ title: 'Facture F-1023', kind: 'facture' }),
      ],
      [3, 1],
    );
    expect(first && bordereauLine(first)).toBe(
      'Pièce n° 1 — Contrat de fourniture du 12/01/2025 — 3 pages',
    );
    expect(second && bordereauLine(second)).toBe('Pièce n° 2 — Facture F-1023 — 1 page');
  });

  it('stamps pages and names files', () => {
    expect(pieceStamp(3, 2, 4)).toBe('Pièce n° 3 — page 2/4');
    expect(dossierPageStamp(12, 40)).toBe('Dossier — page 12/40');
    expect(zipPieceName(1, 'Facture F-1023', 9)).toBe('01 - Facture F-1023.pdf');
    expect(zipPieceName(7, 'Contrat: v2/final', 120)).toBe('007 - Contrat v2 final.pdf');
    expect(
      dossierFileName('injonction-de-payer', 'Usinage Martin SAS', isoDate('2026-11-23')),
    ).toBe('Dossier IP – Usinage Martin SAS – 2026-11-23.pdf');
  });
});

describe('checklist', () => {
  const invoices = [
    { id: 'i1', number: 'F-1' },
    { id: 'i2', number: 'F-2' },
  ];
  const pieces = [
    piece({ title: 'Contrat cadre', kind: 'contrat' }),
    piece({ title: 'Facture F-1', kind: 'facture', invoiceIds: ['i1'] }),
    piece({ title: 'BL 1', kind: 'bon-de-livraison', invoiceIds: ['i1'] }),
    piece({ title: 'AR', kind: 'accuse-reception' }),
    {
      ...piece({ title: 'Mise en demeure', kind: 'correspondance', invoiceIds: ['i1', 'i2'] }),
      key: 'letter:l1',
      source: 'letter' as const,
      letterTemplate: 'mise-en-demeure',
    },
    piece({ title: 'Facture F-9', kind: 'facture', invoiceIds: ['i9'] }),
  ];

  it('shows, per invoice, what the injonction de payer needs and what is missing', () => {
    const checklist = caseChecklist('injonction-de-payer', invoices, pieces);
    const status = checklist.invoices.map((row) =>
      row.items.map(
        (item) => `${item.requirement}:${item.pieceKeys.length > 0 ? 'ok' : item.level}`,
      ),
    );
    expect(status).toEqual([
      [
        'facture:ok',
        'commande-ou-contrat:ok',
        'bon-de-livraison:ok',
        'mise-en-demeure:ok',
        'accuse-reception:ok',
      ],
      [
        'facture:required',
        'commande-ou-contrat:ok',
        'bon-de-livraison:required',
        'mise-en-demeure:ok',
        'accuse-reception:ok',
      ],
    ]);
    expect(checklist.missingRequired).toBe(2);
    expect(checklist.missingLines).toEqual(['F-2 : facture, bon de livraison']);
  });

  it('keeps only the pieces about the case or the debtor as a whole', () => {
    expect(relevantPieces(pieces, ['i1', 'i2']).map((p) => p.title)).not.toContain('Facture F-9');
  });
});
