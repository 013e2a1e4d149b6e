/**
 * A CAMT.053 file read in two parts (head here, tail on another thread) says exactly what the
 * file read whole says: the same credits in the same order, the same debits, the same refusals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  type CamtTail,
  parseCamt053Tail,
  parseStatementText,
  type StatementParseResult,
} from '../../../renderer/src/domain/bank';
import { parseCamt053 } from '../../../renderer/src/domain/bank/camt053';
import { joinCamt053Tail, splitCamt053 } from '../../../renderer/src/domain/bank/camt053Split';
import { parseStatementTextInParts } from '../../../renderer/src/domain/bank/parseStatement';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/bank/${name}`, import.meta.url), 'utf8');

const euros = (cents: number) => (cents / 100).toFixed(2);

/**
 * Statements with a namespace prefix, debits, batch entries of two transactions, entries without
 * a bank reference (numbered by position) and text after the entries.
 */
function statementFile(statements: number, entries: number, prefix = 'c:'): string {
  const tag = (name: string, body: string, attributes = '') =>
    `<${prefix}${name}${attributes}>${body}</${prefix}${name}>`;
  const amount = (cents: number) => tag('Amt', euros(cents), ' Ccy="EUR"');
  const balance = (code: string, cents: number) =>
    tag(
      'Bal',
      tag('Tp', tag('CdOrPrtry', tag('Cd', code))) +
        amount(cents) +
        tag('CdtDbtInd', 'CRDT') +
        tag('Dt', tag('Dt', '2026-12-01')),
    );
  const body: string[] = [];
  for (let s = 0; s < statements; s++) {
    let total = 1_000_00;
    const lines: string[] = [];
    for (let n = 0; n < entries; n++) {
      const cents = 100 + n * 7 + s;
      const debit = n % 11 === 5;
      total += debit ? -cents : cents;
      const reference = n % 13 === 3 ? '' : tag('AcctSvcrRef', `S${s}E${n}`);
      const transaction = (part: number) =>
        tag(
          'TxDtls',
          (n % 9 === 4 ? amount(part) : '') +
            tag('RltdPties', tag('Dbtr', tag('Nm', `Payeur ${n % 40} &amp; fils`))) +
            tag('RmtInf', tag('Ustrd', `VIR SEPA FACT FA${s}-${n}`)),
        );
      const details = n % 9 === 4 ? transaction(cents - 50) + transaction(50) : transaction(cents);
      lines.push(
        tag(
          'Ntry',
          amount(cents) +
            tag('CdtDbtInd', debit ? 'DBIT' : 'CRDT') +
            tag('Sts', 'BOOK') +
            tag('BookgDt', tag('Dt', '2026-12-01')) +
            reference +
            tag('NtryDtls', details),
        ),
      );
    }
    body.push(
      tag(
        'Stmt',
        `${tag('Id', `REL-${s + 1}`)}${tag('Acct', tag('Id', tag('IBAN', `FR76300040082300012345678${s}9`)))}\n${balance('OPBD', 1_000_00)}${balance('CLBD', total)}\n${lines.join('\n')}\n${tag('AddtlStmtInf', 'Fin')}`,
      ),
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${prefix}Document xmlns:${prefix.slice(0, -1)}="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">${tag('BkToCstmrStmt', tag('GrpHdr', tag('MsgId', 'M1')) + body.join('\n'))}</${prefix}Document>\n`;
}

/** What the two threads would read, on this one. */
function readInTwo(fileName: string, text: string, headShare: number) {
  const split = splitCamt053(text, headShare);
  if (!split) return null;
  const head = parseCamt053(fileName, split.head, true);
  return joinCamt053Tail(head, split.tail, parseCamt053Tail(fileName, split.tail));
}

const whole = (fileName: string, text: string) => {
  const result = parseStatementText(fileName, text);
  if (!result.ok) throw new Error(result.message);
  return result.file;
};

const SHARES = [0.05, 0.2, 0.42, 0.5, 0.63, 0.8, 0.95];

describe('a CAMT.053 file cut in two', () => {
  const files: [string, string][] = [
    ['camt053_001.02_2026-11.xml', fixture('camt053_001.02_2026-11.xml')],
    ['camt053_001.08_2026-12-02.xml', fixture('camt053_001.08_2026-12-02.xml')],
    ['trois-releves.xml', statementFile(3, 60)],
    ['sans-prefixe.xml', statementFile(1, 200, '')],
  ];
  for (const [name, text] of files) {
    it(`reads ${name} the same in two parts as whole, wherever it is cut`, () => {
      const expected = whole(name, text);
      let cuts = 0;
      for (const share of SHARES) {
        const parts = readInTwo(name, text, share);
        if (!parts) continue;
        cuts++;
        expect(parts.statements.map((s) => s.credits.length)).toEqual(
          expected.statements.map((s) => s.credits.length),
        );
        expect(
          parts.statements.map(({ debitCount, debitCents }) => [debitCount, debitCents]),
        ).toEqual(
          expected.statements.map(({ debitCount, debitCents }) => [debitCount, debitCents]),
        );
        expect(parts.statements.flatMap((s) => s.credits)).toEqual(
          // uniqueReferences has not run on the parts: compare before it, on a fresh whole read.
          parseCamt053(name, text).statements.flatMap((s) => s.credits),
        );
      }
      expect(cuts).toBeGreaterThan(0);
    });
  }

  it('cuts between two entries of one statement, and the tail starts with the statement header', () => {
    const text = statementFile(2, 30);
    const split = splitCamt053(text, 0.75);
    expect(split).not.toBeNull();
    const { head, tail } = split as { head: string; tail: CamtTail };
    expect(head.length + tail.document.length).toBeGreaterThan(text.length);
    expect(tail.document).toContain('<c:Id>REL-');
    expect(tail.document.match(/<c:Stmt>/g)).toHaveLength(1);
    expect(tail.statement).toBe(1);
    expect(tail.firstEntry).toBeGreaterThan(0);
    const statement = parseCamt053Tail('x.xml', tail);
    expect(statement.accountId).toMatch(/^FR76/);
  });

  it('does not cut a file whose text could hide a tag, or whose entries do not nest as CAMT', () => {
    const text = statementFile(1, 40);
    const withComment = text.replace('<c:BkToCstmrStmt>', '<c:BkToCstmrStmt><!-- <c:Ntry> -->');
    const withCdata = text.replace('Fin', '<![CDATA[</c:Ntry>]]>');
    const withInstruction = text.replace('<c:GrpHdr>', '<?pi x?><c:GrpHdr>');
    const entryOutside = text.replace('<c:GrpHdr>', '<c:Ntry></c:Ntry><c:GrpHdr>');
    const selfClosing = text.replace('</c:Ntry>\n', '</c:Ntry>\n<c:Ntry/>\n');
    const betweenEntries = text.replace('</c:Ntry>\n', '</c:Ntry>\n<c:Note>x</c:Note>\n');
    for (const refused of [withComment, withCdata, withInstruction, entryOutside, selfClosing]) {
      expect(SHARES.map((share) => splitCamt053(refused, share))).toEqual(SHARES.map(() => null));
    }
    // Something else than an entry among the entries: never inside the part handed over.
    expect(splitCamt053(betweenEntries, 0.02)).toBeNull();
    expect(splitCamt053(text, 0.5)).not.toBeNull();
  });
});

describe('reading a large statement with a second thread', () => {
  const fileName = 'releve_decembre.xml';
  const text = statementFile(2, 2_600);

  /** The helper, here on the same thread, through a structured clone as a worker's message. */
  const helper = () =>
    vi.fn(async (tail: CamtTail) => structuredClone(parseCamt053Tail(fileName, tail)));

  it('hands a tail over and says the same as the whole read', async () => {
    expect(text.length).toBeGreaterThan(1_000_000);
    const readTail = helper();
    const inParts = await parseStatementTextInParts(fileName, text, readTail);
    expect(readTail).toHaveBeenCalledTimes(1);
    expect(inParts).toEqual(parseStatementText(fileName, text));
  });

  it('reads a small file on its own thread', async () => {
    const small = statementFile(1, 50);
    const readTail = helper();
    expect(await parseStatementTextInParts(fileName, small, readTail)).toEqual(
      parseStatementText(fileName, small),
    );
    expect(readTail).not.toHaveBeenCalled();
  });

  it('refuses a fault in either part as the whole read refuses it', async () => {
    const entries = [...text.matchAll(/<c:Ntry>/g)];
    const nearEnd = entries.at(-10)?.index ?? 0;
    const nearStart = entries[10]?.index ?? 0;
    const badAmount = (at: number, source = text) =>
      source.slice(0, at) + source.slice(at).replace(/Ccy="EUR">[\d.]+</, 'Ccy="EUR">12,3,4<');
    const unknownCurrency = (at: number, source = text) =>
      source.slice(0, at) + source.slice(at).replace('Ccy="EUR"', 'Ccy="XXY"');
    const truncated = text.slice(0, Math.floor(text.length * 0.7));
    for (const faulty of [
      badAmount(nearEnd),
      badAmount(nearStart),
      unknownCurrency(nearEnd),
      // A fault in the head and one in the tail: the first in the file is said.
      unknownCurrency(nearStart, badAmount(nearEnd)),
      truncated,
    ]) {
      const expected: StatementParseResult = parseStatementText(fileName, faulty);
      expect(expected.ok).toBe(false);
      expect(await parseStatementTextInParts(fileName, faulty, helper())).toEqual(expected);
    }
  });

  it('reads the whole file itself when the helper fails', async () => {
    const failing = vi.fn(async () => {
      throw new Error('helper terminated');
    });
    expect(await parseStatementTextInParts(fileName, text, failing)).toEqual(
      parseStatementText(fileName, text),
    );
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
