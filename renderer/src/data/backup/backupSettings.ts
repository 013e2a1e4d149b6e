import * as z from 'zod';
import { MAX_AUTO_BACKUPS_KEPT } from '../../../../contracts/ipc';
import { settingsRepo } from '../repositories/settings';

export const BACKUP_SETTINGS_KEY = 'backup';

export const backupSettingsSchema = z.object({
  /** Automatic backups kept in the user-data folder (desktop app only). */
  autoBackupKeepLast: z.number().int().min(1).max(MAX_AUTO_BACKUPS_KEPT),
});

export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { autoBackupKeepLast: 10 };

export const backupSettingsRepo = {
  load: () => settingsRepo.get(BACKUP_SETTINGS_KEY, backupSettingsSchema, DEFAULT_BACKUP_SETTINGS),
  save: (settings: BackupSettings) =>
    settingsRepo.set(BACKUP_SETTINGS_KEY, backupSettingsSchema.parse(settings)),
};
