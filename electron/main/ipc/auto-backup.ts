import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import {
  type AutoBackupReason,
  type AutoBackupRequest,
  type AutoBackupResult,
  autoBackupRequestSchema,
  IPC_CHANNELS,
} from '../../../contracts';
import { handleValidated, type IpcRegistrar, type SenderCheck } from './handle';

export interface AutoBackupDeps {
  isTrustedSender: SenderCheck;
  /** userData/Sauvegardes automatiques: the only folder this handler writes to. */
  autoBackupDirectory: string;
  maxFileBytes: number;
  /** Injected by tests; the local time names the file. */
  now?: () => Date;
}

/** Folder under userData; the README tells users where to find it. */
export const AUTO_BACKUP_FOLDER = 'Sauvegardes automatiques';

const REASON_LABELS: Record<AutoBackupReason, string> = {
  'avant-import': 'avant import',
  'avant-restauration': 'avant restauration',
};

const PREFIX = 'Recouvra – sauvegarde auto ';
/** Only files with exactly this shape are ever deleted: nothing the user put there by hand. */
const AUTO_BACKUP_NAME =
  /^Recouvra – sauvegarde auto \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2}\.\d{3} \((avant import|avant restauration)\)\.zip$/;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** « Recouvra – sauvegarde auto 2026-11-23 14.05.09.123 (avant import).zip », local time. */
export function autoBackupFileName(at: Date, reason: AutoBackupReason): string {
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}.${pad(at.getMinutes())}.${pad(at.getSeconds())}.${pad(at.getMilliseconds(), 3)}`;
  return `${PREFIX}${date} ${time} (${REASON_LABELS[reason]}).zip`;
}

export function isAutoBackupFileName(name: string): boolean {
  return AUTO_BACKUP_NAME.test(name);
}

/** The timestamp sorts the names: oldest first once the reason (after it) is set aside. */
const sortKey = (name: string) => name.slice(PREFIX.length, PREFIX.length + 23);

export async function writeAutoBackup(
  request: AutoBackupRequest,
  deps: AutoBackupDeps,
): Promise<AutoBackupResult> {
  const folder = deps.autoBackupDirectory;
  await mkdir(folder, { recursive: true });
  const fileName = autoBackupFileName((deps.now ?? (() => new Date()))(), request.reason);
  // Written aside then renamed: a crash mid-write never leaves a truncated backup that looks whole.
  const partial = join(folder, `${fileName}.partiel`);
  await writeFile(partial, request.data, { flag: 'wx', mode: 0o600 });
  await rename(partial, join(folder, fileName));

  const backups = (await readdir(folder)).filter(isAutoBackupFileName);
  backups.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  const surplus = backups.slice(0, Math.max(0, backups.length - request.keepLast));
  for (const old of surplus) await rm(join(folder, old), { force: true });
  return { saved: true, fileName, removedOldBackups: surplus.length };
}

/** Only zips go to the backup folder (see the schema): the renderer cannot park arbitrary bytes there. */
export function registerAutoBackupHandler(ipcMain: IpcRegistrar, deps: AutoBackupDeps): void {
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.writeAutoBackup,
    args: z.tuple([autoBackupRequestSchema(deps.maxFileBytes)]),
    run: (valid) => writeAutoBackup(valid, deps),
  });
}
