/**
 * Layouts where the balance is not one plain column, each imported end to end the way the app
 * does it (the worker's handler: file -> preview -> commit into IndexedDB), then read back from
 * the ledger and the dashboard to the cent. Fixtures: scripts/import-fixtures/layouts.mjs.
 */
import { describe, expect, it } from 'vitest';
import { portfolioRepo } from '../../../renderer/src/data/repositories/portfolio';
import type { Invoice } from '../../../renderer/src/domain/model';
import { portfolioFigures } from '../../../renderer/src/domain/portfolio';
import { createImportHandler } from '../../../renderer/src/workers/spreadsheet/handleRequest';
import type { ImportWorkerResponse } from '../../../renderer/src/workers/spreadsheet/protocol';
import { useFreshDb } from '../testDb';
import { fixtureBytes } from './fixtureFiles';

const facts = (
  JSON.parse(new TextDecoder().decode(fixtureBytes('expected.json'))) as {
    layouts: Record<string, Record<string, unknown>>;
  }
).layouts;

function factsOf<T>(name: string): T {
  const found = facts[name];
  if (!found) throw new Error(`${name} absent de expected.json`);
  return found as T;
}

/** The worker's handler, driven as the UI drives it: parse, then commit with the user's meta. */
async function importFixture(name: string, gapReason?: string) {
  const responses: ImportWorkerResponse[] = [];
  const handle = createImportHandler((response) => responses.push(response));
  await handle({
    type: 'parse',
    bytes: fixtureBytes(`layouts/${name}`),
    fileName: name,
    options: {},
  });
  const result = responses.find((r) => r.type === 'result');
  if (result?.type !== 'result') throw new Error(JSON.stringify(responses.at(-1)));
  await handle({
    type: 'commit',
    meta: { sha256: `sha-${name}`, partialFile: false, by: 'test', gapReason },
  });
  const last = responses.at(-1);
  return {
    preview: result.preview,
    importId: last?.type === 'committed' ? last.importId : null,
    failure: last?.type === 'commit-failed' ? last.message : null,
  };
}

const byNumber = (invoices: Invoice[]) =>
  Object.fromEntries(invoices.map((i) => [i.number, i.openCents]));

describe('Odoo-style aged balance headed « Pas dû », open-ended « Plus ancien »', () => {
  const db = useFreshDb();
  const name = 'odoo_pas_du_2026-10-31.xlsx';
  const expected = factsOf<{
    debtors: number;
    items: number;
    totalCents: number;
    notDueCents: number;
    olderCents: number;
    d91_180Cents: number;
    d61_90Cents: number;
  }>(name);

  it('maps every bucket, imports the debtors owed only « Pas dû », and flags « Plus ancien » approximate', async () => {
    const { preview, importId } = await importFixture(name);
    expect(preview.mapping).toMatchObject({
      debtorName: 0,
      bucketNotDue: 1,
      bucket1_30: 2,
      bucket31_60: 3,
      bucket61_90: 4,
      bucket91_120: 5,
      bucketOver120: 6,
      total: 7,
    });
    expect(preview.issues).toEqual([]);
    expect(preview.summary).toMatchObject({
      debtors: expected.debtors,
      items: expected.items,
      totalCents: expected.totalCents,
      differenceCents: 0,
    });
    expect(preview.summary.approximate?.d91_180).toBe(expected.olderCents);
    expect(importId).not.toBeNull();

    const invoices = await db().invoices.toArray();
    expect(invoices).toHaveLength(expected.items);
    const older = invoices.filter((i) => i.number === 'SOLDE-PLUS-120');
    expect(older.every((i) => i.dueDateIsLatest === true && i.dueDate === '2026-07-02')).toBe(true);
    expect(invoices.filter((i) => i.dueDateIsLatest)).toEqual(older);

    const dashboard = await portfolioRepo.dashboard();
    const summary = portfolioFigures(dashboard.rows).summary;
    expect(summary.totalCents).toBe(expected.totalCents);
    expect(summary.buckets.notDue).toBe(expected.notDueCents);
    expect(summary.buckets.d61_90).toBe(expected.d61_90Cents);
    expect(summary.buckets.d91_180).toBe(expected.d91_180Cents);
    expect(summary.buckets.over180).toBe(0);
    // The dashboard says which figure is approximate and by how much.
    expect(dashboard.approximate).toEqual({
      notDue: 0,
      d1_30: 0,
      d31_60: 0,
      d61_90: 0,
      d91_180: expected.olderCents,
      over180: 0,
    });
    const debtors = await db().debtors.toArray();
    expect(debtors.map((d) => d.name).sort()).toContain('Boulangerie Vernet');
    expect(debtors).toHaveLength(expected.debtors);
  });
});

describe('« Montant TTC », « Réglé », « Reste à régler » with paid invoices', () => {
  const db = useFreshDb();
  const name = 'factures_reste_a_regler_2026-10-31.xlsx';
  const expected = factsOf<{
    debtors: number;
    items: number;
    settledRows: number;
    totalCents: number;
    paidOnOpenCents: number;
    open: Record<string, number>;
  }>(name);

  it('takes what is left to pay, says which column, and skips the paid rows', async () => {
    const { preview } = await importFixture(name);
    expect(preview.mapping).toMatchObject({ amount: 5, paidAmount: 6, openAmount: 7, status: 8 });
    expect(preview.balanceSource).toBe(
      'Reste à payer lu dans la colonne H « Reste à régler » (montant de la pièce : colonne F « Montant TTC ») ; pièces payées d’après la colonne I « Statut »',
    );
    expect(preview.settled).toEqual({
      nothingLeft: 0,
      paidStatus: expected.settledRows,
      lettered: 0,
    });
    expect(preview.issues).toEqual([]);
    expect(preview.summary).toMatchObject({
      items: expected.items,
      debtors: expected.debtors,
      totalCents: expected.totalCents,
      differenceCents: 0,
    });

    const invoices = await db().invoices.toArray();
    expect(byNumber(invoices)).toEqual(expected.open);
    expect(invoices.find((i) => i.number === 'F2026-0102')?.amountCents).toBe(5_400_00);
    const summary = portfolioFigures((await portfolioRepo.dashboard()).rows).summary;
    expect(summary.totalCents).toBe(expected.totalCents);
    // Distribution Nord owed nothing: no debtor is created for a fully paid account.
    expect((await db().debtors.toArray()).map((d) => d.accountNo).sort()).toEqual([
      'CL001',
      'CL002',
      'CL003',
    ]);
    // What was paid on the open invoices is recorded as payments « au plus tard ».
    const payments = await db().payments.toArray();
    expect(payments.reduce((sum, p) => sum + p.cents, 0)).toBe(expected.paidOnOpenCents);
  });
});

describe('grand livre auxiliaire with lettrage', () => {
  const db = useFreshDb();
  const name = 'grand_livre_lettrage_2026-10-31.xlsx';
  const expected = factsOf<{
    items: number;
    settledRows: number;
    totalCents: number;
    open: Record<string, number>;
  }>(name);

  it('skips lettered lines, nets partial lettrage, imports only what is open', async () => {
    const { preview } = await importFixture(name);
    expect(preview.mapping).toMatchObject({ debit: 7, credit: 8, lettering: 10 });
    expect(preview.mapping.openAmount).toBeUndefined();
    expect(preview.balanceSource).toBe(
      'Reste à payer = débit (colonne H « Débit ») moins crédit (colonne I « Crédit ») ; lignes lettrées soldées (colonne K « Lettrage »)',
    );
    expect(preview.settled).toEqual({
      nothingLeft: 0,
      paidStatus: 0,
      lettered: expected.settledRows,
    });
    expect(preview.issues).toEqual([]);
    expect(preview.summary).toMatchObject({
      items: expected.items,
      totalCents: expected.totalCents,
      differenceCents: 0,
    });

    const invoices = await db().invoices.toArray();
    expect(byNumber(invoices)).toEqual(expected.open);
    // Partly lettered: the invoice keeps its amount, only what is left is open.
    expect(invoices.find((i) => i.number === 'FA-102')).toMatchObject({
      amountCents: 2_400_00,
      openCents: 1_400_00,
      kind: 'invoice',
    });
    expect(invoices.find((i) => i.number === 'AV-104')?.kind).toBe('credit-note');
    const dashboard = await portfolioRepo.dashboard();
    expect(portfolioFigures(dashboard.rows).summary.totalCents).toBe(expected.totalCents);
    // Old lettered invoices (FG-120 due 31/03, FB-110 01/06, FA-101 15/07) do not age as
    // overdue: the oldest open one is FB-111, unlettered, due 31/07.
    const oldest = dashboard.rows
      .map((r) => r.oldestDueDate)
      .filter((d) => d !== undefined)
      .sort()[0];
    expect(oldest).toBe('2026-07-31');
  });
});

describe('a column no mapping knows: the gap is named and needs a reason', () => {
  const db = useFreshDb();
  const name = 'balance_colonne_douteux_2026-10-31.xlsx';
  const expected = factsOf<{ totalCents: number; importedCents: number; gapCents: number }>(name);

  it('names the column, refuses the row it alone carries, and commits only with a reason', async () => {
    const { preview, failure, importId } = await importFixture(name);
    const messages = preview.issues.map((i) => i.message);
    expect(messages).toEqual([
      'balance_colonne_douteux_2026-10-31.xlsx, feuille « Balance », ligne 7, colonne H : « 845,76 » n’est réparti dans aucune tranche lue : la ligne n’est pas importée ; il figure dans la colonne G « Douteux », qui n’est pas utilisée : indiquez-la dans la correspondance des colonnes',
      'balance_colonne_douteux_2026-10-31.xlsx, feuille « Balance », colonne G : « Douteux » contient des montants (3 096,00 au total) mais n’est pas utilisée ; elle porte l’écart entre le total et la somme des tranches de 3 lignes : si elle fait partie du solde, indiquez-la dans la correspondance des colonnes',
      'balance_colonne_douteux_2026-10-31.xlsx, feuille « Balance » : le total importé (6 150,50) diffère du total du fichier (9 246,50) de −3 096,00 : c’est le total de la colonne G « Douteux », qui n’est pas utilisée ; indiquez-la dans la correspondance des colonnes si elle fait partie du solde',
    ]);
    expect(preview.summary.totalCents).toBe(expected.importedCents);
    expect(preview.summary.differenceCents).toBe(expected.gapCents);
    expect(preview.gapExplanation).toBe(messages[2]?.split('\u00a0: ').slice(1).join('\u00a0: '));
    expect(failure).toMatch(/indiquez pourquoi vous importez malgré cet écart/);
    expect(importId).toBeNull();
    expect(await db().invoices.count()).toBe(0);

    const confirmed = await importFixture(name, 'Douteux provisionnés, suivis par le contentieux');
    expect(confirmed.importId).not.toBeNull();
    const record = await db().imports.get(confirmed.importId ?? '');
    expect(record).toMatchObject({
      fileTotalCents: expected.totalCents,
      gapCents: expected.gapCents,
      gapReason: 'Douteux provisionnés, suivis par le contentieux',
    });
    const audit = await db().audit.where('action').equals('import').toArray();
    expect(audit.map((a) => a.details)).toEqual([
      expect.stringContaining('motif\u00a0: « Douteux provisionnés, suivis par le contentieux »'),
    ]);
    expect(portfolioFigures((await portfolioRepo.dashboard()).rows).summary.totalCents).toBe(
      expected.importedCents,
    );
  });
});
