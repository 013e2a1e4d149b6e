/**
 * A bank statement file to statements: recognises the format from the content (never from the
 * extension alone), parses it, then checks the balances — within each statement (opening + credits
 * − debits = closing) and from one statement of an account to the next in the file.
 */
import { formatDateFr } from '../dates';
import { cents, formatEuros } from '../money';
import { parseCamt053 } from './camt053';
import { type CamtTail, joinCamt053Tail, splitCamt053 } from './camt053Split';
import { CFONB_LINE_LENGTH, parseCfonb120 } from './cfonb120';
import { parseOfx } from './ofx';
import {
  type BankStatement,
  type ParsedStatementFile,
  StatementError,
  type StatementParseResult,
} from './types';
import { validateXml } from './xml';

/** Bank files are UTF-8 or Latin-1 (CFONB from older systems): the first that decodes cleanly. */
export function decodeStatementText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function detect(text: string): 'camt.053' | 'ofx' | 'cfonb120' | null {
  const head = text.slice(0, 4000);
  if (/camt\.053\./.test(head) || /<BkToCstmrStmt[\s>]/.test(head)) return 'camt.053';
  if (/OFXHEADER|<OFX>/i.test(head)) return 'ofx';
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  if (/^(01|04|05|07)/.test(first) && first.length === CFONB_LINE_LENGTH) return 'cfonb120';
  return null;
}

function checkBalances(file: ParsedStatementFile): void {
  const lastClosing = new Map<string, BankStatement>();
  file.statements.forEach((statement, index) => {
    const where = `« ${file.fileName} », relevé ${index + 1} (compte ${statement.accountId})`;
    const { opening, closing } = statement;
    if (opening && closing) {
      const credits = statement.credits.reduce((sum, c) => sum + c.amountCents, 0);
      const expected = opening.cents + credits - statement.debitCents;
      if (expected !== closing.cents) {
        throw new StatementError(
          `${where} : le solde final du ${formatDateFr(closing.date)} (${formatEuros(closing.cents)}) ne correspond pas au solde initial (${formatEuros(opening.cents)}) augmenté des crédits et diminué des débits (${formatEuros(cents(expected))}). Le fichier est incomplet ou altéré.`,
        );
      }
    }
    const previous = lastClosing.get(statement.accountId);
    if (previous?.closing && opening && previous.closing.cents !== opening.cents) {
      throw new StatementError(
        `${where} : le solde initial du ${formatDateFr(opening.date)} (${formatEuros(opening.cents)}) ne suit pas le solde final du relevé précédent du même compte (${formatEuros(previous.closing.cents)} au ${formatDateFr(previous.closing.date)}).`,
      );
    }
    lastClosing.set(statement.accountId, statement);
  });
}

/** Two entries of one file with the same bank reference get `#2`, `#3`: the same each time. */
function uniqueReferences(file: ParsedStatementFile): void {
  const seen = new Map<string, number>();
  for (const credit of file.statements.flatMap((s) => s.credits)) {
    const key = `${credit.accountId}\u0000${credit.bankReference}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > 1) credit.bankReference = `${credit.bankReference}#${count}`;
  }
}

/** The checks every reading ends with; a StatementError says what is wrong. */
function checked(file: ParsedStatementFile): StatementParseResult {
  if (file.statements.length === 0) {
    return { ok: false, message: `« ${file.fileName} » ne contient aucun relevé.` };
  }
  checkBalances(file);
  uniqueReferences(file);
  return { ok: true, file };
}

function refused(error: unknown): StatementParseResult {
  if (error instanceof StatementError) return { ok: false, message: error.message };
  throw error;
}

export function parseStatementText(fileName: string, text: string): StatementParseResult {
  try {
    const format = detect(text);
    if (!format) {
      return {
        ok: false,
        message: `« ${fileName} » n’est pas un relevé bancaire lisible : Recouvra lit les relevés CAMT.053 (XML ISO 20022), CFONB 120 et OFX.`,
      };
    }
    return checked(
      format === 'camt.053'
        ? parseCamt053(fileName, text)
        : format === 'ofx'
          ? parseOfx(fileName, text)
          : parseCfonb120(fileName, text),
    );
  } catch (error) {
    return refused(error);
  }
}

/** Reads a tail of a large CAMT.053 file on another thread (the bank worker's helper). */
export type TailReader = (tail: CamtTail) => Promise<BankStatement>;

/** From this length (about 3,000 credits), a second thread is worth its messages. */
const TWO_THREADS_FROM_CHARS = 1_000_000;

/**
 * The part of the file this thread reads: it also validates the whole file (a third of the time
 * of reading it in Chromium), so the tail it hands over is the larger part.
 */
const HEAD_SHARE = 0.42;

/**
 * `parseStatementText`, with the tail of a large CAMT.053 file read by `readTail` meanwhile
 * (camt053Split.ts). A file refused, or a tail that could not be read, is read again whole on
 * this thread: the refusal is then said exactly as `parseStatementText` says it (the first fault
 * in the file's order).
 */
export async function parseStatementTextInParts(
  fileName: string,
  text: string,
  readTail: TailReader,
): Promise<StatementParseResult> {
  const split =
    text.length >= TWO_THREADS_FROM_CHARS && detect(text) === 'camt.053'
      ? splitCamt053(text, HEAD_SHARE)
      : null;
  if (!split) return parseStatementText(fileName, text);
  const tailRead = readTail(split.tail);
  tailRead.catch(() => undefined);
  try {
    validateXml(fileName, text);
    const head = parseCamt053(fileName, split.head, true);
    return checked(joinCamt053Tail(head, split.tail, await tailRead));
  } catch {
    return parseStatementText(fileName, text);
  }
}

export function parseStatementFile(fileName: string, bytes: Uint8Array): StatementParseResult {
  return parseStatementText(fileName, decodeStatementText(bytes));
}

export function parseStatementFileInParts(
  fileName: string,
  bytes: Uint8Array,
  readTail: TailReader,
): Promise<StatementParseResult> {
  return parseStatementTextInParts(fileName, decodeStatementText(bytes), readTail);
}
