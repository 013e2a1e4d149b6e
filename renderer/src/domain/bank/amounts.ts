/** Amounts and dates as bank formats write them, read exactly (never through a float). */
import { makeIsoDate } from '../dates';
import type { Cents, IsoDate } from '../model';
import { cents } from '../money';

const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d{1,2}))?$/;

/** `"1234.5"` -> 123450; null when the text is not a decimal with at most two decimals. */
export function centsFromDecimal(text: string): Cents | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign, units = '0', fraction = ''] = match;
  const minor = Number(units) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(minor)) return null;
  return cents(sign === '-' ? -minor : minor);
}

/** `2026-11-23`, `2026-11-23T10:00:00+01:00` or `20261123…` -> `2026-11-23`; null otherwise. */
export function isoDateFromBank(text: string): IsoDate | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(text.trim());
  if (!match) return null;
  return makeIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && KNOWN_CURRENCIES.has(code);
}
