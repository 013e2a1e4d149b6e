import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { FieldHistoryEntry, SyncedTable } from '../../../../contracts/sync';
import { clock } from '../clock';
import { getDb } from '../db';
import { type ImportOutcome, readImportOutcomes } from './importOutcomes';
import { pendingCount } from './outboxStore';
import { fieldHistory, type TeamState, teamStore } from './teamSync';
import { OfflineError } from './transport';

/** Team mode as the status bar and Paramètres › Équipe show it. */
export function useTeamState(): TeamState {
  return useSyncExternalStore(teamStore.subscribe, teamStore.getSnapshot);
}

/** Changes recorded on this workstation and not yet acknowledged by the server. */
export function usePendingChanges(): number {
  return useLiveQuery(() => pendingCount(getDb()), [], 0);
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

/**
 * Whether the field history (kept on the server only) can be asked for: `solo` working alone
 * (nothing is shown), `signedOut` in team mode without a session, `offline` when the last
 * exchange with the server failed for want of a connection, else `online`.
 */
export type HistoryAvailability = 'solo' | 'signedOut' | 'offline' | 'online';

export function historyAvailability(team: TeamState): HistoryAvailability {
  if (team.config === null) return 'solo';
  if (!team.signedIn || team.status?.needsSignIn) return 'signedOut';
  if (team.status && !team.status.online && team.status.error !== null) return 'offline';
  return 'online';
}

export type FieldHistoryState =
  | { kind: 'solo' }
  | { kind: 'signedOut' }
  | { kind: 'offline' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; entries: readonly FieldHistoryEntry[] };

/**
 * The values concurrent writes overwrote in one row (« Modifications concurrentes »), asked of
 * the server again after every sync, so a pull that replaced a local value shows it at once.
 */
export function useFieldHistory(
  table: SyncedTable,
  key: string,
  load: typeof fieldHistory = fieldHistory,
): FieldHistoryState {
  const team = useTeamState();
  const availability = historyAvailability(team);
  const lastSyncAt = team.status?.lastSyncAt ?? null;
  const id = `${table}/${key}`;
  const [result, setResult] = useState<{ id: string; state: FieldHistoryState } | null>(null);
  useEffect(() => {
    // lastSyncAt: a new sync may have brought a new overwrite.
    void lastSyncAt;
    if (availability !== 'online') return;
    let cancelled = false;
    load(table, key).then(
      (entries) => {
        if (!cancelled) setResult({ id, state: { kind: 'ready', entries } });
      },
      (error: unknown) => {
        if (cancelled) return;
        const state: FieldHistoryState =
          error instanceof OfflineError
            ? { kind: 'offline' }
            : { kind: 'error', message: error instanceof Error ? error.message : String(error) };
        setResult({ id, state });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [availability, lastSyncAt, table, key, id, load]);
  if (availability !== 'online') return { kind: availability };
  return result?.id === id ? result.state : { kind: 'loading' };
}
