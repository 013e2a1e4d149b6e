/**
 * The platform bridge: everything the renderer needs from the machine, declared once, with the
 * IPC channel names and size limits the preload and the main process agree on. Electron
 * implements the bridge through the preload (IPC to the main process); the browser build
 * implements it with a download link, a file input and a print frame (renderer/src/platform).
 * What the main process accepts on each channel is in ./ipcSchemas.ts.
 *
 * Part of contracts/: declarations only (no logic, no imports), so the Electron main process,
 * the sandboxed preload and the renderer can all import it.
 */

export interface FileFilter {
  /** Label shown in the dialog, e.g. « Classeurs Excel ». */
  name: string;
  /** Extensions without the dot, e.g. `['xlsx', 'xls']`. */
  extensions: string[];
}

export interface AppInfo {
  name: string;
  version: string;
  /** 'electron' inside the desktop app, 'web' in the browser build. */
  runtime: 'electron' | 'web';
  platform: string;
}

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array;
  filters?: FileFilter[];
}

/** `saved: false` when the user cancelled the dialog; nothing was written. */
export interface SaveFileResult {
  saved: boolean;
  /** File name chosen (base name only: the renderer never handles full paths). */
  fileName?: string;
}

export interface OpenFilesRequest {
  filters?: FileFilter[];
  multiple?: boolean;
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

/** Why an automatic backup is written; the main process turns it into the file name. */
export const AUTO_BACKUP_REASONS = ['avant-import', 'avant-restauration'] as const;
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number];

/** Most automatic backups kept in the user-data folder, whatever the setting says. */
export const MAX_AUTO_BACKUPS_KEPT = 100;

export interface AutoBackupRequest {
  /** The backup zip (see renderer/src/data/backup). */
  data: Uint8Array;
  reason: AutoBackupReason;
  /** Automatic backups to keep, this one included; older ones are deleted. */
  keepLast: number;
}

/** `saved: false` with a French reason where there is no user-data folder (browser build). */
export type AutoBackupResult =
  | { saved: true; fileName: string; removedOldBackups: number }
  | { saved: false; reason: string };

export interface EmailDraftRequest {
  /** Base name ending in `.eml` (never a path); the main process sanitises it again. */
  fileName: string;
  /** The RFC 5322 message (see renderer/src/features/letters/email/buildEml.ts). */
  data: Uint8Array;
}

/**
 * `opened: false` with a French reason for the user when no mail client opened the draft: the
 * browser build only downloads it, or the system found no application for .eml files.
 */
export interface EmailDraftResult {
  opened: boolean;
  reason?: string;
}

/** Largest e-mail draft accepted: beyond it most mail servers refuse the message anyway. */
export const MAX_EMAIL_DRAFT_BYTES = 25 * 1024 * 1024;

/** Longest e-mail draft name accepted, `.eml` included. */
export const MAX_DRAFT_NAME_LENGTH = 200;

/** Longest file name most file systems accept (NTFS, ext4, APFS all stop at 255). */
export const MAX_FILE_NAME_LENGTH = 255;

/** Longest session token accepted over IPC (the server's tokens are far shorter). */
export const MAX_SESSION_TOKEN_LENGTH = 4096;

/**
 * Where the team server's session token went. The desktop app encrypts it with the OS keychain
 * (Electron `safeStorage`); without a keychain, and in the browser build, it is kept for the
 * session only, and `reason` says so in French.
 */
export type SessionTokenResult = { stored: true } | { stored: false; reason: string };

export interface Bridge {
  appInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Empty array when the user cancelled. */
  openFiles(request: OpenFilesRequest): Promise<OpenedFile[]>;
  printPdf(data: Uint8Array): Promise<void>;
  /**
   * Writes a backup into the app's own folder (never a path from the renderer: the main process
   * names the file) and deletes the oldest automatic backups beyond `keepLast`.
   */
  writeAutoBackup(request: AutoBackupRequest): Promise<AutoBackupResult>;
  /**
   * Opens an .eml draft with the system mail client. The main process writes it into its own
   * drafts folder (temp/Recouvra/brouillons) under a name it sanitises itself, then asks the
   * system to open it; the browser build downloads it instead (`opened: false`).
   */
  openEmailDraft(request: EmailDraftRequest): Promise<EmailDraftResult>;
  /** The team server's session token kept from an earlier session; null when there is none. */
  readSessionToken(): Promise<string | null>;
  /** Keeps the session token (encrypted by the OS keychain), or forgets it (`null`). */
  writeSessionToken(token: string | null): Promise<SessionTokenResult>;
}

/** Channel names shared by preload and main: one place, no typos. */
export const IPC_CHANNELS = {
  appInfo: 'recouvra:app-info',
  saveFile: 'recouvra:save-file',
  openFiles: 'recouvra:open-files',
  printPdf: 'recouvra:print-pdf',
  writeAutoBackup: 'recouvra:write-auto-backup',
  openEmailDraft: 'recouvra:open-email-draft',
  readSessionToken: 'recouvra:read-session-token',
  writeSessionToken: 'recouvra:write-session-token',
} as const;

/** Largest payload accepted over IPC (files saved, printed or opened). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
