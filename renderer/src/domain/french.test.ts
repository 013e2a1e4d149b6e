import { describe, expect, it } from 'vitest';
import { formatCount, frenchTypography, guillemets, ordinal, plural, pluralForm } from './french';

/** Makes the invisible spaces visible: `~` no-break space, `^` narrow no-break space. */
const show = (s: string) => s.replace(/\u00a0/g, '~').replace(/\u202f/g, '^');

describe('frenchTypography', () => {
  it.each([
    ['Attention : relance due', 'Attention~: relance due'],
    ['Attention: relance due', 'Attention~: relance due'],
    ['Payer ; relancer', 'Payer~; relancer'],
    ['Vraiment ?', 'Vraiment~?'],
    ['Enregistré !', 'Enregistré~!'],
    ['Total :', 'Total~:'],
    ['« Relance 1 »', '«~Relance 1~»'],
    ['«Relance»', '«~Relance~»'],
    ["l'import d'aujourd'hui", 'l’import d’aujourd’hui'],
    ["File d'actions", 'File d’actions'],
    // already typeset: unchanged (idempotent)
    ['Attention\u00a0: «\u00a0x\u00a0»', 'Attention~: «~x~»'],
    // not prose: times, URLs, quotes around digits
    ['à 12:30', 'à 12:30'],
    ['https://recouvra.fr', 'https://recouvra.fr'],
    ["'12'", "'12'"],
    ['Rien', 'Rien'],
  ])('%s', (input, expected) => {
    expect(show(frenchTypography(input))).toBe(expected);
    expect(frenchTypography(frenchTypography(input))).toBe(frenchTypography(input));
  });

  it('puts no-break spaces inside guillemets', () => {
    expect(show(guillemets('Créancier'))).toBe('«~Créancier~»');
  });
});

describe('counts', () => {
  it.each([
    [0, 'courrier', undefined, '0~courrier'],
    [1, 'courrier', undefined, '1~courrier'],
    [2, 'courrier', undefined, '2~courriers'],
    [0, 'pièce', undefined, '0~pièce'],
    [5000, 'pièce', undefined, '5^000~pièces'],
    [1072, 'jour', undefined, '1^072~jours'],
    [1, 'facture', undefined, '1~facture'],
    [3, 'facture', undefined, '3~factures'],
    [2, 'travail', 'travaux', '2~travaux'],
    [1_000_000, 'débiteur', undefined, '1^000^000~débiteurs'],
  ])('plural(%i, %s)', (count, singular, pluralWord, expected) => {
    expect(show(plural(count, singular, pluralWord))).toBe(expected);
  });

  it.each([
    [0, 'erreur'],
    [1, 'erreur'],
    [1.5, 'erreur'],
    [2, 'erreurs'],
  ])('pluralForm(%d) follows Intl.PluralRules fr-FR', (count, expected) => {
    expect(pluralForm(count, 'erreur')).toBe(expected);
  });

  it.each([
    [18325, '18^325'],
    [999, '999'],
    [-1176, '-1^176'],
  ])('formatCount(%i) separates thousands', (value, expected) => {
    expect(show(formatCount(value))).toBe(expected);
  });

  it.each([
    [1, 'masculine', '1ᵉʳ'],
    [1, 'feminine', '1ʳᵉ'],
    [2, 'masculine', '2ᵉ'],
    [2, 'feminine', '2ᵉ'],
    [21, 'masculine', '21ᵉ'],
    [1000, 'feminine', '1^000ᵉ'],
  ] as const)('ordinal(%i, %s)', (value, gender, expected) => {
    expect(show(ordinal(value, gender))).toBe(expected);
  });
});
