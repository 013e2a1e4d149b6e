import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import {
  type EmailDraftRequest,
  type EmailDraftResult,
  IPC_CHANNELS,
} from '../../../renderer/src/platform/bridge';
import { toPortableFileName } from './files';
import { handleValidated, type IpcRegistrar, type SenderCheck } from './handle';
import { bytesSchema, fileNameSchema } from './validation';

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

export const MAX_DRAFT_NAME_LENGTH = 200;

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

/**
 * A plausible RFC 5322 message: the first line is a header field (printable ASCII name, then a
 * colon), so the renderer cannot hand the mail client arbitrary bytes dressed as an .eml.
 */
export function looksLikeEmail(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1000);
  const end = head.findIndex((byte) => byte === 0x0d || byte === 0x0a);
  if (end <= 0) return false;
  const firstLine = String.fromCharCode(...head.subarray(0, end));
  return /^[\x21-\x39\x3b-\x7e]+:/.test(firstLine);
}

export function registerEmailDraftHandler(ipcMain: IpcRegistrar, deps: EmailDraftDeps): void {
  const request = z.strictObject({
    fileName: fileNameSchema
      .refine((name) => name.length <= MAX_DRAFT_NAME_LENGTH, {
        message: `Nom de brouillon trop long (${MAX_DRAFT_NAME_LENGTH} caractères au plus).`,
      })
      .refine((name) => /\.eml$/i.test(name), {
        message: 'Le brouillon doit être un fichier .eml.',
      }),
    data: bytesSchema(deps.maxDraftBytes).refine(looksLikeEmail, {
      message: "Ce n'est pas un message électronique (en-tête RFC 5322 absent).",
    }),
  });
  handleValidated(ipcMain, deps.isTrustedSender, {
    channel: IPC_CHANNELS.openEmailDraft,
    args: z.tuple([request]),
    run: (valid) => openEmailDraft(valid, deps),
  });
}
