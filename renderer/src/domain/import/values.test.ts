import { describe, expect, it } from 'vitest';
import type { Cell } from './grid';
import { centsFromCellNumber, isoFromExcelSerial, readAmount, readDate, readText } from './values';

describe('readAmount', () => {
  it.each<[string, Cell, number, string?]>([
    ['number cell', 1234.56, 123456],
    ['float noise', 0.1 + 0.2, 30],
    ['half cent away from zero', 1.005, 101],
    ['negative number', -19.99, -1999],
    ['French text', '1 234,56', 123456],
    ['French dotted', '1.234,56', 123456],
    ['English', '1,234.56', 123456],
    ['leading minus', '-1 234,56', -123456],
    ['trailing minus (SAP)', '1.234,56-', -123456],
    ['parentheses', '(1 234,56)', -123456],
    ['euro sign', '1 234,56 €', 123456, 'EUR'],
    ['no-break spaces', '1\u202f234,56\u00a0€', 123456, 'EUR'],
    ['Unicode minus (Intl output)', '\u22121 234,56', -123456],
    ['currency code after', '1 250,00 GBP', 125000, 'GBP'],
    ['currency code before', 'USD 99.90', 9990, 'USD'],
    ['dollar sign', '$1,234.56', 123456, 'USD'],
    ['parentheses and euro', '(250,00 €)', -25000, 'EUR'],
    ['currency-formatted cell', { amount: 45, currency: 'USD' }, 4500, 'USD'],
    ['tax word only', '1 200,00 TTC', 120000],
    ['lower-case code', '12,50 eur', 1250, 'EUR'],
  ])('%s: %j -> %i', (_label, cell, cents, currency) => {
    const read = readAmount(cell);
    expect(read).toEqual(
      currency ? { kind: 'ok', value: cents, currency } : { kind: 'ok', value: cents },
    );
  });

  it.each<[Cell | undefined]>([[null], [undefined], [''], ['   ']])('%j is empty', (cell) => {
    expect(readAmount(cell)).toEqual({ kind: 'empty' });
  });

  it.each<[Cell, string]>([
    ['abc', 'abc'],
    ['12,00 ABC', '12,00 ABC'],
    ['12,345,6x', '12,345,6x'],
    ['N/A', 'N/A'],
    [true, 'VRAI'],
  ])('%j is not an amount', (cell, text) => {
    expect(readAmount(cell)).toEqual({ kind: 'invalid', text });
  });

  it.each(['#N/A', '#REF!'])('%s is a formula error', (error) => {
    expect(readAmount({ error })).toEqual({ kind: 'formula-error', text: error });
  });
});

describe('centsFromCellNumber', () => {
  it.each([
    [0, 0],
    [-0, 0],
    [12.34, 1234],
    [1234567.89, 123456789],
    [2.675, 268],
    [-2.675, -268],
    [0.125, 13],
  ])('%d € -> %i cents', (euros, cents) => {
    expect(centsFromCellNumber(euros)).toBe(cents);
  });
});

describe('readDate', () => {
  it.each<[string, Cell, string]>([
    ['date cell (UTC midnight)', new Date(Date.UTC(2026, 9, 31)), '2026-10-31'],
    ['date cell with a time', new Date(Date.UTC(2026, 9, 31, 18, 30)), '2026-10-31'],
    ['Excel serial', 46326, '2026-10-31'],
    ['Excel serial with time', 46326.75, '2026-10-31'],
    ['dd/mm/yyyy', '31/10/2026', '2026-10-31'],
    ['dd/mm/yy', '31/10/26', '2026-10-31'],
    ['dd.mm.yyyy (SAP)', '31.10.2026', '2026-10-31'],
    ['yyyy-mm-dd', '2026-10-31', '2026-10-31'],
    ['ISO with time', '2026-10-31T00:00:00', '2026-10-31'],
    ['French with time', '31/10/2026 14:05', '2026-10-31'],
    ['yyyymmdd text', '20261031', '2026-10-31'],
    ['yyyymmdd number', 20261031, '2026-10-31'],
    ['leap day', '29/02/2028', '2028-02-29'],
    ['single digits', '1/2/2026', '2026-02-01'],
  ])('%s: %j -> %s', (_label, cell, iso) => {
    expect(readDate(cell)).toEqual({ kind: 'ok', value: iso });
  });

  it('reads serials of the 1904 date system', () => {
    expect(readDate(44864, true)).toEqual({ kind: 'ok', value: '2026-10-31' });
  });

  it.each<[Cell, string]>([
    ['31/02/2026', '31/02/2026'],
    ['29/02/2026', '29/02/2026'],
    ['00/10/2026', '00/10/2026'],
    ['31/13/2026', '31/13/2026'],
    ['à confirmer', 'à confirmer'],
    ['10/2026', '10/2026'],
    [12, '12'],
  ])('%j is not a date', (cell, text) => {
    expect(readDate(cell)).toEqual({ kind: 'invalid', text });
  });

  it('reports formula errors as such', () => {
    expect(readDate({ error: '#VALUE!' })).toEqual({ kind: 'formula-error', text: '#VALUE!' });
  });
});

describe('isoFromExcelSerial', () => {
  it.each([
    [61, '1900-03-01'],
    [45658, '2025-01-01'],
    [2958465, null],
    [60, null],
    [Number.NaN, null],
  ])('%d -> %s', (serial, iso) => {
    expect(isoFromExcelSerial(serial)).toBe(iso);
  });
});

describe('readText', () => {
  it.each<[Cell | undefined, string]>([
    [' 411ALPHA ', '411ALPHA'],
    [411001, '411001'],
    [1800000123, '1800000123'],
    [null, ''],
    [new Date(0), ''],
  ])('%j -> %j', (cell, text) => {
    expect(readText(cell)).toBe(text);
  });
});
