import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import {
  type EmailDraftRequest,
  type EmailDraftResult,
  emailDraftRequestSchema,
  IPC_CHANNELS,
} from '../../../contracts';
import { toPortableFileName } from './files';
import { handleValidated, type IpcRegistrar, type SenderCheck } from './handle';

export interface EmailDraftDeps {
  isTrustedSender: SenderCheck;
  /** temp/Recouvra/brouillons: the only folder this handler writes to. */
  emailDraftDirectory: string;
  /** `shell.openPath`: resolves to an error message, or '' once the system opened the file. */
  openPath: (path: string) => Promise<string>;
  maxDraftBytes: number;
}

/** Below app.getPath('temp'); the system cleans it like any temporary file. */
export const EMAIL_DRAFT_FOLDER = ['Recouvra', 'brouillons'] as const;

/** Device names Windows refuses as file names, whatever the extension (« CON.eml »). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The name the main process writes under: portable on Windows, never hidden, always `.eml` (so
 * openPath only ever hands a mail message to the system, never something it would run).
 */
export function draftFileName(requested: string): string {
  const bare = requested.replace(/\.eml$/i, '').replace(/^[.\s]+|[.\s]+$/g, '');
  if (!bare) return 'brouillon.eml';
  const stem = toPortableFileName(bare);
  return `${WINDOWS_RESERVED.test(stem) ? `_${stem}` : stem}.eml`;
}

/** « Relance.eml », then « Relance (2).eml »…: a draft still open in the mail client is kept. */
function candidateName(fileName: string, attempt: number): string {
  return attempt === 1 ? fileName : fileName.replace(/\.eml$/, ` (${attempt}).eml`);
}

const MAX_ATTEMPTS = 100;

async function writeNewFile(folder: string, fileName: string, data: Uint8Array): Promise<string> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const path = join(folder, candidateName(fileName, attempt));
    try {
      await writeFile(path, data, { flag: 'wx', mode: 0o600 });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`Trop de brouillons nommés « ${fileName} » dans ${folder}.`);
}

export async function openEmailDraft(
  request: EmailDraftRequest,
  deps: EmailDraftDeps,
): Promise<EmailDraftResult> {
  const folder = deps.emailDraftDirectory;
  await mkdir(folder, { recursive: true });
  const path = await writeNewFile(folder, draftFileName(request.fileName), request.data);
  const failure = await deps.openPath(path);
  if (!failure) return { opened: true };
  return {
    opened: false,
    reason:
      `Aucune messagerie n'a pu ouvrir le brouillon (${failure}). ` +
      `Il est enregistré dans le dossier « ${folder} » : ouvrez-le avec votre messagerie.`,
  };
}

export function registerEmailDraftHandler(ipcMain: IpcRegistrar, deps: EmailDraftDeps): void {
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.openEmailDraft,
    args: z.tuple([emailDraftRequestSchema(deps.maxDraftBytes)]),
    run: (valid) => openEmailDraft(valid, deps),
  });
}
