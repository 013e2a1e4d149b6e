/** Credits stored by batches: cut at the batch size, and read back as waiting unless recorded. */
import { describe, expect, it } from 'vitest';
import {
  BANK_CREDIT_BATCH_SIZE,
  type BankCredit,
  type BankCreditRecord,
  batchCredits,
  unmatchedCredits,
} from '../../../renderer/src/domain/bank';
import { isoDate } from '../../../renderer/src/domain/dates';
import { cents } from '../../../renderer/src/domain/money';

const credit = (n: number): BankCredit => ({
  accountId: 'FR76',
  bankReference: `R${n}`,
  bookingDate: isoDate('2026-11-24'),
  amountCents: cents(100 + n),
  currency: 'EUR',
  references: [],
  remittance: `VIR ${n}`,
  origin: `entrée ${n + 1}`,
});

describe('bank credit batches', () => {
  it.each([
    [0, []],
    [1, [1]],
    [BANK_CREDIT_BATCH_SIZE, [BANK_CREDIT_BATCH_SIZE]],
    [BANK_CREDIT_BATCH_SIZE * 2 + 1, [BANK_CREDIT_BATCH_SIZE, BANK_CREDIT_BATCH_SIZE, 1]],
  ])('%i credits make batches of %j, in the file’s order', (count, sizes) => {
    const credits = Array.from({ length: count }, (_, n) => credit(n));
    const batches = batchCredits('imp', credits);
    expect(batches.map((b) => b.credits.length)).toEqual(sizes);
    expect(batches.map((b) => b.id)).toEqual(sizes.map((_, n) => `imp:${n}`));
    expect(batches.flatMap((b) => b.credits.map((c) => c.id))).toEqual(
      credits.map((c) => `FR76|${c.bankReference}`),
    );
  });

  it('a recorded credit is not waiting; an unmatched record is, once', () => {
    const [batch] = batchCredits('imp', [credit(0), credit(1), credit(2)]);
    if (!batch) throw new Error('lot absent');
    const record = (n: number, status: BankCreditRecord['status']): BankCreditRecord => ({
      ...credit(n),
      id: `FR76|R${n}`,
      importId: 'imp',
      batchId: batch.id,
      status,
    });
    const waiting = unmatchedCredits([batch], new Set(['FR76|R0', 'FR76|R1']), [
      record(1, 'unmatched'),
    ]);
    expect(waiting.map((c) => [c.id, c.status, c.batchId])).toEqual([
      ['FR76|R1', 'unmatched', 'imp:0'],
      ['FR76|R2', 'unmatched', 'imp:0'],
    ]);
  });
});
