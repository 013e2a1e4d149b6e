import { describe, expect, it } from 'vitest';
import {
  addCents,
  cents,
  centsFromNumber,
  formatAmount,
  formatEuros,
  maxCents,
  minCents,
  multiplyCents,
  parseAmount,
  roundCents,
  subtractCents,
  sumCents,
  ZERO_CENTS,
} from './money';

/** Intl writes U+202F between thousands and U+00A0 before €; compare on plain spaces. */
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatEuros', () => {
  it.each([
    [1234567, '12 345,67 €'],
    [0, '0,00 €'],
    [5, '0,05 €'],
    [-4000, '−40,00 €'],
    [100000000, '1 000 000,00 €'],
  ])('%i cents -> %s', (amount, text) => {
    expect(plain(formatEuros(cents(amount)))).toBe(text);
  });

  it('formats without the currency sign', () => {
    expect(plain(formatAmount(cents(123456)))).toBe('1 234,56');
  });
});

describe('parseAmount', () => {
  it.each([
    ['1 234,56', 123456],
    ['1\u202f234,56', 123456],
    ['1.234,56', 123456],
    ['1,234.56', 123456],
    ['-1 234,56', -123456],
    ['\u22121 234,56 €', -123456],
    ['\u20131 234,56', -123456],
    ['1 234,56-', -123456],
    ['(1 234,56)', -123456],
    ['1 234,56 €', 123456],
    ['EUR 12,5', 1250],
    ['12', 1200],
    ['0,07', 7],
    ['1.234', 123400],
    ['1,234', 123400],
    ['1.234.567', 123456700],
    ['1,234,567.89', 123456789],
    ['+15,00', 1500],
    ['-0,00', 0],
  ])('%s -> %i cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  it.each([[''], ['abc'], ['12,345,6x'], ['1,2345'], ['--']])('refuses %j', (text) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/montant|décimales|grand/);
  });
});

describe('centsFromNumber', () => {
  it.each([
    [1.005, 101],
    [1234.56, 123456],
    [0.1 + 0.2, 30],
    [-19.99, -1999],
    [1e9, 1e11],
    [2.675, 268],
  ])('%d euros -> %i cents', (euros, cents) => {
    expect(centsFromNumber(euros)).toBe(cents);
  });
});

describe('roundCents', () => {
  it.each([
    [0.5, 1],
    [1.4999999999, 1],
    [-0.5, -1],
    [2.5, 3],
    [123.456, 123],
  ])('%d -> %i', (value, rounded) => {
    expect(roundCents(value)).toBe(rounded);
  });
});

describe('cents and the arithmetic on cents', () => {
  it('lets a number in only when it is a safe integer', () => {
    expect(cents(-12_345)).toBe(-12_345);
    for (const bad of [0.5, 12.34, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => cents(bad), String(bad)).toThrow(RangeError);
    }
  });

  it('adds, subtracts, sums and compares whole cents', () => {
    const a = cents(10_050);
    const b = cents(-2_025);
    expect(addCents(a, b)).toBe(8_025);
    expect(subtractCents(a, b)).toBe(12_075);
    expect(sumCents([a, b, ZERO_CENTS, a])).toBe(18_075);
    expect(sumCents([])).toBe(0);
    expect(minCents(a, b)).toBe(-2_025);
    expect(maxCents(b, ZERO_CENTS)).toBe(0);
    expect(multiplyCents(a, -3)).toBe(-30_150);
    expect(() => multiplyCents(a, 0.5)).toThrow(RangeError);
  });
});
