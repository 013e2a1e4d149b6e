/**
 * CFONB 120: the French fixed-width statement (« relevé de compte 120 caractères »). One line per
 * record: 01 opening balance, 04 movement, 05 complement of the movement above, 07 closing
 * balance. Positions below are 0-based slices of the 120 characters.
 *
 * Amounts have 14 characters whose last one carries both the last digit and the sign
 * (`{ A…I` positive 0…9, `} J…R` negative 0…9); position 19 gives the number of decimals.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { makeIsoDate } from '../dates';
import type { Cents, IsoDate } from '../model';
import { cents, negateCents, roundCents, subtractCents, ZERO_CENTS } from '../money';
import { isKnownCurrency } from './amounts';
import {
  type BankCredit,
  type BankStatement,
  type ParsedStatementFile,
  StatementError,
} from './types';

export const CFONB_LINE_LENGTH = 120;

const SIGNED_LAST_DIGIT: Readonly<Record<string, [sign: 1 | -1, digit: number]>> = {
  '{': [1, 0],
  A: [1, 1],
  B: [1, 2],
  C: [1, 3],
  D: [1, 4],
  E: [1, 5],
  F: [1, 6],
  G: [1, 7],
  H: [1, 8],
  I: [1, 9],
  '}': [-1, 0],
  J: [-1, 1],
  K: [-1, 2],
  L: [-1, 3],
  M: [-1, 4],
  N: [-1, 5],
  O: [-1, 6],
  P: [-1, 7],
  Q: [-1, 8],
  R: [-1, 9],
};

/** Qualifiers of 05 records whose text is a remittance or a reference (others are ignored). */
const REMITTANCE_QUALIFIERS = new Set(['LIB', 'LCC', 'LC2', 'LCS', 'MMO']);
const REFERENCE_QUALIFIERS = new Set(['RCN', 'REF']);

interface Line {
  number: number;
  text: string;
}

function where(fileName: string, line: Line): string {
  return `« ${fileName} », ligne ${line.number}`;
}

function fail(fileName: string, line: Line, what: string): never {
  throw new StatementError(`${where(fileName, line)} : ${what}`);
}

function amountOf(fileName: string, line: Line): Cents {
  const field = line.text.slice(90, 104);
  const last = SIGNED_LAST_DIGIT[field.slice(-1)];
  const digits = field.slice(0, -1);
  const decimals = Number(line.text[19]);
  if (!last || !/^\d{13}$/.test(digits) || !Number.isInteger(decimals) || decimals > 3) {
    fail(fileName, line, `montant illisible (« ${field} », positions 91 à 104).`);
  }
  const [sign, lastDigit] = last;
  const minor = Number(`${digits}${lastDigit}`);
  // Recouvra counts cents: a 3-decimal amount is rounded (never seen for euros).
  const amount = decimals === 2 ? cents(minor) : roundCents((minor * 100) / 10 ** decimals);
  return sign < 0 ? negateCents(amount) : amount;
}

function dateOf(fileName: string, line: Line, start: number, label: string): IsoDate {
  const field = line.text.slice(start, start + 6);
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(field);
  const date = match
    ? makeIsoDate(2000 + Number(match[3]), Number(match[2]), Number(match[1]))
    : null;
  if (!date) fail(fileName, line, `${label} illisible (« ${field} », attendu JJMMAA).`);
  return date;
}

function accountOf(line: Line): string {
  const bank = line.text.slice(2, 7).trim();
  const branch = line.text.slice(11, 16).trim();
  const account = line.text.slice(21, 32).trim();
  return `${bank} ${branch} ${account}`;
}

function currencyOf(fileName: string, line: Line): string {
  const code = line.text.slice(16, 19);
  if (!isKnownCurrency(code)) fail(fileName, line, `devise inconnue « ${code} ».`);
  return code;
}

function linesOf(fileName: string, text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = { number: index + 1, text: raw };
    if (raw.length !== CFONB_LINE_LENGTH) {
      fail(
        fileName,
        line,
        `${raw.length} caractères au lieu de ${CFONB_LINE_LENGTH} : ce n’est pas un relevé CFONB 120 intact.`,
      );
    }
    lines.push(line);
  });
  return lines;
}

export function parseCfonb120(fileName: string, text: string): ParsedStatementFile {
  const statements: BankStatement[] = [];
  let current: BankStatement | null = null;
  let lastCredit: BankCredit | null = null;
  let lastLine: Line | null = null;
  for (const line of linesOf(fileName, text)) {
    lastLine = line;
    const code = line.text.slice(0, 2);
    if (code === '01') {
      if (current) fail(fileName, line, 'nouveau solde (07) manquant avant cet ancien solde (01).');
      current = {
        accountId: accountOf(line),
        currency: currencyOf(fileName, line),
        opening: { date: dateOf(fileName, line, 34, 'date'), cents: amountOf(fileName, line) },
        credits: [],
        debitCount: 0,
        debitCents: ZERO_CENTS,
      };
      lastCredit = null;
    } else if (code === '04') {
      if (!current) fail(fileName, line, 'mouvement (04) sans ancien solde (01) avant lui.');
      const amount = amountOf(fileName, line);
      lastCredit = null;
      if (amount < 0) {
        current.debitCount += 1;
        current.debitCents = subtractCents(current.debitCents, amount);
        continue;
      }
      const bookingDate = dateOf(fileName, line, 34, 'date de comptabilisation');
      const entryNumber = line.text.slice(81, 88).trim();
      const reference = line.text.slice(104, 120).trim();
      const credit: BankCredit = {
        accountId: current.accountId,
        bankReference: [bookingDate, entryNumber, reference].filter(Boolean).join('/'),
        bookingDate,
        valueDate: dateOf(fileName, line, 42, 'date de valeur'),
        amountCents: amount,
        currency: currencyOf(fileName, line),
        references: reference ? [reference] : [],
        remittance: line.text.slice(48, 79).trim(),
        origin: `ligne ${line.number}`,
      };
      current.credits.push(credit);
      lastCredit = credit;
    } else if (code === '05') {
      if (!current) fail(fileName, line, 'complément (05) sans mouvement (04) avant lui.');
      if (!lastCredit) continue; // the complement of a debit
      addComplement(lastCredit, line.text.slice(45, 48), line.text.slice(48, 118).trim());
    } else if (code === '07') {
      if (!current) fail(fileName, line, 'nouveau solde (07) sans ancien solde (01).');
      current.closing = {
        date: dateOf(fileName, line, 34, 'date'),
        cents: amountOf(fileName, line),
      };
      statements.push(current);
      current = null;
      lastCredit = null;
    } else {
      fail(fileName, line, `code d’enregistrement « ${code} » inconnu (attendu 01, 04, 05 ou 07).`);
    }
  }
  if (current && lastLine)
    fail(fileName, lastLine, 'le fichier s’arrête avant le nouveau solde (07).');
  return { fileName, format: 'cfonb120', statements };
}

function addComplement(credit: BankCredit, qualifier: string, detail: string): void {
  if (!detail) return;
  if (qualifier === 'NPY') credit.payerName = detail;
  else if (qualifier === 'IPY') {
    // The payer's identifier: kept when it is an IBAN (it then identifies the debtor).
    const iban = electronicFormatIBAN(detail);
    if (iban && isValidIBAN(iban)) credit.payerIban = iban;
  } else if (REFERENCE_QUALIFIERS.has(qualifier)) credit.references.push(detail);
  else if (REMITTANCE_QUALIFIERS.has(qualifier)) {
    credit.remittance = credit.remittance ? `${credit.remittance} ${detail}` : detail;
  }
}
