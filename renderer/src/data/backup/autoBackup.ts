/**
 * The safety net before a risky change: in the desktop app, the whole database is written to the
 * user-data folder before each import and each restore, keeping the last N (setting). The import
 * and restore flows call this; the platform is passed in because data/ never picks one itself.
 */
import type { AutoBackupReason, AutoBackupResult, Bridge } from '../../platform/bridge';
import { backupSettingsRepo } from './backupSettings';
import { type BackupZipper, createBackup } from './createBackup';
import { BackupError } from './errors';

export type { AutoBackupReason };

export type AutoBackupPlatform = Pick<Bridge, 'appInfo' | 'writeAutoBackup'>;

/**
 * Resolves `{ saved: false, reason }` where automatic backups do not exist (browser build), and
 * rejects with a French BackupError when one should have been written but could not: the caller
 * must then stop before changing anything.
 */
export async function writeAutomaticBackup(
  reason: AutoBackupReason,
  platform: AutoBackupPlatform,
  options: { zip?: BackupZipper } = {},
): Promise<AutoBackupResult> {
  const info = await platform.appInfo();
  if (info.runtime !== 'electron') {
    // No folder to write to: ask for the platform's reason without building a backup for nothing.
    return platform.writeAutoBackup({ data: new Uint8Array(), reason, keepLast: 1 });
  }
  try {
    const [{ bytes }, settings] = await Promise.all([
      createBackup({ appVersion: info.version, zip: options.zip }),
      backupSettingsRepo.load(),
    ]);
    return await platform.writeAutoBackup({
      data: bytes,
      reason,
      keepLast: settings.autoBackupKeepLast,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BackupError(`La sauvegarde automatique n’a pas pu être écrite : ${detail}`);
  }
}
