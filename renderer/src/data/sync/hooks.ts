import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { getDb } from '../db';
import { type TeamState, teamStore } from './teamSync';

/** Team mode as the status bar and Paramètres › Équipe show it. */
export function useTeamState(): TeamState {
  return useSyncExternalStore(teamStore.subscribe, teamStore.getSnapshot);
}

/** Changes recorded on this workstation and not yet acknowledged by the server. */
export function usePendingChanges(): number {
  return useLiveQuery(() => getDb().outbox.count(), [], 0);
}
