/**
 * One test per real export: the preset (or label guessing) is recognised, the counts are right
 * and the imported open amounts add up, to the cent, to the file's own total row.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../renderer/src/domain/import/reconcile';
import type { ParsedBalance } from '../../../renderer/src/domain/import/types';
import { type ExpectedFile, expected, parseFixture } from './fixtureFiles';

function parsed(name: string): ParsedBalance {
  const result = parseFixture(name);
  if (!result.ok) throw new Error(result.message);
  return result.balance;
}

function expectMatches(balance: ParsedBalance, facts: ExpectedFile): void {
  expect(balance.issues).toEqual([]);
  if (facts.layout) expect(balance.layout).toBe(facts.layout);
  if (facts.asOfDate) expect(balance.asOfDate).toBe(facts.asOfDate);
  expect(balance.debtors).toHaveLength(facts.debtors ?? -1);
  expect(balance.items).toHaveLength(facts.items ?? -1);
  expect(balance.items.filter((i) => i.kind === 'credit-note')).toHaveLength(
    facts.creditNotes ?? -1,
  );
  if (facts.unappliedPayments !== undefined) {
    expect(balance.items.filter((i) => i.kind === 'unapplied-payment')).toHaveLength(
      facts.unappliedPayments,
    );
  }
}

describe.each(Object.entries(expected.presets))('%s', (name, facts) => {
  it(`is read with the ${facts.presetId} preset, every row accounted for, totals to the cent`, () => {
    const balance = parsed(name);
    expect(balance.presetId).toBe(facts.presetId);
    expect(balance.mappingSource).toBe('preset');
    expectMatches(balance, facts);
    expect(reconcile(balance)).toEqual({
      importedCents: facts.totalCents,
      fileTotalCents: facts.totalCents,
      differenceCents: 0,
    });
    if (facts.debtorNameIsAccount) {
      expect(balance.debtors.every((d) => d.name === d.accountNo)).toBe(true);
    }
    if (facts.layout === 'buckets') expect(balance.items.every((i) => i.synthetic)).toBe(true);
  });
});

describe.each(Object.entries(expected.generic).filter(([name]) => !name.includes('masquees')))(
  '%s',
  (name, facts) => {
    it('is read from its labels alone', () => {
      const balance = parsed(name);
      expect(balance.presetId).toBeUndefined();
      expect(balance.mappingSource).toBe('auto');
      expectMatches(balance, facts);
      const { importedCents, fileTotalCents } = reconcile(balance);
      expect(importedCents).toBe(facts.totalCents ?? facts.importedCents);
      expect(fileTotalCents).toBe(facts.totalCents);
    });
  },
);

describe('classeur_feuilles_masquees.xlsx', () => {
  const facts = expected.generic['classeur_feuilles_masquees.xlsx'] ?? {};
  it('reads the visible balance sheet and lists every sheet for the user to choose', () => {
    const result = parseFixture('classeur_feuilles_masquees.xlsx');
    expect(result.ok && result.balance.sheetName).toBe(facts.sheet);
    expect(result.sheets).toEqual([
      { name: 'Paramètres', hidden: true, rowCount: 2, looksLikeBalance: true },
      { name: 'Lisez-moi', hidden: false, rowCount: 2, looksLikeBalance: false },
      { name: 'Balance', hidden: false, rowCount: 8, looksLikeBalance: true },
    ]);
    expect(result.ok && result.balance.items).toHaveLength(facts.items ?? -1);
  });

  it('reads a hidden sheet when the user picks it', () => {
    const result = parseFixture('classeur_feuilles_masquees.xlsx', {
      sheetName: facts.hiddenSheet,
    });
    expect(result.ok && result.balance.items.map((i) => i.accountNo)).toEqual(['411ZZZ']);
  });
});

describe('next month (Sage 100)', () => {
  it('shows closed, changed and new items against October', () => {
    const october = parsed('sage100_balance_agee_2026-10-31.xlsx');
    const november = parsed('sage100_balance_agee_2026-11-30.xlsx');
    const diff = expected.presets['sage100_balance_agee_2026-11-30.xlsx']?.diffFromPrevious;
    const key = (i: { accountNo: string; number: string }) => `${i.accountNo}/${i.number}`;
    const before = new Map(october.items.map((i) => [key(i), i]));
    const after = new Map(november.items.map((i) => [key(i), i]));
    const numbers = (keys: string[]) => keys.map((k) => k.split('/')[1]).sort();
    expect(numbers([...before.keys()].filter((k) => !after.has(k)))).toEqual(
      [...(diff?.closed ?? [])].sort(),
    );
    expect(numbers([...after.keys()].filter((k) => !before.has(k)))).toEqual(
      [...(diff?.added ?? [])].sort(),
    );
    const changed = [...after].filter(
      ([k, item]) => before.has(k) && before.get(k)?.openCents !== item.openCents,
    );
    expect(numbers(changed.map(([k]) => k))).toEqual(diff?.changed);
    expect(november.headerSignature).toBe(october.headerSignature);
  });
});
