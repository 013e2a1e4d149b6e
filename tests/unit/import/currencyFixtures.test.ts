/**
 * Balances mixing EUR, GBP and USD imported end to end the way the app does it (the worker's
 * handler: file -> preview -> rates -> commit into IndexedDB), then read back from the ledger,
 * the import record, the audit log and the dashboard. Fixtures: scripts/import-fixtures/
 * currencies.mjs (`node scripts/make-currency-fixtures.mjs`).
 */
import { describe, expect, it } from 'vitest';
import { portfolioRepo } from '../../../renderer/src/data/repositories/portfolio';
import { eurOpenCents } from '../../../renderer/src/domain/currency';
import { portfolioFigures } from '../../../renderer/src/domain/portfolio';
import { createImportHandler } from '../../../renderer/src/workers/spreadsheet/handleRequest';
import type {
  CommitMeta,
  ImportWorkerResponse,
} from '../../../renderer/src/workers/spreadsheet/protocol';
import { useFreshDb } from '../testDb';
import { fixtureBytes } from './fixtureFiles';

interface Facts {
  debtors: number;
  items: number;
  currencies: string[];
  openByCurrency: Record<string, number>;
  eurByCurrency: Record<string, number>;
  eurTotalCents: number;
  rates?: Record<string, string>;
  numbers: Record<string, { currency: string; openCents: number }>;
}

const WITH = 'balance_devises_contre_valeur_2026-10-31.xlsx';
const WITHOUT = 'balance_devises_sans_contre_valeur_2026-10-31.xlsx';
const facts = JSON.parse(
  new TextDecoder().decode(fixtureBytes('currencies/expected.json')),
) as Record<string, Facts>;
const factsOf = (name: string): Facts => {
  const found = facts[name];
  if (!found) throw new Error(`${name} absent de currencies/expected.json`);
  return found;
};
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** The worker's handler, driven as the UI drives it. */
function session() {
  const responses: ImportWorkerResponse[] = [];
  const handle = createImportHandler((response) => responses.push(response));
  return {
    async parse(name: string) {
      await handle({
        type: 'parse',
        bytes: fixtureBytes(`currencies/${name}`),
        fileName: name,
        options: {},
      });
      const result = responses.at(-1);
      if (result?.type !== 'result') throw new Error(JSON.stringify(result));
      return result.preview;
    },
    async summary(eurRates: Record<string, string>) {
      await handle({ type: 'summary', eurRates });
      const last = responses.at(-1);
      if (last?.type !== 'summary' || !last.summary) throw new Error(JSON.stringify(last));
      return last.summary;
    },
    async commit(meta: Partial<CommitMeta> = {}) {
      await handle({
        type: 'commit',
        meta: { sha256: 'sha-devises', partialFile: false, by: 'test', ...meta },
      });
      const last = responses.at(-1);
      return {
        importId: last?.type === 'committed' ? last.importId : null,
        failure: last?.type === 'commit-failed' ? last.message : null,
      };
    },
  };
}

const perCurrency = (list: { currency: string; openCents: number; eurCents: number | null }[]) =>
  Object.fromEntries(list.map((c) => [c.currency, [c.openCents, c.eurCents]]));

describe('mixed currencies with the ERP’s EUR counter-value column', () => {
  const db = useFreshDb();
  const expected = factsOf(WITH);

  it('keeps each item’s currency, reconciles per currency and takes the EUR equivalents from the file', async () => {
    const s = session();
    const preview = await s.parse(WITH);
    expect(preview.mapping).toMatchObject({ openAmount: 6, currency: 7, eurAmount: 8 });
    expect(preview.issues).toEqual([]);
    expect(preview.fileTotalsByCurrency).toEqual(expected.openByCurrency);
    expect(preview.fileTotalEurCents).toBe(expected.eurTotalCents);
    expect(perCurrency(preview.summary.currencies)).toEqual(
      Object.fromEntries(
        expected.currencies.map((c) => [
          c,
          [expected.openByCurrency[c], expected.eurByCurrency[c]],
        ]),
      ),
    );
    expect(preview.summary.currencies.every((c) => c.differenceCents === 0)).toBe(true);
    expect(preview.summary.totalCents).toBe(expected.eurTotalCents);

    const { importId, failure } = await s.commit();
    expect(failure).toBeNull();
    const invoices = await db().invoices.toArray();
    expect(invoices).toHaveLength(expected.items);
    for (const invoice of invoices) {
      expect([invoice.number, invoice.currency, invoice.openCents]).toEqual([
        invoice.number,
        expected.numbers[invoice.number]?.currency,
        expected.numbers[invoice.number]?.openCents,
      ]);
    }
    const eurBack: Record<string, number> = {};
    for (const invoice of invoices) {
      eurBack[invoice.currency] = (eurBack[invoice.currency] ?? 0) + (eurOpenCents(invoice) ?? NaN);
    }
    expect(eurBack).toEqual(expected.eurByCurrency);

    const record = await db().imports.get(importId ?? '');
    expect(record?.eurRates).toBeUndefined();
    expect(
      record?.currencies?.map((c) => [c.currency, c.openCents, c.eurCents, c.eurSource]),
    ).toEqual(
      expected.currencies.map((c) => [
        c,
        expected.openByCurrency[c],
        expected.eurByCurrency[c],
        c === 'EUR' ? 'eur' : 'file',
      ]),
    );

    const dashboard = await portfolioRepo.dashboard();
    expect(portfolioFigures(dashboard.rows).summary.totalCents).toBe(expected.eurTotalCents);
    expect(dashboard.currencyNote).toMatchObject({
      currencies: ['GBP', 'USD'],
      foreignEurCents: expected.eurTotalCents - (expected.eurByCurrency.EUR ?? 0),
      unconvertedItems: 0,
    });
  });
});

describe('mixed currencies without an EUR column: rates entered in the preview', () => {
  const db = useFreshDb();
  const expected = factsOf(WITHOUT);
  const rates = expected.rates ?? {};

  it('refuses without a rate and writes nothing; with the rates, stores them and the EUR equivalents', async () => {
    const s = session();
    const preview = await s.parse(WITHOUT);
    expect(preview.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(preview.fileTotalsByCurrency).toEqual(expected.openByCurrency);
    // Before any rate: per-currency totals, no EUR equivalent for GBP and USD, none counted.
    expect(perCurrency(preview.summary.currencies)).toEqual({
      EUR: [expected.openByCurrency.EUR, expected.eurByCurrency.EUR],
      GBP: [expected.openByCurrency.GBP, null],
      USD: [expected.openByCurrency.USD, null],
    });
    expect(preview.summary.totalCents).toBe(expected.eurByCurrency.EUR);
    expect(preview.summary.unconvertedItems).toBe(5);

    // One rate only: still refused, in French, and the ledger is untouched.
    const refused = await s.commit({ eurRates: { GBP: rates.GBP ?? '' } });
    expect(refused.importId).toBeNull();
    expect(plain(refused.failure ?? '')).toBe(
      'Rien n’a été modifié dans le registre : Import impossible : 2 pièces en USD n’ont ni colonne de contre-valeur en euros ni taux de conversion. Indiquez le taux « 1 USD = … EUR » dans l’aperçu : aucune somme de devises différentes n’est comptée en euros.',
    );
    expect(await db().invoices.count()).toBe(0);
    expect(await db().imports.count()).toBe(0);
    expect(await db().audit.count()).toBe(0);
    expect(await db().debtors.count()).toBe(0);

    // The preview recomputed with the rates: EUR equivalents item by item.
    const summary = await s.summary(rates);
    expect(perCurrency(summary.currencies)).toEqual(
      Object.fromEntries(
        expected.currencies.map((c) => [
          c,
          [expected.openByCurrency[c], expected.eurByCurrency[c]],
        ]),
      ),
    );
    expect(summary.totalCents).toBe(expected.eurTotalCents);
    expect(summary.unconvertedItems).toBe(0);

    const { importId, failure } = await s.commit({ eurRates: rates });
    expect(failure).toBeNull();
    const record = await db().imports.get(importId ?? '');
    expect(record?.eurRates).toEqual({ GBP: '1.1650', USD: '0.8600' });
    expect(
      record?.currencies?.map((c) => [c.currency, c.eurCents, c.eurSource, c.rateText]),
    ).toEqual([
      ['EUR', expected.eurByCurrency.EUR, 'eur', undefined],
      ['GBP', expected.eurByCurrency.GBP, 'rate', '1.1650'],
      ['USD', expected.eurByCurrency.USD, 'rate', '0.8600'],
    ]);
    const audit = await db().audit.where('action').equals('import').first();
    expect(plain(audit?.details ?? '')).toContain(
      `3 en GBP : 16 250,75 £ = 18 932,12 € (taux saisi ; 1 GBP = 1,1650 EUR)`,
    );
    expect(plain(audit?.details ?? '')).toContain('1 USD = 0,8600 EUR');

    const invoices = await db().invoices.toArray();
    const byNumber = Object.fromEntries(invoices.map((i) => [i.number, i]));
    expect(byNumber['INV-26-0402']).toMatchObject({
      currency: 'GBP',
      openCents: 450075,
      eurRate: 1.165,
    });
    expect(byNumber['US-26-0077']).toMatchObject({
      currency: 'USD',
      openCents: 980000,
      eurRate: 0.86,
    });
    expect(byNumber['FA-26-0101']?.eurRate).toBeUndefined();

    const dashboard = await portfolioRepo.dashboard();
    expect(portfolioFigures(dashboard.rows).summary.totalCents).toBe(expected.eurTotalCents);
    // Snapshots (the trend) hold the same euros.
    const snapshots = await db().snapshots.toArray();
    expect(snapshots.reduce((sum, s) => sum + s.totalCents, 0)).toBe(expected.eurTotalCents);
  });
});
