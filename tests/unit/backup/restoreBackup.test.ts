import { describe, expect, it, vi } from 'vitest';
import { createBackup, readBackup, restoreBackup } from '../../../renderer/src/data/backup';
import { BLOB_SLICE } from '../../../renderer/src/data/backup/restoreBackup';
import { upgradeRows } from '../../../renderer/src/data/backup/upgradeRows';
import { putBlob } from '../../../renderer/src/data/repositories/blobs';
import type { SchemaVersion } from '../../../renderer/src/data/schema';
import { SCHEMA_VERSIONS } from '../../../renderer/src/data/schema';
import { isoDate } from '../../../renderer/src/domain/dates';
import { cents } from '../../../renderer/src/domain/money';
import { useFreshDb } from '../testDb';
import { dumpDatabase } from './ledgerWithEvidence';

describe('restoring a backup', () => {
  const db = useFreshDb();

  const debtor = (id: string, accountNo: string) => ({
    id,
    accountNo,
    name: `Client ${accountNo}`,
    addressLines: [],
    contacts: [],
    tags: [],
    status: 'active' as const,
  });

  async function backupOf(rows: ReturnType<typeof debtor>[]) {
    await db().debtors.bulkAdd(rows);
    const { bytes } = await createBackup({ appVersion: '0.1.0' });
    await db().debtors.clear();
    const read = await readBackup(bytes);
    if (!read.ok) throw new Error(read.reason);
    return read.backup;
  }

  /** The disk fills up while the rows are written (the letters' turn). */
  async function restoreOnAFullDisk(backup: Awaited<ReturnType<typeof backupOf>>) {
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    const spy = vi.spyOn(db().table('letters'), 'bulkAdd').mockRejectedValue(quota);
    try {
      return await restoreBackup(backup, { by: 'utilisateur' });
    } finally {
      spy.mockRestore();
    }
  }

  describe('restoreBackup', () => {
    it('replaces what was there, table by table', async () => {
      const backup = await backupOf([debtor('a', 'C001')]);
      await db().debtors.add(debtor('b', 'C002'));
      await db().invoices.add({
        id: 'i1',
        debtorId: 'b',
        number: 'F1',
        kind: 'invoice',
        dueDate: isoDate('2026-10-01'),
        amountCents: cents(100),
        openCents: cents(100),
        currency: 'EUR',
        status: 'open',
      });
      const result = await restoreBackup(backup, { by: 'utilisateur' });
      expect(result.ok).toBe(true);
      expect(await db().debtors.toArray()).toEqual([debtor('a', 'C001')]);
      expect(await db().invoices.count()).toBe(0);
    });

    it('leaves the database exactly as it was when the disk fills up mid-restore', async () => {
      const backup = await backupOf([debtor('a', 'C001')]);
      await db().debtors.add(debtor('b', 'C002'));
      const before = await dumpDatabase(db());
      const result = await restoreOnAFullDisk(backup);
      expect(result).toEqual({
        ok: false,
        reason: expect.stringMatching(
          /^Restauration impossible\s: L['’]espace de stockage de Recouvra est plein.*Aucune donnée n['’]a été modifiée\.$/,
        ),
      });
      expect(await dumpDatabase(db())).toStrictEqual(before);
    });

    const file = (n: number) =>
      putBlob(new TextEncoder().encode(`%PDF pièce ${n}`), 'application/pdf');

    it('restores more files than one transaction writes, and only the backup’s', async () => {
      const count = 2 * BLOB_SLICE + 20;
      const inBackup = await Promise.all(Array.from({ length: count }, (_, n) => file(n)));
      const backup = await backupOf([debtor('a', 'C001')]);
      // Since the backup: half its files were removed, one file was added that it does not have.
      await db().blobs.bulkDelete(inBackup.filter((_, n) => n % 2 === 0));
      const extra = await file(count + 1);
      const blobs = db().table('blobs');
      const writes = [vi.spyOn(blobs, 'bulkPut'), vi.spyOn(blobs, 'bulkAdd')];
      const result = await restoreBackup(backup, { by: 'utilisateur' });
      const written = writes.flatMap((spy) => spy.mock.calls.map(([rows]) => rows.length));
      for (const spy of writes) spy.mockRestore();
      // Each transaction writes at most a slice of files (Chromium's descriptor limit).
      expect(Math.max(...written)).toBeLessThanOrEqual(BLOB_SLICE);
      expect(written.reduce((a, b) => a + b, 0)).toBe(Math.ceil(count / 2));
      expect(result).toMatchObject({ ok: true, rowCounts: { blobs: count } });
      const keys = (await db().blobs.toCollection().primaryKeys()) as string[];
      expect(keys.sort()).toEqual([...inBackup].sort());
      expect(keys).not.toContain(extra);
      const one = await db().blobs.get(inBackup[0] ?? '');
      // Stored as a Blob of its type again (the backup's reader keeps bytes until this write).
      expect(one?.data).toBeInstanceOf(Blob);
      expect(one?.data.type).toBe('application/pdf');
      expect(await one?.data.text()).toBe('%PDF pièce 0');
    });

    it('removes the files it added when the rows are refused', async () => {
      const inBackup = await Promise.all([file(1), file(2), file(3)]);
      const backup = await backupOf([debtor('a', 'C001')]);
      await db().blobs.bulkDelete(inBackup.slice(1));
      await db().debtors.add(debtor('b', 'C002'));
      const before = await dumpDatabase(db());
      const result = await restoreOnAFullDisk(backup);
      expect(result.ok).toBe(false);
      expect(await dumpDatabase(db())).toStrictEqual(before);
    });

    it('refuses rows that break a unique index, and changes nothing', async () => {
      const backup = await backupOf([debtor('a', 'C001')]);
      backup.tables.debtors?.push(debtor('z', 'C001'));
      await db().debtors.add(debtor('b', 'C002'));
      const before = await dumpDatabase(db());
      const result = await restoreBackup(backup, { by: 'utilisateur' });
      expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/conflit/) });
      expect(await dumpDatabase(db())).toStrictEqual(before);
    });
  });

  describe('upgradeRows (a backup from an older schema)', () => {
    const [v1] = SCHEMA_VERSIONS;
    if (!v1) throw new Error('no schema version');
    // A made-up next version: adds an index and fills a new field, as a real upgrade would.
    const v2: SchemaVersion = {
      version: v1.version + 1,
      stores: { debtors: `${v1.stores.debtors}, segment` },
      upgrade: async (tx) => {
        await tx
          .table('debtors')
          .toCollection()
          .modify((row: { segment?: string }) => {
            row.segment = 'PME';
          });
      },
    };

    it('runs the upgrade functions through a scratch database', async () => {
      const rows = { debtors: [debtor('a', 'C001')], settings: [] };
      const upgraded = await upgradeRows(rows, v1.version, [v1, v2]);
      expect(upgraded.debtors).toEqual([{ ...debtor('a', 'C001'), segment: 'PME' }]);
      expect(Object.keys(upgraded).sort()).toEqual(Object.keys(v1.stores).sort());
    });

    it('deletes the scratch database afterwards', async () => {
      await upgradeRows({ debtors: [debtor('a', 'C001')] }, v1.version, [v1, v2]);
      const names = await indexedDB.databases();
      expect(names.filter((d) => d.name?.startsWith('recouvra-restauration-'))).toEqual([]);
    });
  });
});
