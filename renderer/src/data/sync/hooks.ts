import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { clock } from '../clock';
import { getDb } from '../db';
import { type ImportOutcome, readImportOutcomes } from './importOutcomes';
import { type TeamState, teamStore } from './teamSync';

/** Team mode as the status bar and Paramètres › Équipe show it. */
export function useTeamState(): TeamState {
  return useSyncExternalStore(teamStore.subscribe, teamStore.getSnapshot);
}

/** Changes recorded on this workstation and not yet acknowledged by the server. */
export function usePendingChanges(): number {
  return useLiveQuery(() => getDb().outbox.count(), [], 0);
}

/** Imports the server has not taken yet or refused (the import page and the status bar). */
export function useImportOutcomes(): readonly ImportOutcome[] {
  return useLiveQuery(() => readImportOutcomes(getDb()), [], []);
}

/**
 * The colleague calling this debtor right now (« en cours d'appel par … »), from the live
 * channel; null working alone, when nobody calls, when the presence expired, or when the caller
 * is this workstation's own account.
 */
export function useCallingColleague(debtorId: string): { by: string; until: string } | null {
  const team = useTeamState();
  const entry = team.status?.calling[debtorId];
  const self = team.config?.account?.displayName;
  const [now, setNow] = useState(() => clock.now().getTime());
  useEffect(() => {
    if (!entry) return;
    // Re-render when the presence expires even if no event says so.
    const left = new Date(entry.until).getTime() - clock.now().getTime();
    const timer = setTimeout(() => setNow(clock.now().getTime()), Math.max(0, left) + 50);
    return () => clearTimeout(timer);
  }, [entry]);
  if (!team.signedIn || !entry || entry.by === self) return null;
  return new Date(entry.until).getTime() > Math.max(now, clock.now().getTime()) ? entry : null;
}
