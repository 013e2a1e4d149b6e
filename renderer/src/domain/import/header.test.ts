import { describe, expect, it } from 'vitest';
import type { Cell, CellRange, Grid } from './grid';
import { detectHeader } from './header';
import { detectLayout, guessMapping, headerSignature, missingColumns } from './mapping';
import { matchPreset } from './presets';
import type { ColumnMapping, ImportLayout } from './types';

const grid = (rows: Cell[][], merges: CellRange[] = []): Grid => ({ rows, merges });
const range = (r1: number, c1: number, r2: number, c2: number): CellRange => ({
  s: { r: r1, c: c1 },
  e: { r: r2, c: c2 },
});

describe('detectHeader', () => {
  it.each<[string, Grid, number, number]>([
    [
      'first row',
      grid([
        ['Code client', 'Raison sociale', 'N° facture', 'Échéance', 'Montant'],
        ['411A', 'A', 'F1', '01/10/2026', 10],
      ]),
      0,
      0,
    ],
    [
      'under title, company and filter lines',
      grid([
        ['SOCIÉTÉ EXEMPLE SAS'],
        ['Balance âgée clients au 31/10/2026'],
        ['Client : tous', 'Devise : EUR'],
        [],
        ['Compte', 'Intitulé', 'Pièce', 'Date', 'Échéance', 'Solde'],
        ['411A', 'A', 'F1', '01/09/2026', '01/10/2026', 10],
      ]),
      4,
      4,
    ],
    [
      'two lines without merges (« Date » over « échéance »)',
      grid([
        ['Code', 'Nom', 'N°', 'Date', 'Date', 'Montant'],
        ['client', '', 'pièce', 'pièce', 'échéance', 'TTC'],
        ['411A', 'A', 'F1', '01/09/2026', '01/10/2026', 10],
      ]),
      0,
      1,
    ],
    [
      'merged group label over bucket columns',
      grid(
        [
          ['Code client', 'Client', 'Échéances', '', '', 'Total'],
          ['', '', 'Non échu', '1-30', '+30', ''],
          ['411A', 'A', 10, 0, 0, 10],
        ],
        [range(0, 0, 1, 0), range(0, 1, 1, 1), range(0, 2, 0, 4), range(0, 5, 1, 5)],
      ),
      1,
      1,
    ],
    [
      'English SAP labels',
      grid([
        ['Customer Line Item Display'],
        [],
        [
          'St',
          'Account',
          'Document Number',
          'Document Date',
          'Net due date',
          'Amount in local currency',
        ],
      ]),
      2,
      2,
    ],
  ])('%s', (_label, sheet, firstRow, lastRow) => {
    const header = detectHeader(sheet);
    expect(header?.firstRow).toBe(firstRow);
    expect(header?.lastRow).toBe(lastRow);
  });

  it.each<[string, Grid]>([
    ['no labels at all', grid([['Compte rendu'], ['Point 1', 3], ['Point 2', 4]])],
    ['labels without any amount column', grid([['Code client', 'Raison sociale', 'Ville']])],
    ['an amount without anyone to owe it', grid([['Montant', 'Date']])],
    ['an empty sheet', grid([])],
  ])('finds none in %s', (_label, sheet) => {
    expect(detectHeader(sheet)).toBeNull();
  });

  it('reads a two-line header as one label per column', () => {
    const header = detectHeader(
      grid([
        ['Code', 'Date', 'Date', 'N°', 'Montant'],
        ['client', 'pièce', 'échéance', 'pièce', ''],
      ]),
    );
    expect(header?.columns.map((c) => c.label)).toEqual([
      'Code client',
      'Date pièce',
      'Date échéance',
      'N° pièce',
      'Montant',
    ]);
  });
});

/** Mapping guessed for a one-line header. */
function mappingOf(labels: string[]): ColumnMapping {
  const header = detectHeader(grid([labels]));
  if (!header) throw new Error(`no header in ${labels.join(' | ')}`);
  return guessMapping(header.columns);
}

describe('guessMapping', () => {
  it.each<[string[], ColumnMapping]>([
    [
      [
        'Code client',
        'Raison sociale',
        'N° facture',
        'Date facture',
        'Échéance',
        'Montant TTC',
        'Reste dû',
      ],
      {
        accountNo: 0,
        debtorName: 1,
        documentNumber: 2,
        documentDate: 3,
        dueDate: 4,
        amount: 5,
        openAmount: 6,
      },
    ],
    [
      // « Référence » falls back to the order number once « N° pièce » took the document number.
      ['Compte', 'Client', 'Référence', 'N° pièce', 'Date', 'Échéance', 'Débit', 'Crédit'],
      {
        accountNo: 0,
        debtorName: 1,
        poNumber: 2,
        documentNumber: 3,
        documentDate: 4,
        dueDate: 5,
        debit: 6,
        credit: 7,
      },
    ],
    [
      // « Client » is the code when « Raison sociale » is the name.
      ['Client', 'Raison sociale', 'Facture', 'Date', 'Montant'],
      { accountNo: 0, debtorName: 1, documentNumber: 2, documentDate: 3, amount: 4 },
    ],
    [
      [
        'Partenaire',
        'Non échu',
        '1 - 30',
        '31 - 60',
        '61 - 90',
        '91 - 120',
        'Plus ancien',
        'Total',
      ],
      {
        debtorName: 0,
        bucketNotDue: 1,
        bucket1_30: 2,
        bucket31_60: 3,
        bucket61_90: 4,
        bucket91_120: 5,
        bucketOver120: 6,
        total: 7,
      },
    ],
    [
      ['Customer', 'Name', '0-30', '31-60', '61-90', 'Older', 'Balance'],
      {
        accountNo: 0,
        debtorName: 1,
        bucket1_30: 2,
        bucket31_60: 3,
        bucket61_90: 4,
        bucketOver90: 5,
        openAmount: 6,
      },
    ],
  ])('%j', (labels, mapping) => {
    expect(mappingOf(labels)).toEqual(mapping);
  });
});

describe('detectLayout', () => {
  it.each<[string, ColumnMapping, ImportLayout]>([
    ['document numbers', { accountNo: 0, documentNumber: 1, amount: 2 }, 'open-items'],
    [
      'documents with bucket columns (Sage)',
      { accountNo: 0, documentNumber: 1, openAmount: 2, bucketNotDue: 3 },
      'open-items',
    ],
    ['buckets only', { debtorName: 0, bucketNotDue: 1, bucket1_30: 2, total: 3 }, 'buckets'],
    ['nothing usable', { accountNo: 0 }, 'open-items'],
  ])('%s -> %s', (_label, mapping, layout) => {
    expect(detectLayout(mapping)).toBe(layout);
  });

  it('says which columns a layout lacks', () => {
    expect(missingColumns({ accountNo: 0, amount: 1 }, 'open-items')).toEqual([
      'N° pièce',
      'Échéance',
    ]);
    expect(missingColumns({ total: 1 }, 'buckets')).toEqual([
      'Code client ou Raison sociale',
      'tranches (Non échu, 1-30 j, 31-60 j…)',
    ]);
  });
});

describe('presets', () => {
  it.each([
    [
      [
        'N° compte tiers',
        'Intitulé',
        'Date',
        'N° pièce',
        'Libellé',
        'Échéance',
        'Solde',
        'Non échu',
        '0 à 30 j',
      ],
      'sage100-balance-agee',
    ],
    [
      [
        'Auxiliaire',
        'Libellé auxiliaire',
        'Journal',
        'N° pièce',
        'Date échéance',
        'Débit',
        'Crédit',
        'Solde',
      ],
      'cegid-echeancier',
    ],
    [
      [
        'St',
        'Account',
        'Document Number',
        'Document Date',
        'Net due date',
        'Amount in local currency',
      ],
      'sap-fbl5n',
    ],
    [
      ['Konto', 'Belegnummer', 'Belegdatum', 'Nettofälligkeit', 'Betrag in Hauswährung'],
      'sap-fbl5n-de',
    ],
    [['Partenaire', 'Non échu', '1 - 30', '31 - 60', 'Plus ancien', 'Total'], 'odoo-balance-agee'],
    [['Code client', 'N° facture', 'Échéance', 'Montant'], undefined],
  ])('%j -> %s', (labels, presetId) => {
    const header = detectHeader(grid([labels]));
    expect(header).not.toBeNull();
    expect(header && matchPreset(header.columns)?.preset.id).toBe(presetId);
  });

  it('signs a header with its normalised labels', () => {
    const header = detectHeader(
      grid([['Code client', 'N° Facture', 'Échéance', 'Montant', '', '']]),
    );
    expect(header && headerSignature(header.columns)).toBe(
      'code client|no facture|echeance|montant',
    );
  });
});
