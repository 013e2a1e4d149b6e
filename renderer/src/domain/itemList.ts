/** Item numbers in a sentence, cut short: a debtor may owe two hundred invoices. */
export function itemNumbers(numbers: readonly string[], shown = 4): string {
  if (numbers.length <= shown + 1) return numbers.join(', ');
  const rest = numbers.length - shown;
  return `${numbers.slice(0, shown).join(', ')} et ${rest} autres`;
}
