/**
 * Confirming a rate in Paramètres › Taux, down to IndexedDB: the provisional 2026 S2 rows are
 * listed as unconfirmed by the décompte until the user saves the published value and its
 * reference; then the book holds the confirmed row, the décompte uses it and lists nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../domain/dates';
import { unconfirmedRateBlocker } from '../../domain/decompteNotes';
import { computeDecompte } from '../../domain/interest';
import { defaultInterestSettings } from '../../domain/interestSettings';
import { cents } from '../../domain/money';
import { confirmRate } from '../../domain/rateConfirmation';
import { lookupRate } from '../../domain/rates';
import { RecouvraDb, setDbForTests } from '../db';
import { letterSettingsRepo } from './letterSettings';

let db: RecouvraDb;

beforeEach(() => {
  db = new RecouvraDb(`test-${crypto.randomUUID()}`);
  setDbForTests(db);
});

afterEach(async () => {
  setDbForTests(null);
  await db.delete();
});

async function decompteOn(asOf: string) {
  const result = computeDecompte({
    invoices: [
      {
        invoiceId: 'f1',
        number: 'F-1',
        dueDate: isoDate('2026-06-30'),
        principalCents: cents(100_000),
      },
    ],
    asOf: isoDate(asOf),
    settings: { ...defaultInterestSettings(), basis: { kind: 'taux-legal', creditor: 'autres' } },
    rates: await letterSettingsRepo.rateBook(),
  });
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.decompte;
}

describe('confirming a semester', () => {
  it('turns the provisional row into a confirmed one, with its reference', async () => {
    const before = await decompteOn('2026-07-31');
    expect(before.unconfirmedRates).toEqual([
      { table: 'taux-legal-autres', semester: '2026-S2', milliPercent: 2_620 },
    ]);
    expect(unconfirmedRateBlocker(before)).toMatch(/2ᵉ semestre 2026 n’est pas confirmé/);

    const confirmed = confirmRate({
      table: 'taux-legal-autres',
      semester: '2026-S2',
      ratePercent: 2.71,
      arreteDate: '2026-06-19',
      journalDate: '2026-06-24',
      journalNumber: '31',
    });
    if (!confirmed.ok) throw new Error(confirmed.errors.join(' '));
    await letterSettingsRepo.saveUserRate(confirmed.rate);

    const found = lookupRate(await letterSettingsRepo.rateBook(), 'taux-legal-autres', '2026-S2');
    expect(found.ok && found.rate).toMatchObject({
      milliPercent: 2_710,
      verified: true,
      origin: 'user',
      reference: expect.stringContaining('Journal officiel du 24/06/2026, texte n° 31'),
    });
    const after = await decompteOn('2026-07-31');
    expect(after.unconfirmedRates).toEqual([]);
    expect(unconfirmedRateBlocker(after)).toBeNull();
    // 1 000 × 2,71 % × 31/365 = 2,302 -> 2,30
    expect(after.totals.interestCents).toBe(230);
  });

  it('replaces the same semester instead of adding a second row, and keeps other rows', async () => {
    const row = (ratePercent: number) => {
      const result = confirmRate({
        table: 'l441-10',
        semester: '2026-S2',
        ecbRatePercent: ratePercent,
        decisionDate: '2026-06-04',
      });
      if (!result.ok) throw new Error(result.errors.join(' '));
      return result.rate;
    };
    await letterSettingsRepo.saveUserRate({
      table: 'taux-legal-autres',
      semester: '2027-S1',
      ratePercent: 2.5,
      verified: true,
      source: 'Arrêté',
      reference: 'Arrêté du 20/12/2026',
    });
    await letterSettingsRepo.saveUserRate(row(2.4));
    await letterSettingsRepo.saveUserRate(row(2.15));
    const rows = await letterSettingsRepo.userRates();
    expect(rows.map((r) => [r.table, r.semester, r.ratePercent])).toEqual([
      ['taux-legal-autres', '2027-S1', 2.5],
      ['l441-10', '2026-S2', 12.15],
    ]);
  });
});
