/**
 * The département of a French postal code, which is what picks the courts to propose. Corsica's
 * codes start with 20 for both départements (20000–20199 Corse-du-Sud, 20200–20699 Haute-Corse);
 * overseas codes take three digits (97100 → 971). Monaco (980xx), the other overseas collectivities
 * (984–989) and an address abroad have no département: the user searches the whole list.
 */

const FRANCE = /^(france|fr|fra|france métropolitaine)$/i;

export function departementOfPostalCode(
  postalCode: string | undefined,
  country?: string,
): string | null {
  if (country?.trim() && !FRANCE.test(country.trim())) return null;
  const code = (postalCode ?? '').replace(/\s/g, '');
  if (!/^\d{5}$/.test(code)) return null;
  const two = code.slice(0, 2);
  if (two === '20') return Number(code) < 20200 ? '2A' : '2B';
  if (two === '97') {
    const three = code.slice(0, 3);
    return /^97[1-6]$/.test(three) ? three : null;
  }
  const n = Number(two);
  return n >= 1 && n <= 95 ? two : null;
}
