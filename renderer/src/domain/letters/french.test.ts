import { describe, expect, it } from 'vitest';
import { deName, elide, elideBefore, frenchTypography, joinFr, numberInWordsFr } from './french';

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

describe('elision', () => {
  it.each([
    ['Agencement SAS', 'd’Agencement SAS'],
    ['Mécalia SAS', 'de Mécalia SAS'],
    ['Écluse & Fils', 'd’Écluse & Fils'],
    ['AGENCEMENT', 'd’AGENCEMENT'],
    ['Œnologie du Val', 'd’Œnologie du Val'],
    ['Île-de-France Bâtiment', 'd’Île-de-France Bâtiment'],
    ['Yvetot Services', 'd’Yvetot Services'],
    ['Yoplait', 'de Yoplait'],
    // h is never elided: mute and aspirate h cannot be told apart from spelling.
    ['Hachette Livre', 'de Hachette Livre'],
    ['Hélène Roux', 'de Hélène Roux'],
    ['3M France', 'de 3M France'],
    ['', 'de '],
  ])('deName(%j) = %s', (name, expected) => {
    expect(deName(name)).toBe(expected);
  });

  it.each([
    ['que', 'il', 'qu’il'],
    ['le', 'Agence', 'l’Agence'],
    ['la', 'Orangerie', 'l’Orangerie'],
    ['De', 'Orléans', 'D’Orléans'],
    ['que', 'nous', 'que nous'],
  ] as const)('elide(%s, %s) = %s', (particle, next, expected) => {
    expect(elide(particle, next)).toBe(expected);
  });

  it.each([
    ["à l'ordre de ", 'Agencement', "à l'ordre d’"],
    ["à l'ordre de ", 'Mécalia', "à l'ordre de "],
    ['avec ', 'Agencement', 'avec '],
    ['monde ', 'Agencement', 'monde '],
    ['(de ', 'Agencement', '(d’'],
    ['de ', 'Agencement', 'd’'],
    ['De ', 'Agencement', 'D’'],
  ])('elideBefore(%j, %s) = %j', (text, next, expected) => {
    expect(elideBefore(text, next)).toBe(expected);
  });
});
