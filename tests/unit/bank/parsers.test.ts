/** The three statement formats read from files written by scripts/make-bank-fixtures.mjs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type BankCredit, parseStatementFile } from '../../../renderer/src/domain/bank';

const root = new URL('../../fixtures/bank/', import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, root)));
const expected = JSON.parse(readFileSync(new URL('expected.json', root), 'utf8')) as {
  files: Record<
    string,
    {
      statements: number;
      credits: {
        accountId: string;
        amountCents: number;
        bookingDate: string;
        payerName: string | null;
      }[];
      debits: number;
      closingCents: number[];
    }
  >;
  december: { twoInvoices: string[]; thirdParty: string; batch: string[] };
};
const bad = JSON.parse(readFileSync(new URL('bad/expected.json', root), 'utf8')) as Record<
  string,
  string
>;

function parsed(name: string) {
  const result = parseStatementFile(name, bytes(name));
  if (!result.ok) throw new Error(result.message);
  return result.file;
}

const credits = (name: string): BankCredit[] => parsed(name).statements.flatMap((s) => s.credits);

describe('bank statement files', () => {
  for (const [name, facts] of Object.entries(expected.files)) {
    it(`reads ${name}: statements, credits, debits and closing balances`, () => {
      const file = parsed(name);
      expect(file.statements).toHaveLength(facts.statements);
      expect(file.statements.map((s) => s.closing?.cents)).toEqual(facts.closingCents);
      expect(file.statements.reduce((n, s) => n + s.debitCount, 0)).toBe(facts.debits);
      expect(
        file.statements.flatMap((s) =>
          s.credits.map((c) => ({
            accountId: c.accountId,
            amountCents: c.amountCents,
            bookingDate: c.bookingDate,
          })),
        ),
      ).toEqual(facts.credits.map(({ payerName: _name, ...credit }) => credit));
      const references = file.statements.flatMap((s) => s.credits.map((c) => c.bankReference));
      expect(new Set(references).size).toBe(references.length);
    });
  }

  it('gives the same November credits whatever the format', () => {
    const view = (name: string) => credits(name).map((c) => [c.bookingDate, c.amountCents]);
    const camt = view('camt053_001.02_2026-11.xml');
    expect(view('cfonb120_2026-11.txt')).toEqual(camt);
    expect(view('ofx_2026-11.ofx')).toEqual(camt);
  });

  it('reads the remittance, the structured references and the payer of each format', () => {
    const [camt] = credits('camt053_001.02_2026-11.xml');
    expect(camt).toMatchObject({
      remittance: 'VIR SEPA FACT FA2026-0001',
      references: ['FA2026-0001', 'ALPHA-FA2026-0001'],
      payerName: 'Alpha Industrie SARL',
      bankReference: 'NOV0501',
    });
    expect(camt?.payerIban).toMatch(/^FR76/);
    const cfonb = credits('cfonb120_2026-11.txt');
    expect(cfonb[0]).toMatchObject({
      remittance: expect.stringContaining('VIR SEPA FACT FA2026-0001'),
      references: ['NOV0501', 'FA2026-0001'],
    });
    // Latin-1 bytes decoded: the accent survives.
    expect(cfonb.map((c) => c.payerName)).toContain('CAFÉ DES ARTS');
    const [ofx] = credits('ofx_2026-11.ofx');
    expect(ofx).toMatchObject({ bankReference: 'NOV0501', payerName: 'ALPHA INDUSTRIE SARL' });
    expect(ofx?.remittance).toContain('FA2026-0001');
  });

  it('splits a SEPA batch into one credit per transfer, with 001.08 party names', () => {
    const december = credits('camt053_001.08_2026-12-02.xml');
    const batch = december.filter((c) => c.bankReference.startsWith('DEC0201'));
    expect(batch.map((c) => c.remittance)).toEqual(
      expected.december.batch.map((n) => `FACTURE ${n}`),
    );
    expect(batch.every((c) => c.payerName && c.payerIban)).toBe(true);
    const pair = december.find((c) => c.bankReference === 'DEC0101');
    expect(pair?.references).toEqual(expected.december.twoInvoices);
  });

  for (const [name, fragment] of Object.entries(bad)) {
    it(`refuses bad/${name} naming the file and where`, () => {
      const result = parseStatementFile(name, bytes(`bad/${name}`));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toContain(`« ${name} »`);
      expect(result.message).toContain(fragment);
    });
  }
});
