/**
 * Text lines for the parties, as printed: the creditor's letterhead and footer, the recipient's
 * postal address (French norm NF Z10-011: town in capitals after the postcode, country last and
 * only when abroad).
 */
import { type Creditor, creditorLegalMentions } from '../../domain/creditor';

export interface PostalAddress {
  addressLines: readonly string[];
  postalCode?: string;
  city?: string;
  country?: string;
}

export interface Recipient extends PostalAddress {
  name: string;
  /** « À l'attention de Mme Durand, comptabilité fournisseurs ». */
  attention?: string;
}

function isFrance(country: string | undefined): boolean {
  return !country || /^(france|fr)$/i.test(country.trim());
}

/**
 * Street lines, then « 69002 LYON », then the country in capitals when not France. The sender's
 * own letterhead keeps the town as written (`postalTown: 'as-written'`).
 */
export function postalLines(
  address: PostalAddress,
  postalTown: 'capitals' | 'as-written' = 'capitals',
): string[] {
  const lines = address.addressLines.map((l) => l.trim()).filter(Boolean);
  const city = postalTown === 'capitals' ? address.city?.toLocaleUpperCase('fr-FR') : address.city;
  const town = [address.postalCode, city].filter(Boolean).join(' ');
  if (town) lines.push(town);
  if (!isFrance(address.country)) lines.push((address.country ?? '').toLocaleUpperCase('fr-FR'));
  return lines;
}

/** Contact lines of the letterhead: « Tél. 04 72 00 00 00 — compta@exemple.fr ». */
export function creditorContactLine(creditor: Creditor): string {
  return [creditor.phone && `Tél. ${creditor.phone}`, creditor.email].filter(Boolean).join(' — ');
}

/** The footer's two lines: identity with legal mentions, then the registered address. */
export function footerLines(creditor: Creditor): string[] {
  const identity = [creditor.name, ...creditorLegalMentions(creditor)].filter(Boolean).join(' — ');
  const address = [
    ...creditor.addressLines,
    [creditor.postalCode, creditor.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const contact = creditorContactLine(creditor);
  return [identity, [address, contact].filter(Boolean).join(' — ')].filter(Boolean);
}
