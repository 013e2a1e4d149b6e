import { describe, expect, it } from 'vitest';
import { formatCount, formatDays, formatPercent, formatTenths, plural } from './numbers';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('fr-FR counts', () => {
  it.each([
    [0, '0 erreur'],
    [1, '1 erreur'],
    [2, '2 erreurs'],
    [12345, '12 345 erreurs'],
  ])('plural(%i)', (count, text) => {
    expect(plain(plural(count, 'erreur', 'erreurs'))).toBe(text);
  });

  it('formats counts and percentages', () => {
    expect(plain(formatCount(1234567))).toBe('1 234 567');
    expect(plain(formatPercent(0.4567))).toBe('45,7 %');
  });

  it('formats days late and measured figures the French way', () => {
    expect(plain(formatDays(1176))).toBe('1 176 j');
    expect(formatDays(5)).toBe('5\u00a0j');
    expect(formatTenths(2.345)).toBe('2,3');
    expect(formatTenths(0.04)).toBe('0,0');
  });
});
