/** Byte counts in French units (octets, Ko, Mo, Go), one decimal above a kilo-octet. */
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const UNITS = ['Ko', 'Mo', 'Go', 'To'] as const;

/** `1536` -> `1,5 Ko`; `12_345_678` -> `11,8 Mo` (binary multiples, as file managers show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${Math.max(0, Math.round(bytes))} octets`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${oneDecimal.format(value)} ${UNITS[unit]}`;
}
