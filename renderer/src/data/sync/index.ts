/** Team sync (docs/sync-protocol.md): what the rest of the renderer uses. */
export type { Refusal, SyncStatus } from './engine';
export {
  type FieldHistoryState,
  type HistoryAvailability,
  historyAvailability,
  useCallingColleague,
  useFieldHistory,
  useImportOutcomes,
  usePendingChanges,
  useTeamState,
} from './hooks';
export { dismissImportOutcome, type ImportOutcome } from './importOutcomes';
export { SHARED_UNDO_OFFLINE } from './importUndo';
export type { TeamConfig } from './outboxTypes';
export {
  announceCall,
  configureServer,
  dismissRefusal,
  fieldHistory,
  leaveTeamMode,
  seedServerFromLedger,
  signIn,
  signOut,
  startTeamSync,
  type TeamState,
  type TokenStore,
  undoImport,
} from './teamSync';
