/** fr-FR display of counts and ratios (money has its own module). */
const integerFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 1,
});

/** `12345` -> `12 345`. */
export function formatCount(value: number): string {
  return integerFormat.format(value);
}

/** `0.4567` -> `45,7 %`. */
export function formatPercent(ratio: number): string {
  return percentFormat.format(ratio);
}

/** `1 erreur`, `2 erreurs`, `0 erreur` (French: 0 and 1 take the singular). */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatCount(count)} ${Math.abs(count) < 2 ? singular : pluralForm}`;
}
