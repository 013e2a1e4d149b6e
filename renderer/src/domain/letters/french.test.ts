import { describe, expect, it } from 'vitest';
import { frenchTypography, joinFr, numberInWordsFr } from './french';

describe('numberInWordsFr', () => {
  it.each([
    [0, 'zéro'],
    [8, 'huit'],
    [15, 'quinze'],
    [17, 'dix-sept'],
    [21, 'vingt et un'],
    [30, 'trente'],
    [45, 'quarante-cinq'],
    [71, 'soixante et onze'],
    [77, 'soixante-dix-sept'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [91, 'quatre-vingt-onze'],
    [120, '120'],
  ])('%i -> %s', (n, words) => {
    expect(numberInWordsFr(n)).toBe(words);
  });
});

describe('frenchTypography', () => {
  it('uses the typographic apostrophe and no-break spaces around « » and before : ; ! ?', () => {
    expect(frenchTypography("l'échéance « Bon pour accord » : oui ; non ?")).toBe(
      'l’échéance «\u00a0Bon pour accord\u00a0»\u00a0: oui\u202f; non\u202f?',
    );
  });
});

it.each([
  [[], ''],
  [['A'], 'A'],
  [['A', 'B'], 'A et B'],
  [['A', 'B', 'C'], 'A, B et C'],
])('joinFr(%j) = %s', (parts, text) => {
  expect(joinFr(parts)).toBe(text);
});
