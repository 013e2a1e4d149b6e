import { describe, expect, it } from 'vitest';
import {
  type AsOfDateProposal,
  asOfDateFromDocuments,
  asOfDateFromFileName,
  asOfDateFromText,
  asOfDateFromTitleRows,
  asOfDateSentence,
  proposeAsOfDate,
} from './asOfDate';
import type { Cell } from './grid';
import { totalLabelKind } from './rowKinds';

describe('asOfDateFromText', () => {
  it.each([
    ['Balance âgée clients au 31/10/2026', '2026-10-31'],
    ['Balance âgée au 31 octobre 2026', '2026-10-31'],
    ['Situation au 1er novembre 2026', '2026-11-01'],
    ["Date d'arrêté : 31/10/2026", '2026-10-31'],
    ['Période du 01/01/2026 au 31/10/2026', '2026-10-31'],
    ['Open items at key date 31.10.2026', '2026-10-31'],
    ['Offene Posten zum Stichtag 31.10.2026', '2026-10-31'],
    ['Aged balance as of 2026-10-31', '2026-10-31'],
    ['Au : 31/10/26', '2026-10-31'],
    ['Édité le 05/11/2026 à 09:14', null],
    ['Balance âgée au 31/02/2026', null],
    ['SOCIÉTÉ EXEMPLE SAS', null],
  ])('%j -> %s', (text, iso) => {
    expect(asOfDateFromText(text)).toBe(iso);
  });

  it('prefers the as-of date to a print date in the same title', () => {
    expect(asOfDateFromText('Édité le 05/11/2026 — Balance arrêtée au 31/10/2026')).toBe(
      '2026-10-31',
    );
  });

  it('reads a date cell announced by the text before it', () => {
    const grid = {
      rows: [
        ["Date d'arrêté :", new Date(Date.UTC(2026, 9, 31))],
        ['Code client', 'Montant'],
      ],
    };
    expect(asOfDateFromTitleRows(grid, 1)).toBe('2026-10-31');
  });
});

describe('asOfDateFromFileName', () => {
  it.each([
    ['balance_agee_2026-10-31.xlsx', '2026-10-31'],
    ['BA 31.10.2026.xlsx', '2026-10-31'],
    ['BA_31-10-2026.csv', '2026-10-31'],
    ['export20261031.xls', '2026-10-31'],
    ['balance 2026-10.xlsx', '2026-10-31'],
    ['balance_2026_02.xlsx', '2026-02-28'],
    ['Balance âgée octobre 2026.xlsx', null],
    ['balance au 31 octobre 2026.xlsx', '2026-10-31'],
    ['C:\\exports\\2026-09-30\\balance.xlsx', null],
    ['FBL5N_export.xlsx', null],
    ['BA 31.02.2026.xlsx', null],
  ])('%j -> %s', (name, iso) => {
    expect(asOfDateFromFileName(name)).toBe(iso);
  });
});

const NBSP = '\u00a0';
/** A proposal written in a table: plain date strings. */
type Proposal = Omit<AsOfDateProposal, 'date'> & { date: string };
const HEADER = ['Code client', 'N° pièce', 'Date pièce', 'Échéance', 'Montant'];
const DATA = ['411A', 'FA-1', '12/10/2026', '11/11/2026', '100,00'];
const oct31 = new Date(Date.UTC(2026, 9, 31));

describe('proposeAsOfDate: where the as-of date is read, and said', () => {
  // rows above the header, rows under it; the header is the first row of `below`.
  it.each<[string, Cell[][], Cell[][], string, 'day-first' | 'month-first', Proposal | null]>([
    [
      'a title line',
      [['Balance âgée clients au 31/10/2026'], []],
      [],
      'export.xlsx',
      'day-first',
      {
        date: '2026-10-31',
        origin: { kind: 'title', row: 1, text: 'Balance âgée clients au 31/10/2026' },
      },
    ],
    [
      'a « Situation au » cell followed by a date cell',
      [['SOCIÉTÉ EXEMPLE SAS'], ['Situation au', oct31]],
      [],
      'export.xlsx',
      'day-first',
      { date: '2026-10-31', origin: { kind: 'cell', row: 2, column: 'B', text: 'Situation au' } },
    ],
    [
      'an « Arrêtée au » cell followed by a text date',
      [['Arrêtée au :', '31/10/2026']],
      [],
      'export.xlsx',
      'day-first',
      { date: '2026-10-31', origin: { kind: 'cell', row: 1, column: 'B', text: 'Arrêtée au :' } },
    ],
    [
      'a « situation au » note under the data',
      [],
      [[], ['Situation arrêtée au 31/10/2026']],
      'export.xlsx',
      'day-first',
      {
        date: '2026-10-31',
        origin: { kind: 'cell', row: 4, column: 'A', text: 'Situation arrêtée au 31/10/2026' },
      },
    ],
    [
      'the title before the file name',
      [['Balance au 31/10/2026']],
      [],
      'balance_2026-09-30.xlsx',
      'day-first',
      { date: '2026-10-31', origin: { kind: 'title', row: 1, text: 'Balance au 31/10/2026' } },
    ],
    [
      'the file name when the sheet says nothing',
      [['Édité le 05/11/2026']],
      [],
      'balance_2026-10-31.xlsx',
      'day-first',
      { date: '2026-10-31', origin: { kind: 'file-name', fileName: 'balance_2026-10-31.xlsx' } },
    ],
    [
      'a US title, month first',
      [['A/R Aging Detail'], ['As of 10/31/2026']],
      [],
      'ARAgingDetail.csv',
      'month-first',
      { date: '2026-10-31', origin: { kind: 'title', row: 2, text: 'As of 10/31/2026' } },
    ],
    [
      'a US title, month spelled',
      [['As of October 31, 2026']],
      [],
      'ARAging.csv',
      'day-first',
      { date: '2026-10-31', origin: { kind: 'title', row: 1, text: 'As of October 31, 2026' } },
    ],
    [
      'a date in a data row is not a note',
      [],
      [['411A', 'Virement au 31/10/2026', '100,00']],
      'export.xlsx',
      'day-first',
      null,
    ],
    ['nothing', [['SOCIÉTÉ EXEMPLE SAS']], [], 'export.xlsx', 'day-first', null],
  ])('%s', (_, above, below, fileName, order, proposal) => {
    const rows: Cell[][] = [...above, HEADER, DATA, ...below];
    const headerRow = above.length;
    const grid = { rows };
    expect(
      proposeAsOfDate(grid, fileName, { firstRow: headerRow, lastRow: headerRow }, order),
    ).toEqual(proposal);
  });

  it('falls back to the latest document date', () => {
    expect(
      asOfDateFromDocuments([
        { issueDate: '2026-10-12', sourceRow: 4, number: 'FA-1' },
        { sourceRow: 5, number: 'RG-1' },
        { issueDate: '2026-10-28', sourceRow: 6, number: 'FA-2' },
        { issueDate: '2026-09-30', sourceRow: 7, number: 'FA-3' },
      ] as never),
    ).toEqual({ date: '2026-10-28', origin: { kind: 'latest-document', row: 6, number: 'FA-2' } });
    expect(asOfDateFromDocuments([{ sourceRow: 5, number: 'SOLDE' }])).toBeNull();
  });

  it.each<[Proposal | null, string | null, string]>([
    [
      { date: '2026-10-31', origin: { kind: 'file-name', fileName: 'balance_2026-10-31.xlsx' } },
      '2026-10-31',
      `Date proposée d’après le nom du fichier «${NBSP}balance_2026-10-31.xlsx${NBSP}». Modifiez-la si la balance est arrêtée à une autre date.`,
    ],
    [
      { date: '2026-10-31', origin: { kind: 'title', row: 2, text: 'As of 10/31/2026' } },
      '2026-10-31',
      `Date proposée d’après le titre, ligne 2 «${NBSP}As of 10/31/2026${NBSP}». Modifiez-la si la balance est arrêtée à une autre date.`,
    ],
    [
      { date: '2026-10-31', origin: { kind: 'cell', row: 3, column: 'B', text: 'Situation au' } },
      '2026-10-31',
      `Date proposée d’après la cellule B3 «${NBSP}Situation au${NBSP}». Modifiez-la si la balance est arrêtée à une autre date.`,
    ],
    [
      { date: '2026-10-28', origin: { kind: 'latest-document', row: 6, number: 'FA-2' } },
      '2026-10-28',
      `Date proposée d’après la pièce la plus récente du fichier (FA-2, ligne 6), faute de date écrite dans le fichier ou son nom. La balance peut être arrêtée plus tard${NBSP}: vérifiez-la.`,
    ],
    [
      { date: '2026-10-28', origin: { kind: 'latest-document', row: 6, number: 'FA-2' } },
      '2026-10-31',
      `Date saisie${NBSP}; le fichier proposait le 28/10/2026 d’après la pièce la plus récente du fichier (FA-2, ligne 6), faute de date écrite dans le fichier ou son nom.`,
    ],
    [null, '2026-10-31', `Date saisie${NBSP}: le fichier n’en indique aucune.`],
    [
      null,
      null,
      `Aucune date d’arrêté trouvée (ni dans le titre, ni dans une cellule «${NBSP}Situation au${NBSP}», ni dans le nom du fichier, ni dans les dates des pièces)${NBSP}: indiquez la date à laquelle la balance est arrêtée pour calculer l’ancienneté.`,
    ],
  ])('says where %j comes from when %s is used', (proposal, chosen, sentence) => {
    expect(asOfDateSentence(proposal as AsOfDateProposal | null, chosen as never)).toBe(sentence);
  });
});

describe('totalLabelKind', () => {
  it.each([
    ['Total général', 'grand-total'],
    ['TOTAL GENERAL', 'grand-total'],
    ['Grand total', 'grand-total'],
    ['Total clients', 'grand-total'],
    ['**', 'grand-total'],
    ['Total', 'bare'],
    ['Total :', 'bare'],
    ['Total client 411ALPHA', 'subtotal'],
    ['Total 411ALPHA', 'subtotal'],
    ['Sous-total', 'subtotal'],
    ['Sous total client', 'subtotal'],
    ['Cumul compte', 'subtotal'],
    ['*', 'subtotal'],
    ['Total Énergies Services', null],
    ['TOTALENERGIES', null],
    ['Alpha Industrie', null],
    ['Totalement payé', null],
  ])('%j -> %s', (label, kind) => {
    expect(totalLabelKind(label)).toBe(kind);
  });
});
