/**
 * Every ERP preset end to end, the way the app does it (the worker's handler: file -> preview ->
 * commit into IndexedDB), then read back from the ledger and the dashboard, to the cent against
 * the generator's totals. Fixtures and facts: scripts/import-fixtures/erp.mjs.
 */
import { describe, expect, it } from 'vitest';
import { portfolioRepo } from '../../../renderer/src/data/repositories/portfolio';
import {
  BUILT_IN_PRESETS,
  mappingOriginSentence,
} from '../../../renderer/src/domain/import/presets';
import { portfolioFigures } from '../../../renderer/src/domain/portfolio';
import { createImportHandler } from '../../../renderer/src/workers/spreadsheet/handleRequest';
import type { ImportWorkerResponse } from '../../../renderer/src/workers/spreadsheet/protocol';
import { useFreshDb } from '../testDb';
import { fixtureBytes } from './fixtureFiles';

interface ErpFacts {
  presetId: string;
  layout: 'open-items' | 'buckets';
  asOfDate: string;
  asOfOrigin?: 'title' | 'cell' | 'file-name' | 'latest-document';
  debtors: number;
  items: number;
  creditNotes?: number;
  unappliedPayments?: number;
  totalCents: number;
  settledRows?: number;
  notDueCents?: number;
  over120Cents?: number;
  open?: Record<string, number>;
}

const facts = JSON.parse(new TextDecoder().decode(fixtureBytes('erp/expected.json'))) as Record<
  string,
  ErpFacts
>;

async function importFixture(name: string) {
  const responses: ImportWorkerResponse[] = [];
  const handle = createImportHandler((response) => responses.push(response));
  await handle({ type: 'parse', bytes: fixtureBytes(`erp/${name}`), fileName: name, options: {} });
  const result = responses.find((r) => r.type === 'result');
  if (result?.type !== 'result') throw new Error(JSON.stringify(responses.at(-1)));
  await handle({ type: 'commit', meta: { sha256: `sha-${name}`, partialFile: false, by: 'test' } });
  const last = responses.at(-1);
  if (last?.type !== 'committed') throw new Error(JSON.stringify(last));
  return { preview: result.preview, importId: last.importId };
}

it('has one fixture per ERP preset added for issue #20', () => {
  expect(
    Object.values(facts)
      .map((f) => f.presetId)
      .sort(),
  ).toEqual([
    'business-central-ecritures-client',
    'cegid-xrp-balance-agee',
    'divalto-echeancier',
    'ebp-echeancier',
    'grand-livre-auxiliaire',
    'netsuite-ar-aging-detail',
    'pennylane-factures',
    'quickbooks-fr-comptes-clients',
    'sage-x3-balance-agee',
  ]);
});

describe.each(Object.entries(facts))('%s', (name, expected) => {
  const db = useFreshDb();

  it(`is read with the ${expected.presetId} preset and lands in the ledger to the cent`, async () => {
    const { preview, importId } = await importFixture(name);
    const preset = BUILT_IN_PRESETS.find((p) => p.id === expected.presetId);
    expect(preset).toBeDefined();
    expect(preview.presetId).toBe(expected.presetId);
    expect(preview.mappingSource).toBe('preset');
    expect(mappingOriginSentence(preview.mappingSource, preview.presetId)).toBe(
      `Modèle reconnu\u00a0: ${preset?.name}`,
    );
    expect(preview.issues).toEqual([]);
    expect(preview.layout).toBe(expected.layout);
    expect(preview.asOfDate).toBe(expected.asOfDate);
    if (expected.asOfOrigin)
      expect(preview.asOfDateProposal?.origin.kind).toBe(expected.asOfOrigin);
    expect(preview.summary).toMatchObject({
      debtors: expected.debtors,
      items: expected.items,
      totalCents: expected.totalCents,
    });
    // A file with a total row reconciles exactly.
    if (preview.fileTotalCents !== undefined) expect(preview.summary.differenceCents).toBe(0);
    if (expected.settledRows !== undefined) {
      const settled = preview.settled;
      expect(
        (settled?.nothingLeft ?? 0) + (settled?.paidStatus ?? 0) + (settled?.lettered ?? 0),
      ).toBe(expected.settledRows);
    }

    const record = await db().imports.get(importId);
    expect(record?.asOfDate).toBe(expected.asOfDate);
    const invoices = await db().invoices.toArray();
    expect(invoices).toHaveLength(expected.items);
    expect(invoices.reduce((sum, i) => sum + i.openCents, 0)).toBe(expected.totalCents);
    if (expected.creditNotes !== undefined && expected.layout === 'open-items') {
      expect(invoices.filter((i) => i.kind === 'credit-note')).toHaveLength(expected.creditNotes);
    }
    if (expected.unappliedPayments !== undefined && expected.layout === 'open-items') {
      expect(invoices.filter((i) => i.kind === 'unapplied-payment')).toHaveLength(
        expected.unappliedPayments,
      );
    }
    if (expected.open) {
      expect(Object.fromEntries(invoices.map((i) => [i.number, i.openCents]))).toEqual(
        expected.open,
      );
    }
    expect(await db().debtors.count()).toBe(expected.debtors);

    const dashboard = await portfolioRepo.dashboard();
    const summary = portfolioFigures(dashboard.rows).summary;
    expect(summary.totalCents).toBe(expected.totalCents);
    if (expected.notDueCents !== undefined)
      expect(summary.buckets.notDue).toBe(expected.notDueCents);
    if (expected.over120Cents !== undefined) {
      // « Échu à plus de 120 jours »: open-ended, its exact age unknown, flagged approximate.
      expect(dashboard.approximate?.d91_180 ?? 0).toBe(expected.over120Cents);
    }
  });
});
