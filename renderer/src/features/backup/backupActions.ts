/**
 * The two user actions of the backup section, without React: « Sauvegarder » writes a zip where
 * the user chooses; « Restaurer » proves a chosen zip, asks for confirmation, keeps an automatic
 * copy of the current data (desktop app) and replaces everything in one transaction.
 */
import {
  BackupError,
  backupDownloadLink,
  backupFileName,
  createBackup,
  writeAutomaticBackup,
} from '../../data/backup';
import { getDb } from '../../data/db';
import { auditRepo } from '../../data/repositories/audit';
import { signature } from '../../data/repositories/collectionSettings';
import { describeStorageError } from '../../data/storageErrors';
import { todayIso } from '../../domain/dates';
import { openFileForWorker, saveFileMadeOffThread } from '../../platform';
import type { Bridge, FileFilter } from '../../platform/bridge';
import { zipBackupOffMainThread } from '../../workers/backupZip/client';
import { type ProvenBackup, readBackupOffMainThread } from '../../workers/restore/client';

export const BACKUP_FILTERS: FileFilter[] = [{ name: 'Sauvegardes Recouvra', extensions: ['zip'] }];

export type ActionOutcome =
  | { status: 'done'; message: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const failed = (error: unknown): ActionOutcome => ({
  status: 'failed',
  message: error instanceof BackupError ? error.message : describeStorageError(error),
});

export async function saveBackup(platform: Bridge): Promise<ActionOutcome> {
  try {
    const info = await platform.appInfo();
    const options = { appVersion: info.version, zip: zipBackupOffMainThread };
    const result = await saveFileMadeOffThread(
      platform,
      { suggestedName: backupFileName(todayIso()), filters: BACKUP_FILTERS },
      {
        bytes: async () => (await createBackup(options)).bytes,
        link: backupDownloadLink(options),
      },
    );
    if (!result.saved) return { status: 'cancelled' };
    await auditRepo.log({
      by: await signature(),
      action: 'backup.export',
      entity: 'database',
      details: `Sauvegarde « ${result.fileName ?? ''} »`,
    });
    return { status: 'done', message: `Sauvegarde enregistrée : « ${result.fileName ?? ''} ».` };
  } catch (error) {
    return failed(error);
  }
}

export type PickedBackup =
  | { status: 'picked'; backup: ProvenBackup; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/**
 * Lets the user choose a backup and proves it in a worker, which keeps it until confirmed or
 * discarded; nothing is written yet.
 */
export async function pickBackup(platform: Bridge): Promise<PickedBackup> {
  const file = await openFileForWorker(platform, BACKUP_FILTERS);
  if (!file) return { status: 'cancelled' };
  const read = await readBackupOffMainThread(file.content);
  if (!read.ok) return { status: 'failed', message: read.reason };
  return { status: 'picked', backup: read.backup, fileName: file.name };
}

/** Keeps a copy of the current data (desktop app), then replaces it with the backup. */
export async function applyBackup(platform: Bridge, backup: ProvenBackup): Promise<ActionOutcome> {
  try {
    await writeAutomaticBackup('avant-restauration', platform, { zip: zipBackupOffMainThread });
  } catch (error) {
    backup.discard();
    // No safety copy, no restore: the user could not go back.
    const reason = error instanceof Error ? error.message : String(error);
    const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
    return { status: 'failed', message: `${sentence} La restauration n’a pas été faite.` };
  }
  const result = await backup.apply(getDb().name, await signature());
  if (!result.ok) return { status: 'failed', message: result.reason };
  return { status: 'done', message: 'Les données de la sauvegarde ont remplacé les précédentes.' };
}
