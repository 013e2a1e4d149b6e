import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClockForTests } from '../../renderer/src/data/clock';
import { RecouvraDb, setDbForTests } from '../../renderer/src/data/db';
import { generateDemoPortfolio, LedgerNotEmptyError, loadDemoData } from '../../renderer/src/demo';
import { isoDate } from '../../renderer/src/domain/dates';

// Today's balance only; the simulated year of earlier imports has its own test below.
const OPTIONS = {
  seed: 11,
  debtors: 300,
  items: 5_000,
  asOfDate: isoDate('2026-11-23'),
  previousImports: 0,
};
let db: RecouvraDb;

beforeEach(() => {
  db = new RecouvraDb(`t-${crypto.randomUUID()}`);
  setDbForTests(db);
});

afterEach(async () => {
  setDbForTests(null);
  await db.delete();
});

describe('loadDemoData', () => {
  it('writes exactly the generated portfolio, an import record and an audit entry', async () => {
    const expected = generateDemoPortfolio(OPTIONS);
    const result = await loadDemoData(OPTIONS);

    // Items paid on a promise are in the ledger, settled, no longer in the balance.
    const open = expected.invoices.filter((i) => i.status !== 'paid');
    expect(result).toMatchObject({
      debtors: expected.debtors.length,
      invoices: open.length,
      settledInvoices: expected.invoices.length - open.length,
      promises: expected.promises.length,
    });
    expect(result.settledInvoices).toBeGreaterThan(0);
    expect(await db.debtors.count()).toBe(expected.debtors.length);
    expect(await db.invoices.count()).toBe(expected.invoices.length);
    expect(await db.promises.count()).toBe(expected.promises.length);

    const imports = await db.imports.toArray();
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({
      id: result.importId,
      fileName: 'Données de démonstration',
      asOfDate: OPTIONS.asOfDate,
      counts: { debtors: 300, items: open.length },
    });
    expect(imports[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const first = open.find((i) => i.status === 'open');
    const firstItem = await db.invoices.get(first?.id ?? '');
    expect(firstItem).toEqual({
      ...first,
      firstSeenImportId: result.importId,
      lastImportId: result.importId,
    });

    const audit = await db.audit.toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'demo.load', entityId: result.importId });
  });

  it('writes a year of earlier imports with their snapshots and paid invoices', async () => {
    const result = await loadDemoData({ ...OPTIONS, previousImports: 11 });
    expect(result.imports).toBe(12);
    expect(await db.imports.count()).toBe(12);
    expect(await db.invoices.count()).toBe(
      result.invoices + result.settledInvoices + result.paidInvoices,
    );
    expect(await db.invoices.where('status').equals('paid').count()).toBe(
      result.paidInvoices + result.settledInvoices,
    );
    const latest = await db.imports.orderBy('importedAt').last();
    expect(latest).toMatchObject({ id: result.importId, asOfDate: OPTIONS.asOfDate });
    const snapshotImports = new Set((await db.snapshots.toArray()).map((s) => s.importId));
    expect(snapshotImports.size).toBe(12);
    expect((await db.settings.get('assignees'))?.value).toEqual({
      names: expect.arrayContaining(['Camille', 'Julien']),
    });
  });

  it("dates the demo at the data layer clock's today by default, and stamps with its instant", async () => {
    const instant = new Date(2031, 2, 14, 10, 30);
    setClockForTests(instant);
    try {
      const result = await loadDemoData({ debtors: 5, items: 20, previousImports: 1 });
      expect(result.asOfDate).toBe('2031-03-14');
      const latest = await db.imports.get(result.importId);
      expect(latest).toMatchObject({
        asOfDate: isoDate('2031-03-14'),
        importedAt: instant.toISOString(),
      });
      expect((await db.audit.toArray())[0]?.at).toBe(instant.toISOString());
    } finally {
      setClockForTests(undefined);
    }
  });

  it('refuses a ledger that already has debtors, and writes nothing', async () => {
    const [existing] = generateDemoPortfolio({
      ...OPTIONS,
      seed: 99,
      debtors: 1,
      items: 0,
    }).debtors;
    if (!existing) throw new Error('no debtor generated');
    await db.debtors.add(existing);

    await expect(loadDemoData(OPTIONS)).rejects.toThrow(LedgerNotEmptyError);
    await expect(loadDemoData(OPTIONS)).rejects.toThrow(/Le registre contient déjà des données/);

    expect(await db.debtors.count()).toBe(1);
    expect(await db.invoices.count()).toBe(0);
    expect(await db.promises.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a second load: the first one is not duplicated', async () => {
    await loadDemoData(OPTIONS);
    await expect(loadDemoData(OPTIONS)).rejects.toThrow(LedgerNotEmptyError);
    expect(await db.imports.count()).toBe(1);
    expect(await db.debtors.count()).toBe(300);
  });
});
