export { type AutoBackupReason, writeAutomaticBackup } from './autoBackup';
export {
  type BackupZipper,
  backupDownloadLink,
  type CreatedBackup,
  createBackup,
  zipInPlace,
} from './createBackup';
export { BackupError } from './errors';
export { type BackupManifest, backupFileName } from './format';
export { type ReadBackupResult, readBackup, type ValidatedBackup } from './readBackup';
export { type RestoreResult, restoreBackup } from './restoreBackup';
