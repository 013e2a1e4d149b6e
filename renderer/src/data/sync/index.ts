/** Team sync (docs/sync-protocol.md): what the rest of the renderer uses. */
export type { Refusal, SyncStatus } from './engine';
export { useCallingColleague, usePendingChanges, useTeamState } from './hooks';
export type { TeamConfig } from './outboxTypes';
export {
  announceCall,
  configureServer,
  dismissRefusal,
  leaveTeamMode,
  seedServerFromLedger,
  signIn,
  signOut,
  startTeamSync,
  type TeamState,
  type TokenStore,
} from './teamSync';
