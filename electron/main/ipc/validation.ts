import * as z from 'zod';

/** Longest file name most file systems accept (NTFS, ext4, APFS all stop at 255). */
export const MAX_FILE_NAME_LENGTH = 255;

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

/** Bytes from the renderer: a real Uint8Array (not an array of numbers) below the size cap. */
export function bytesSchema(maxBytes: number) {
  return z
    .instanceof(Uint8Array, { message: 'Les données doivent être un Uint8Array.' })
    .refine((bytes) => bytes.byteLength <= maxBytes, {
      message: `Fichier trop volumineux (maximum ${formatSize(maxBytes)}).`,
    });
}

/** Sizes in French units (Mo, Ko), rounded down: a limit must never read larger than it is. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.floor(bytes / (1024 * 1024))} Mo`;
  if (bytes >= 1024) return `${Math.floor(bytes / 1024)} Ko`;
  return `${bytes} octets`;
}
