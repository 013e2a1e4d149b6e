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
