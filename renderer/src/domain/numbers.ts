/** fr-FR display of counts, ordinals and ratios (money has its own module). */
const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 1,
});
const pluralRules = new Intl.PluralRules('fr-FR');

/** `12345` -> `12 345` (narrow no-break space between thousands, as Intl fr-FR writes it). */
export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** `1176` -> `1 176 j`: days late in a table cell (thousands separated, never cut from « j »). */
export function formatDays(days: number): string {
  return `${formatCount(days)}\u00a0j`;
}

const tenthsFormat = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** `2.345` -> `2,3`: a measured figure to one decimal (seconds, pages per second). */
export function formatTenths(value: number): string {
  return tenthsFormat.format(value);
}

/** `0.4567` -> `45,7 %`. */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

/**
 * The form of a noun after `count`, by French plural rules (`Intl.PluralRules('fr-FR')`): 0 and
 * 1 take the singular, 2 and more the plural. `pluralForm` defaults to the singular plus « s ».
 */
export function pluralForm(count: number, singular: string, pluralForm = `${singular}s`): string {
  return pluralRules.select(count) === 'one' ? singular : pluralForm;
}

/** `1 erreur`, `2 erreurs`, `0 erreur`, `1 072 jours`: the count formatted, the noun agreed. */
export function plural(count: number, singular: string, pluralWord = `${singular}s`): string {
  return `${formatCount(count)}\u00a0${pluralForm(count, singular, pluralWord)}`;
}

/**
 * French ordinal with superscript letters: `1` -> `1ᵉʳ` (masculine) or `1ʳᵉ` (feminine), `2` ->
 * `2ᵉ`, `1000` -> `1 000ᵉ`. « 2e », « 2ème » and « 2nd » are not French typography.
 */
export function ordinal(value: number, gender: 'masculine' | 'feminine' = 'masculine'): string {
  if (value === 1) return gender === 'feminine' ? '1ʳᵉ' : '1ᵉʳ';
  return `${formatCount(value)}ᵉ`;
}
