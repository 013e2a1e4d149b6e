/**
 * Random but valid French company identifiers. Validation rules live in the domain
 * (`domain/identifiers.ts`); this file only makes numbers that those rules accept.
 */
import { isLuhnValid } from '../domain/identifiers';
import type { Random } from './random';

/** The digit to append to `body` so that the whole number passes Luhn. */
export function luhnCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) {
    if (isLuhnValid(`${body}${d}`)) return String(d);
  }
  throw new Error(`Not a digit string: ${body}`);
}

/**
 * A random valid SIREN starting with `prefix`. Private companies start with 3–9; public bodies
 * start with 1 or 2 (communes 21…, public establishments 26…), as in the real register.
 */
export function randomSiren(random: Random, prefix: string): string {
  const body = prefix + random.digits(8 - prefix.length);
  return body + luhnCheckDigit(body);
}

/** SIRET of the establishment numbered `establishment` (1 = usually the head office). */
export function siretFor(siren: string, establishment: number): string {
  const body = siren + String(establishment).padStart(4, '0');
  return body + luhnCheckDigit(body);
}
