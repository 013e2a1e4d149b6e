import { describe, expect, it, vi } from 'vitest';
import { readBackup, writeAutomaticBackup } from '../../../renderer/src/data/backup';
import { backupSettingsRepo } from '../../../renderer/src/data/backup/backupSettings';
import type { AutoBackupRequest, AutoBackupResult } from '../../../renderer/src/platform/bridge';
import { useFreshDb } from '../testDb';

describe('automatic backups', () => {
  const db = useFreshDb();

  function fakePlatform(runtime: 'electron' | 'web', answer?: () => Promise<AutoBackupResult>) {
    const written: AutoBackupRequest[] = [];
    return {
      written,
      appInfo: async () => ({ name: 'Recouvra', version: '0.1.0', runtime, platform: 'linux' }),
      writeAutoBackup: vi.fn(async (request: AutoBackupRequest): Promise<AutoBackupResult> => {
        written.push(request);
        if (answer) return answer();
        return runtime === 'web'
          ? { saved: false, reason: 'Pas de dossier.' }
          : { saved: true, fileName: 'auto.zip', removedOldBackups: 0 };
      }),
    };
  }

  describe('writeAutomaticBackup', () => {
    it('hands a restorable backup and the kept-count setting to the desktop app', async () => {
      await db().debtors.add({
        id: 'd1',
        accountNo: 'C001',
        name: 'Dupont',
        addressLines: [],
        contacts: [],
        tags: [],
        status: 'active',
      });
      await backupSettingsRepo.save({ autoBackupKeepLast: 4 });
      const platform = fakePlatform('electron');
      const result = await writeAutomaticBackup('avant-import', platform);
      expect(result).toEqual({ saved: true, fileName: 'auto.zip', removedOldBackups: 0 });
      const [request] = platform.written;
      expect(request).toMatchObject({ reason: 'avant-import', keepLast: 4 });
      const read = await readBackup(request?.data ?? new Uint8Array());
      expect(read.ok && read.backup.tables.debtors).toHaveLength(1);
    });

    it('keeps 10 backups when nothing was set', async () => {
      const platform = fakePlatform('electron');
      await writeAutomaticBackup('avant-restauration', platform);
      expect(platform.written[0]).toMatchObject({ reason: 'avant-restauration', keepLast: 10 });
    });

    it('builds nothing in the browser and passes on its reason', async () => {
      const platform = fakePlatform('web');
      await expect(writeAutomaticBackup('avant-import', platform)).resolves.toEqual({
        saved: false,
        reason: 'Pas de dossier.',
      });
      expect(platform.written[0]?.data.byteLength).toBe(0);
    });

    it('fails in French when the desktop app cannot write it, so the caller stops', async () => {
      const platform = fakePlatform('electron', () => Promise.reject(new Error('ENOSPC')));
      await expect(writeAutomaticBackup('avant-import', platform)).rejects.toThrow(
        'La sauvegarde automatique n’a pas pu être écrite : ENOSPC',
      );
    });
  });
});
