/**
 * What the main process accepts on each IPC channel: one zod schema per request, checked by
 * electron/main/ipc before a handler runs. Byte limits are parameters so that tests can lower
 * them instead of allocating hundreds of megabytes; the app passes the limits of ./ipc.ts.
 *
 * The format checks (zip, PDF, e-mail) only read the first bytes: they keep the renderer from
 * handing the machine arbitrary bytes dressed as a backup, a PDF or an .eml draft.
 */
import * as z from 'zod';
import {
  AUTO_BACKUP_REASONS,
  type AutoBackupRequest,
  type EmailDraftRequest,
  MAX_AUTO_BACKUPS_KEPT,
  MAX_DRAFT_NAME_LENGTH,
  MAX_FILE_NAME_LENGTH,
  MAX_SESSION_TOKEN_LENGTH,
  type OpenFilesRequest,
  type SaveFileRequest,
} from './ipc';

/** Path separators and control characters: a name, never a path, never a terminal trick. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const FORBIDDEN_IN_NAME = /[/\\\u0000-\u001f\u007f]/;

export const fileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  .refine((name) => !FORBIDDEN_IN_NAME.test(name) && name !== '.' && name !== '..', {
    message: 'Nom de fichier invalide (ni chemin, ni caractère de contrôle).',
  });

/** Same shape as Electron's dialog filters; `*` is the "all files" wildcard. */
export const fileFiltersSchema = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'Extension sans point, ex. « xlsx ».'))
        .min(1)
        .max(20),
    }),
  )
  .max(20);

/** Sizes in French units (Mo, Ko), rounded down: a limit must never read larger than it is. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.floor(bytes / (1024 * 1024))} Mo`;
  if (bytes >= 1024) return `${Math.floor(bytes / 1024)} Ko`;
  return `${bytes} octets`;
}

/** Bytes from the renderer: a real Uint8Array (not an array of numbers) below the size cap. */
export function bytesSchema(maxBytes: number) {
  return z
    .instanceof(Uint8Array, { message: 'Les données doivent être un Uint8Array.' })
    .refine((bytes) => bytes.byteLength <= maxBytes, {
      message: `Fichier trop volumineux (maximum ${formatSize(maxBytes)}).`,
    });
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, index) => bytes[index] === byte);

/** « PK\3\4 »: only zips go to the automatic backup folder. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/** « %PDF- »: only PDFs reach the print window (anything else could be HTML from a file URL). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
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

export function saveFileRequestSchema(maxBytes: number): z.ZodType<SaveFileRequest> {
  return z.strictObject({
    suggestedName: fileNameSchema,
    data: bytesSchema(maxBytes),
    filters: fileFiltersSchema.optional(),
  });
}

export const openFilesRequestSchema: z.ZodType<OpenFilesRequest> = z.strictObject({
  filters: fileFiltersSchema.optional(),
  multiple: z.boolean().optional(),
});

export function printPdfDataSchema(maxBytes: number): z.ZodType<Uint8Array> {
  return bytesSchema(maxBytes).refine(looksLikePdf, {
    message: 'Les données ne sont pas un PDF (en-tête « %PDF- » absent).',
  });
}

export function autoBackupRequestSchema(maxBytes: number): z.ZodType<AutoBackupRequest> {
  return z.strictObject({
    data: bytesSchema(maxBytes).refine(looksLikeZip, {
      message: "Ce n'est pas une archive zip.",
    }),
    reason: z.enum(AUTO_BACKUP_REASONS),
    keepLast: z.number().int().min(1).max(MAX_AUTO_BACKUPS_KEPT),
  });
}

export function emailDraftRequestSchema(maxBytes: number): z.ZodType<EmailDraftRequest> {
  return z.strictObject({
    fileName: fileNameSchema
      .refine((name) => name.length <= MAX_DRAFT_NAME_LENGTH, {
        message: `Nom de brouillon trop long (${MAX_DRAFT_NAME_LENGTH} caractères au plus).`,
      })
      .refine((name) => /\.eml$/i.test(name), {
        message: 'Le brouillon doit être un fichier .eml.',
      }),
    data: bytesSchema(maxBytes).refine(looksLikeEmail, {
      message: "Ce n'est pas un message électronique (en-tête RFC 5322 absent).",
    }),
  });
}

/** A bearer token: printable ASCII without spaces, nothing that could smuggle a header. */
export const sessionTokenSchema = z
  .string()
  .min(1)
  .max(MAX_SESSION_TOKEN_LENGTH)
  .regex(/^[\x21-\x7e]+$/, 'Jeton de session invalide.');
