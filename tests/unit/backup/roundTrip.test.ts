import { describe, expect, it } from 'vitest';
import { createBackup, readBackup, restoreBackup } from '../../../renderer/src/data/backup';
import { useFreshDb } from '../testDb';
import { dumpDatabase, seedLedgerWithEvidence, wipeDatabase } from './ledgerWithEvidence';

describe('backup round trip', () => {
  const db = useFreshDb();

  describe('backup → wipe → restore', () => {
    it('gives back a deep-equal database, blobs included, on demo data with evidence', async () => {
      const demo = await seedLedgerWithEvidence();
      const before = await dumpDatabase(db());
      // The demo's letters and pieces, and the three files the seed adds.
      expect(demo.pdfs).toBeGreaterThan(0);
      expect(before.blobs).toHaveLength(demo.pdfs + 3);
      expect(before.invoices?.length).toBeGreaterThan(4_500);

      const { bytes, manifest } = await createBackup({ appVersion: '0.1.0' });
      expect(manifest?.tables.debtors).toEqual({ rows: 300 });
      await wipeDatabase(db());
      expect(await db().debtors.count()).toBe(0);

      const read = await readBackup(bytes);
      if (!read.ok) throw new Error(read.reason);
      const restored = await restoreBackup(read.backup, { by: 'utilisateur' });
      expect(restored).toMatchObject({
        ok: true,
        rowCounts: { debtors: 300, blobs: demo.pdfs + 3 },
      });

      const after = await dumpDatabase(db());
      // The restore leaves one trace in the audit log, written in the same transaction.
      const restoreEntries = after.audit?.filter(
        (entry) => (entry as { action: string }).action === 'backup.restore',
      );
      expect(restoreEntries).toHaveLength(1);
      expect({
        ...after,
        audit: after.audit?.filter((entry) => !restoreEntries?.includes(entry)),
      }).toStrictEqual(before);
    });
  });
});
