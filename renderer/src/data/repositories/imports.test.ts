import { describe, expect, it, vi } from 'vitest';
import { dumpTables, useFreshDb } from '../../../../tests/unit/testDb';
import { isoDate } from '../../domain/dates';
import type { ParsedDebtor, ParsedItem } from '../../domain/import/types';
import { cents } from '../../domain/money';
import { IMPORT_LIST_LIMIT, importDetails } from './importDetails';
import { type CommitImportRequest, importsRepo } from './imports';
import { portfolioSettingsRepo } from './portfolioSettings';

const LEDGER_TABLES = ['debtors', 'invoices', 'payments', 'snapshots', 'imports', 'importJournals'];

function item(accountNo: string, number: string, openCents: number, dueDate: string): ParsedItem {
  return {
    accountNo,
    number,
    kind: openCents < 0 ? 'credit-note' : 'invoice',
    issueDate: isoDate('2026-08-01'),
    dueDate: isoDate(dueDate),
    amountCents: cents(openCents),
    openCents: cents(openCents),
    currency: 'EUR',
    synthetic: false,
    sourceRow: 2,
  };
}

function request(
  debtors: ParsedDebtor[],
  items: ParsedItem[],
  asOfDate: string,
  partialFile = false,
): CommitImportRequest {
  return {
    fileName: `balance-${asOfDate}.xlsx`,
    sha256: `sha-${asOfDate}`,
    asOfDate: isoDate(asOfDate),
    partialFile,
    mapping: { accountNo: 0, debtorName: 1, documentNumber: 2, dueDate: 3, openAmount: 4 },
    headerSignature: 'code client|client|n piece|echeance|solde',
    layout: 'open-items',
    sheetName: 'Balance',
    dataRowCount: items.length,
    debtors,
    items,
    by: 'test',
  };
}

const octoberDebtors: ParsedDebtor[] = [
  { accountNo: 'C001', name: 'Alpha SAS' },
  { accountNo: 'C002', name: 'Beta SARL' },
];
const octoberItems = [
  item('C001', 'F-1', 100_00, '2026-09-15'),
  item('C001', 'F-2', 250_50, '2026-11-10'),
  item('C001', 'AV-1', -20_00, '2026-10-01'),
  item('C002', 'F-3', 1_000_00, '2026-05-01'),
];

describe('importsRepo', () => {
  const db = useFreshDb();

  it('writes debtors, items, snapshots, the record and its journal in one go', async () => {
    const { record, plan } = await importsRepo.commit(
      request(octoberDebtors, octoberItems, '2026-10-31'),
    );
    expect(await db().debtors.count()).toBe(2);
    expect(await db().invoices.count()).toBe(4);
    expect(record.diff).toMatchObject({ newItems: 4, changedItems: 0, closedItems: 0 });
    expect(plan.diff.newDebtors).toBe(2);
    const snapshots = await db()
      .snapshots.filter((s) => s.importId === record.id)
      .toArray();
    const alpha = await db().debtors.where('accountNo').equals('C001').first();
    const alphaSnapshot = snapshots.find((s) => s.debtorId === alpha?.id);
    // As of 31/10: F-1 is 46 days late, F-2 not due, AV-1 30 days "late" (credit, netted).
    expect(alphaSnapshot?.buckets).toEqual({
      notDue: 250_50,
      d1_30: -20_00,
      d31_60: 100_00,
      d61_90: 0,
      d91_180: 0,
      over180: 0,
    });
    expect(alphaSnapshot?.totalCents).toBe(330_50);
    expect(await db().mappings.count()).toBe(1);
    expect(await db().audit.where('action').equals('import').count()).toBe(1);
  });

  it('dates what a lower balance says was paid « au plus tard » the as-of date; undo removes it', async () => {
    await importsRepo.commit(request(octoberDebtors, octoberItems, '2026-10-31'));
    expect(await db().payments.count()).toBe(0);
    const november = [
      item('C001', 'F-2', 150_50, '2026-11-10'), // 100,00 paid
      item('C001', 'AV-1', -20_00, '2026-10-01'),
      item('C002', 'F-3', 1_000_00, '2026-05-01'),
      { ...item('C002', 'F-4', 300_00, '2026-11-01'), amountCents: cents(500_00) }, // new, 200,00 paid
    ];
    const { record } = await importsRepo.commit(request(octoberDebtors, november, '2026-11-30'));
    const numbers = new Map((await db().invoices.toArray()).map((i) => [i.id, i.number]));
    const payments = (await db().payments.toArray())
      .map((p) => [numbers.get(p.invoiceId), p.cents, p.date, p.dateIsLatest, p.importId])
      .sort();
    // F-1 left the file: paid in full (100,00).
    expect(payments).toEqual([
      ['F-1', 100_00, '2026-11-30', true, record.id],
      ['F-2', 100_00, '2026-11-30', true, record.id],
      ['F-4', 200_00, '2026-11-30', true, record.id],
    ]);
    await importsRepo.undo(record.id, 'test');
    expect(await db().payments.count()).toBe(0);
  });

  it('diffs the next month: new, changed, closed, unchanged, and a renamed debtor', async () => {
    await importsRepo.commit(request(octoberDebtors, octoberItems, '2026-10-31'));
    const november = [
      item('C001', 'F-2', 150_50, '2026-11-10'), // partly paid
      item('C001', 'AV-1', -20_00, '2026-10-01'), // unchanged
      item('C002', 'F-3', 1_000_00, '2026-05-01'), // unchanged
      item('C003', 'F-9', 75_00, '2026-12-15'), // new debtor, new item
    ];
    const { record, plan } = await importsRepo.commit(
      request(
        [
          { accountNo: 'C001', name: 'Alpha Industrie SAS' },
          { accountNo: 'C002', name: 'Beta SARL' },
          { accountNo: 'C003', name: 'Gamma SA' },
        ],
        november,
        '2026-11-30',
      ),
    );
    expect(record.diff).toEqual({
      newDebtors: 1,
      changedDebtors: 1,
      newItems: 1,
      changedItems: 1,
      closedItems: 1,
      unchangedItems: 2,
    });
    expect(plan.debtorChanges[0]?.fields).toEqual(['raison sociale']);
    const f1 = await db()
      .invoices.filter((i) => i.number === 'F-1')
      .first();
    expect(f1).toMatchObject({ status: 'paid', openCents: cents(0), closedByImportId: record.id });
    const first = (await importsRepo.list()).find((r) => r.id !== record.id);
    expect(first?.undoable).toBe(false);
    const details = await importDetails(record.id);
    expect(details?.changedDebtors.map((d) => d.changes)).toEqual([
      ['raison sociale : Alpha SAS → Alpha Industrie SAS'],
    ]);
    expect(details?.closedItems.map((i) => i.number)).toEqual(['F-1']);
    // Cash collected counts F-1 paid in full and the 100,00 paid on F-2, still partly open.
    expect(details?.collectedCents).toBe(200_00);
    expect(details?.partialPaymentsCents).toBe(100_00);
    expect(details?.changedItems[0]).toMatchObject({
      number: 'F-2',
      beforeCents: cents(250_50),
      afterCents: cents(150_50),
    });
    expect(details?.newDebtors.map((d) => d.name)).toEqual(['Gamma SA']);
  });

  it('details a large import by its first rows and its counts, with every closed item in the sums', async () => {
    const count = IMPORT_LIST_LIMIT + 50;
    const accounts = Array.from({ length: count }, (_, n) => `C${String(n).padStart(4, '0')}`);
    const debtors = accounts.map((accountNo) => ({ accountNo, name: `Client ${accountNo}` }));
    const items = accounts.map((accountNo, n) => item(accountNo, `F-${n}`, 10_00, '2026-09-15'));
    const { record: first } = await importsRepo.commit(request(debtors, items, '2026-10-31'));
    const firstDetails = await importDetails(first.id);
    expect(firstDetails?.newItems).toHaveLength(IMPORT_LIST_LIMIT);
    expect(firstDetails?.newItemCount).toBe(count);
    expect(firstDetails?.newDebtors).toHaveLength(IMPORT_LIST_LIMIT);
    expect(firstDetails?.newDebtorCount).toBe(count);
    // November: every item paid, each read for the cash collected, whatever the list shows.
    const { record: second } = await importsRepo.commit(request(debtors, [], '2026-11-30'));
    const secondDetails = await importDetails(second.id);
    expect(secondDetails?.closedItems).toHaveLength(count);
    expect(secondDetails?.collectedCents).toBe(count * 10_00);
    expect(secondDetails?.newItemCount).toBe(0);
  });

  it('refuses a gap with the file total without a written reason, and keeps the reason given', async () => {
    // octoberItems add up to 1 330,50; the file's total row said 1 430,50.
    const withGap = {
      ...request(octoberDebtors, octoberItems, '2026-10-31'),
      fileTotalCents: cents(1_430_50),
    };
    await expect(importsRepo.commit({ ...withGap, gapReason: '   ' })).rejects.toThrow(
      /diffère du total du fichier de −100,00\s€\s: indiquez pourquoi/,
    );
    expect(await db().imports.count()).toBe(0);
    expect(await db().invoices.count()).toBe(0);
    expect(await db().audit.count()).toBe(0);

    const { record } = await importsRepo.commit({
      ...withGap,
      gapReason: ' Litige Delta suivi à part ',
    });
    expect(record).toMatchObject({
      fileTotalCents: 1_430_50,
      gapCents: -100_00,
      gapReason: 'Litige Delta suivi à part',
    });
    expect((await db().imports.get(record.id))?.gapReason).toBe('Litige Delta suivi à part');
    const audit = await db().audit.where('action').equals('import').first();
    expect(audit?.details).toMatch(
      /importé malgré un écart de −100,00\s€ avec le total du fichier, motif\s: «\sLitige Delta suivi à part\s»$/,
    );
  });

  it('keeps the file total of a reconciled import and asks for no reason', async () => {
    const { record } = await importsRepo.commit({
      ...request(octoberDebtors, octoberItems, '2026-10-31'),
      fileTotalCents: cents(1_330_50),
    });
    expect(record.fileTotalCents).toBe(1_330_50);
    expect(record.gapCents).toBeUndefined();
    expect(record.gapReason).toBeUndefined();
  });

  it('cuts the snapshots at the bucket boundaries set by the user', async () => {
    await portfolioSettingsRepo.saveAging({ boundaries: [20, 60, 90, 180] });
    const { record } = await importsRepo.commit(
      request(octoberDebtors, octoberItems, '2026-10-31'),
    );
    const alpha = await db().debtors.where('accountNo').equals('C001').first();
    const snapshot = (
      await db()
        .snapshots.filter((s) => s.importId === record.id)
        .toArray()
    ).find((s) => s.debtorId === alpha?.id);
    // AV-1 is 30 days past due: beyond a first bucket that now ends at 20 days.
    expect(snapshot?.buckets).toMatchObject({ notDue: 250_50, d1_30: 0, d31_60: 100_00 - 20_00 });
  });

  it('a partial file closes nothing', async () => {
    await importsRepo.commit(request(octoberDebtors, octoberItems, '2026-10-31'));
    const { record } = await importsRepo.commit(
      request(
        [octoberDebtors[0] as ParsedDebtor],
        [octoberItems[0] as ParsedItem],
        '2026-11-30',
        true,
      ),
    );
    expect(record.diff.closedItems).toBe(0);
    expect(await db().invoices.where('status').equals('open').count()).toBe(4);
  });

  it('undo restores the exact previous state and re-enables the previous undo', async () => {
    const first = await importsRepo.commit(request(octoberDebtors, octoberItems, '2026-10-31'));
    const before = await dumpTables(db(), LEDGER_TABLES);
    const second = await importsRepo.commit(
      request(
        [
          { accountNo: 'C001', name: 'Alpha Industrie SAS' },
          { accountNo: 'C009', name: 'Zeta' },
        ],
        [item('C001', 'F-2', 1_00, '2026-11-10'), item('C009', 'Z-1', 5_00, '2026-12-01')],
        '2026-11-30',
      ),
    );
    expect(await dumpTables(db(), LEDGER_TABLES)).not.toEqual(before);
    await importsRepo.undo(second.record.id, 'test');
    const after = await dumpTables(db(), LEDGER_TABLES);
    expect(after).toEqual({
      ...before,
      imports: [{ ...first.record, undoable: true }],
    });
    expect(await db().audit.where('action').equals('import-undo').count()).toBe(1);
  });

  it('says « Import introuvable. » for an import no longer there: a missing row reads as none', async () => {
    await expect(importsRepo.undo('absent', 'test')).rejects.toThrow('Import introuvable.');
    expect(await db().imports.get('absent')).toBeUndefined();
    expect(await db().mappings.get('absent')).toBeUndefined();
  });

  it('refuses to undo an import that is not the latest', async () => {
    const first = await importsRepo.commit(request(octoberDebtors, octoberItems, '2026-10-31'));
    await importsRepo.commit(request(octoberDebtors, octoberItems.slice(1), '2026-11-30'));
    await expect(importsRepo.undo(first.record.id, 'test')).rejects.toThrow(
      'Seul le dernier import peut être annulé.',
    );
  });

  it('rolls everything back when a write fails mid-transaction', async () => {
    await importsRepo.commit(request(octoberDebtors, octoberItems, '2026-10-31'));
    const before = await dumpTables(db(), LEDGER_TABLES);
    const failing = vi
      .spyOn(db().snapshots, 'bulkPut')
      .mockRejectedValue(new Error('QuotaExceededError simulée'));
    await expect(
      importsRepo.commit(request(octoberDebtors, octoberItems.slice(2), '2026-11-30')),
    ).rejects.toThrow('QuotaExceededError simulée');
    failing.mockRestore();
    expect(await dumpTables(db(), LEDGER_TABLES)).toEqual(before);
  });
});
