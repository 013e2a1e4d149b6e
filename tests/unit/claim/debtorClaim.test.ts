/**
 * The claim read from IndexedDB: a payment entered by hand and a mise en demeure recorded as sent
 * reach the figure the fiche débiteur and the guided call show, and the user's interest settings
 * are applied without anyone passing them.
 */
import { describe, expect, it } from 'vitest';
import { debtorClaim } from '../../../renderer/src/data/claimHooks';
import { letterSettingsRepo } from '../../../renderer/src/data/repositories/letterSettings';
import { recordPayment } from '../../../renderer/src/data/repositories/promiseChecks';
import { isoDate } from '../../../renderer/src/domain/dates';
import { defaultInterestSettings } from '../../../renderer/src/domain/interestSettings';
import { cents } from '../../../renderer/src/domain/money';
import { useFreshDb } from '../testDb';

describe('debtorClaim', () => {
  const db = useFreshDb();

  async function seed() {
    await db().debtors.add({
      id: 'd1',
      accountNo: '411001',
      name: 'Dupont SAS',
      addressLines: [],
      contacts: [],
      tags: [],
      status: 'active',
    });
    await db().invoices.add({
      id: 'F1',
      debtorId: 'd1',
      number: 'F1',
      kind: 'invoice',
      dueDate: isoDate('2026-01-31'),
      amountCents: cents(80_200),
      openCents: cents(80_200),
      currency: 'EUR',
      status: 'open',
    });
  }

  it('deducts a payment entered by hand from its day, interest first', async () => {
    await seed();
    await recordPayment(
      {
        debtorId: 'd1',
        date: isoDate('2026-03-01'),
        receivedCents: cents(49_899),
        invoiceIds: ['F1'],
      },
      isoDate('2026-03-31'),
    );
    const result = await debtorClaim('d1', isoDate('2026-03-31'));
    if (!result?.ok) throw new Error('claim refused');
    // As in the domain's table test: 7,74 € then 3,10 € of interest; 310,75 € of principal left.
    expect(result.claim.decompte.totals).toMatchObject({
      paymentsCents: 49_899,
      outstandingPrincipalCents: 31_075,
      interestDueCents: 310,
      totalDueCents: 31_075 + 310 + 4_000,
    });
  });

  it('applies the user’s settings: no indemnity when it is turned off', async () => {
    await seed();
    await letterSettingsRepo.saveInterest({ ...defaultInterestSettings(), indemnityCents: 0 });
    const result = await debtorClaim('d1', isoDate('2026-03-31'));
    expect(result?.ok && result.claim.decompte.totals.indemnitiesCents).toBe(0);
  });

  it('is null for a debtor that does not exist', async () => {
    expect(await debtorClaim('nobody', isoDate('2026-03-31'))).toBeNull();
  });
});
