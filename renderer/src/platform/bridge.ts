/**
 * The renderer's view of the platform bridge. The contract itself (interface, IPC channels,
 * limits) lives in contracts/ipc.ts, shared with the Electron main process and preload; this
 * file only re-exports its types, so renderer code keeps one import path for them.
 */
export type {
  AppInfo,
  AutoBackupReason,
  AutoBackupRequest,
  AutoBackupResult,
  Bridge,
  EmailDraftRequest,
  EmailDraftResult,
  FileFilter,
  OpenedFile,
  OpenFilesRequest,
  SaveFileRequest,
  SaveFileResult,
  SessionTokenResult,
} from '../../../contracts/ipc';
