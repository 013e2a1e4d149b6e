/**
 * Currencies of the ledger. Every item keeps the ISO 4217 code of its amounts; amounts are held in
 * hundredths of that currency (`Cents`), never converted in place. Where figures of several
 * currencies must be added (dashboard, aging, snapshots), each item counts for its EUR
 * equivalent: its open amount × the rate its import gave (the file's EUR column, or the rate the
 * user entered for that import). A foreign item without a rate has no EUR equivalent and is left
 * out of euro totals, never added as if it were euros.
 */
import type { Cents } from './model';
import { roundCents, sumCents, withTrueMinus, ZERO_CENTS } from './money';

export const EUR = 'EUR';

/** Items written before currencies were kept may lack one: they are euros. */
export function currencyOf(item: { currency?: string }): string {
  return item.currency?.trim() ? item.currency : EUR;
}

export function isForeign(item: { currency?: string }): boolean {
  return currencyOf(item) !== EUR;
}

/**
 * EUR equivalent of an amount at a rate (euros for one unit), rounded half-up to the cent, the
 * one rounding rule of Recouvra. The rate of an item read from the file's EUR column is that
 * column divided by the balance, so this gives the file's own figure back to the cent.
 */
export function eurEquivalent(amount: Cents, eurRate: number): Cents {
  const value = roundCents(amount * eurRate);
  return value === 0 ? ZERO_CENTS : value;
}

export interface ConvertibleItem {
  openCents: Cents;
  currency?: string;
  /** Euros for one unit of `currency`, set by the import that last read the item. */
  eurRate?: number;
}

/** The item's open amount in euros; null for a foreign item without a rate. */
export function eurOpenCents(item: ConvertibleItem): Cents | null {
  if (!isForeign(item)) return item.openCents;
  if (item.eurRate === undefined || !Number.isFinite(item.eurRate)) return null;
  return eurEquivalent(item.openCents, item.eurRate);
}

/** What a sum in euros of several currencies holds: its foreign part, and what it left out. */
export interface EurNote {
  /** EUR equivalent of the foreign items counted (0 when all are euros). */
  foreignEurCents: Cents;
  /** Foreign currencies counted for their EUR equivalent, sorted. */
  currencies: string[];
  /** Foreign items with no rate, not counted, and their currencies. */
  unconvertedItems: number;
  unconvertedCurrencies: string[];
}

/** Foreign-currency content of a set of open items, for the sentence under a euro figure. */
export function eurNoteOf(items: Iterable<ConvertibleItem>): EurNote {
  const counted = new Set<string>();
  const missing = new Set<string>();
  const foreign: Cents[] = [];
  let unconvertedItems = 0;
  for (const item of items) {
    if (!isForeign(item)) continue;
    const eur = eurOpenCents(item);
    if (eur === null) {
      unconvertedItems++;
      missing.add(currencyOf(item));
      continue;
    }
    counted.add(currencyOf(item));
    foreign.push(eur);
  }
  return {
    foreignEurCents: sumCents(foreign),
    currencies: [...counted].sort(),
    unconvertedItems,
    unconvertedCurrencies: [...missing].sort(),
  };
}

/**
 * « Montants en euros, dont 12 345,67 € de contre-valeur de créances en GBP, USD. » and, when
 * some foreign items have no rate, which are left out.
 */
export function eurNoteSentence(note: EurNote): string {
  const parts: string[] = [];
  if (note.currencies.length > 0) {
    parts.push(
      `Montants en euros, dont ${formatMoney(note.foreignEurCents)} de contre-valeur de créances en ${note.currencies.join(', ')} (taux de chaque import).`,
    );
  }
  if (note.unconvertedItems > 0) {
    const n = note.unconvertedItems;
    parts.push(
      `${n} pièce${n > 1 ? 's' : ''} en ${note.unconvertedCurrencies.join(', ')} sans taux de conversion ${n > 1 ? 'ne sont' : 'n’est'} pas comptée${n > 1 ? 's' : ''} : réimportez la balance en indiquant le taux.`,
    );
  }
  return parts.join(' ');
}

const FORMATS = new Map<string, Intl.NumberFormat>();
/**
 * Symbols printed narrow: « £ » is unambiguous in a French letter; « $ » is not (USD, CAD, AUD),
 * so the dollar keeps fr-FR's own « $US ».
 */
const NARROW = new Set(['GBP']);

/**
 * `120000`, `GBP` -> `1 200,00 £`; `USD` -> `1 200,00 $US`; `EUR` -> `1 200,00 €` (fr-FR, as
 * Intl writes it). Two decimals always: amounts are held in hundredths whatever the currency.
 */
export function formatMoney(cents: Cents, currency: string = EUR): string {
  const code = currency.trim() ? currency : EUR;
  let format = FORMATS.get(code);
  if (!format) {
    try {
      format = new Intl.NumberFormat('fr-FR', {
        style: 'currency',
        currency: code,
        currencyDisplay: NARROW.has(code) ? 'narrowSymbol' : 'symbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
    } catch {
      // Not an ISO code Intl knows: the amount with the code written after it.
      const plain = new Intl.NumberFormat('fr-FR', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
      return withTrueMinus(`${plain.format(cents / 100)}\u00a0${code}`);
    }
    FORMATS.set(code, format);
  }
  return withTrueMinus(format.format(cents / 100));
}

const RATE_TEXT = /^\d{1,6}(?:[.,]\d{1,8})?$/;

/**
 * A rate as the user types it in « 1 GBP = … EUR » (`1,1650`, `0.92`): euros for one unit.
 * Refused with a French sentence when it is not a positive decimal number.
 */
export function parseEurRate(
  text: string,
  currency: string,
): { ok: true; rate: number; text: string } | { ok: false; message: string } {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (trimmed === '') {
    return { ok: false, message: `Indiquez le taux de conversion : 1 ${currency} = … EUR.` };
  }
  if (!RATE_TEXT.test(trimmed)) {
    return {
      ok: false,
      message: `« ${text.trim()} » n’est pas un taux valide pour 1 ${currency} (attendu un nombre comme 1,1650).`,
    };
  }
  const normalized = trimmed.replace(',', '.');
  const rate = Number(normalized);
  if (!(rate > 0)) {
    return { ok: false, message: `Le taux de 1 ${currency} en euros doit être supérieur à zéro.` };
  }
  return { ok: true, rate, text: normalized };
}

/** `1.165` -> `1,165` for sentences. */
export function formatRateText(rateText: string): string {
  return rateText.replace('.', ',');
}

/** « GBP, USD » / « GBP et USD » lists for sentences. */
export function currencyList(codes: readonly string[]): string {
  if (codes.length <= 1) return codes.join('');
  return `${codes.slice(0, -1).join(', ')} et ${codes[codes.length - 1]}`;
}
