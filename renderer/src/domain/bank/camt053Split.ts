/**
 * A large CAMT.053 file read on two threads. The morning statement of 20,000 credits is one
 * statement of 20,000 `<Ntry>` elements: each entry is read alone, so the entries after a cut can
 * be read by another worker while this one validates the file and reads the rest.
 *
 * The cut is made on the text, between two entries of one statement, and only where the text
 * shows nothing that could hide or fake a tag: no comment, CDATA section, DOCTYPE or processing
 * instruction after the XML declaration, every `<Ntry>` inside a `<Stmt>`, none inside another,
 * only white space between the entries cut. Anywhere else the file is read on one thread.
 *
 * - The **head** is the file without those entries: a CAMT document, read as the file was.
 * - The **tail** is a CAMT document of its own: the file's opening, the statement's own header
 *   (its id, account, balances) and the entries cut, closed as the file closes them. Read
 *   with the statement's position and the number of its first entry, it says exactly what the
 *   same entries say in the whole file.
 */
import { addCents } from '../money';
import type { BankStatement, ParsedStatementFile } from './types';

export interface CamtTail {
  document: string;
  /** The statement's position in the file (0 for the first). */
  statement: number;
  /** The position of the tail's first entry among the statement's entries (0 for the first). */
  firstEntry: number;
}

interface Span {
  start: number;
  end: number;
}

interface StatementSpans {
  start: number;
  entries: Span[];
  close: Span;
}

/** Opening and closing tags of statements and entries, with or without a namespace prefix. */
const STATEMENT_OR_ENTRY_TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(Stmt|Ntry)(?=[\s/>])[^>]*>/g;

/** Comments, CDATA, DOCTYPE and processing instructions: what could hold a tag that is none. */
function hasMarkupDeclarations(text: string): boolean {
  const prolog = text.startsWith('<?xml') ? text.indexOf('?>') + 2 : 0;
  return text.includes('<!') || text.indexOf('<?', prolog) !== -1;
}

/** Every statement with its entries, or null when the tags do not nest as CAMT nests them. */
function statementSpans(text: string): StatementSpans[] | null {
  const statements: StatementSpans[] = [];
  let statement: { start: number; entries: Span[] } | null = null;
  let entryStart: number | null = null;
  for (const tag of text.matchAll(STATEMENT_OR_ENTRY_TAG)) {
    const [whole, closing, name] = tag;
    const start = tag.index;
    const end = start + whole.length;
    if (whole.endsWith('/>')) return null;
    if (name === 'Stmt' && !closing) {
      if (statement) return null;
      statement = { start, entries: [] };
    } else if (name === 'Stmt') {
      if (!statement || entryStart !== null) return null;
      statements.push({ ...statement, close: { start, end } });
      statement = null;
    } else if (!closing) {
      if (!statement || entryStart !== null) return null;
      entryStart = start;
    } else {
      if (!statement || entryStart === null) return null;
      statement.entries.push({ start: entryStart, end });
      entryStart = null;
    }
  }
  return statement || entryStart !== null ? null : statements;
}

const onlyWhiteSpaceBetween = (text: string, entries: readonly Span[]): boolean =>
  entries.every((entry, n) => {
    const next = entries[n + 1];
    return !next || text.slice(entry.end, next.start).trim() === '';
  });

/**
 * Cuts `text` at the first entry that starts past `headShare` of it (0 to 1): the head keeps
 * what comes before, the statement's header and whatever follows its last entry; the tail holds
 * that entry and the statement's next ones. Null when the text cannot be cut safely.
 */
export function splitCamt053(
  text: string,
  headShare: number,
): { head: string; tail: CamtTail } | null {
  if (hasMarkupDeclarations(text)) return null;
  const statements = statementSpans(text);
  const first = statements?.[0];
  const last = statements?.at(-1);
  if (!statements || !first || !last) return null;
  const cutAt = text.length * headShare;
  const statement = statements.findIndex((s) => (s.entries.at(-1)?.start ?? -1) >= cutAt);
  const spans = statements[statement];
  if (!spans) return null;
  const firstEntry = spans.entries.findIndex((entry) => entry.start >= cutAt);
  const cut = spans.entries.slice(firstEntry);
  const from = cut[0]?.start ?? 0;
  const to = cut.at(-1)?.end ?? 0;
  if (!onlyWhiteSpaceBetween(text, cut)) return null;
  const header = text.slice(spans.start, spans.entries[0]?.start);
  const document =
    text.slice(0, first.start) +
    header +
    text.slice(from, to) +
    text.slice(spans.close.start, spans.close.end) +
    text.slice(last.close.end);
  return {
    head: text.slice(0, from) + text.slice(to),
    tail: { document, statement, firstEntry },
  };
}

/**
 * The head's reading completed with the tail's: the statement's entries after the cut come after
 * its own, as in the file.
 */
export function joinCamt053Tail(
  head: ParsedStatementFile,
  tail: CamtTail,
  read: BankStatement,
): ParsedStatementFile {
  return {
    ...head,
    statements: head.statements.map((statement, n) =>
      n === tail.statement
        ? {
            ...statement,
            credits: statement.credits.concat(read.credits),
            debitCount: statement.debitCount + read.debitCount,
            debitCents: addCents(statement.debitCents, read.debitCents),
          }
        : statement,
    ),
  };
}
