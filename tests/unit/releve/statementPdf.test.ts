import { beforeAll, describe, expect, it } from 'vitest';
import { BUCKET_LABELS } from '../../../renderer/src/domain/aging';
import { computeClaim } from '../../../renderer/src/domain/claim';
import { defaultCreditor } from '../../../renderer/src/domain/creditor';
import { isoDate } from '../../../renderer/src/domain/dates';
import { openItemLines } from '../../../renderer/src/domain/debtorFile';
import type { Debtor, Invoice } from '../../../renderer/src/domain/model';
import { cents, formatEuros } from '../../../renderer/src/domain/money';
import { buildStatement, statementClaimItems } from '../../../renderer/src/domain/statement';
import { renderStatementPdf } from '../../../renderer/src/pdf/releve';
import { testPolicy } from '../claimPolicy';
import { extractPdfText, plainSpaces, registerTestFonts } from '../pdf/pdfSupport';

const debtor: Debtor = {
  id: 'd1',
  accountNo: '41100042',
  name: 'Menuiserie Lefèvre & Fils SARL',
  addressLines: ['14 rue de la Forge'],
  postalCode: '69003',
  city: 'Lyon',
  country: 'FR',
  contacts: [{ id: 'c1', name: 'Anne Roux', role: 'comptabilite-fournisseurs' }],
  tags: [],
  status: 'active',
};

const items: Invoice[] = Array.from({ length: 60 }, (_, i) => ({
  id: `i${i}`,
  debtorId: 'd1',
  number: `FA-2026-${String(1000 + i).padStart(6, '0')}`,
  kind: i === 5 ? 'credit-note' : 'invoice',
  issueDate: isoDate('2026-06-01'),
  dueDate: isoDate(`2026-${String(6 + (i % 6)).padStart(2, '0')}-15`),
  amountCents: cents(i === 5 ? -12_345 : 123_456 + i),
  openCents: cents(i === 5 ? -12_345 : 123_456 + i),
  currency: 'EUR',
  status: 'open',
}));

describe('relevé de compte PDF', () => {
  beforeAll(registerTestFonts);

  it('names the debtor and states the balance, on as many pages as needed', async () => {
    const claimed = computeClaim({
      debtor,
      items: statementClaimItems(items, isoDate('2026-11-24')),
      payments: [],
      letters: [],
      asOf: isoDate('2026-11-24'),
      policy: testPolicy(),
    });
    if (!claimed.ok) throw new Error(claimed.errors.join(' '));
    const statement = buildStatement({
      debtor,
      lines: openItemLines(items, isoDate('2026-11-23'), [30, 60, 90, 180], [], []),
      asOfDate: isoDate('2026-11-23'),
      date: isoDate('2026-11-24'),
      boundaries: [30, 60, 90, 180],
      claim: claimed.claim,
    });
    const creditor = {
      ...defaultCreditor(),
      name: 'Fournitures Dupont SAS',
      city: 'Lyon',
      iban: 'FR7630006000011234567890189',
    };
    const bytes = await renderStatementPdf({ statement, creditor, bucketLabels: BUCKET_LABELS });
    const { pages, text } = await extractPdfText(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(text).toContain('Menuiserie Lefèvre & Fils SARL');
    expect(text).toContain('Relevé de compte au 23 novembre 2026');
    expect(text).toContain(`Solde du compte ${plainSpaces(formatEuros(statement.balanceCents))}`);
    expect(text).toContain('FA-2026-001059');
    // The same totals as the letters and the dossier, from the same claim.
    const totals = claimed.claim.decompte.totals;
    expect(totals.interestDueCents).toBeGreaterThan(0);
    expect(text).toContain(
      `Intérêts de retard ${plainSpaces(formatEuros(totals.interestDueCents))}`,
    );
    expect(text).toContain(
      `Total dû au 24/11/2026 ${plainSpaces(formatEuros(totals.totalDueCents))}`,
    );
    expect(text).toContain('FR76 3000 6000 0112 3456 7890 189');
    expect(text).toContain('À l’attention d’Anne Roux, comptabilité fournisseurs');
  });
});
