import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { currencyOfFormat, sheetToGrid } from './sheetToGrid';

describe('currencyOfFormat', () => {
  it.each([
    ['General', null],
    ['#,##0.00', null],
    ['dd/mm/yyyy', null],
    ['[$-40C]dd mmmm yyyy', null],
    ['#,##0.00 "€"', 'EUR'],
    ['#,##0.00\\ [$€-40C]', 'EUR'],
    ['[$$-409]#,##0.00', 'USD'],
    ['[$USD] #,##0.00', 'USD'],
    ['[$£-809]#,##0.00', 'GBP'],
    ['#,##0.00 "CHF"', 'CHF'],
    ['$#,##0.00_);($#,##0.00)', 'USD'],
  ])('%j -> %s', (format, currency) => {
    expect(currencyOfFormat(format)).toBe(currency);
  });
});

describe('sheetToGrid', () => {
  it('walks the stored rows, not the range the sheet claims', () => {
    const sheet = XLSX.utils.aoa_to_sheet([['Code', 'Montant'], ['411A', 12.5], [], ['', '']], {
      dense: true,
    });
    sheet['!ref'] = 'A1:Z1000000';
    const grid = sheetToGrid(sheet);
    expect(grid.rows).toEqual([
      ['Code', 'Montant'],
      ['411A', 12.5],
    ]);
  });

  it('keeps dates, errors, booleans and currency formats', () => {
    const sheet = XLSX.utils.aoa_to_sheet([[0]], { dense: true });
    const data = sheet['!data'] ?? [];
    data[0] = [
      { t: 'd', v: new Date(Date.UTC(2026, 9, 31)) },
      { t: 'e', v: 0x2a },
      { t: 'b', v: true },
      { t: 'n', v: 99.9, z: '[$USD] #,##0.00' },
      { t: 'z' },
    ];
    sheet['!ref'] = 'A1:E1';
    expect(sheetToGrid(sheet).rows[0]).toEqual([
      new Date(Date.UTC(2026, 9, 31)),
      { error: '#N/A' },
      true,
      { amount: 99.9, currency: 'USD' },
      null,
    ]);
  });
});
