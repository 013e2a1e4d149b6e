import { describe, expect, it } from 'vitest';
import { asOfDateFromFileName, asOfDateFromText, asOfDateFromTitleRows } from './asOfDate';
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
