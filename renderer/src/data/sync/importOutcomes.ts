/**
 * What the server said about an import this workstation sent (docs/sync-protocol.md, « Imports
 * and seeding »): still waiting (another import was running: the engine sends it again), or
 * refused for good (rolled back on the workstation). Kept in `syncState`, on this workstation
 * only, so the import page shows it where the user imported, even after a restart.
 */
import { getDb, type RecouvraDb } from '../db';
import { IMPORT_TX_PREFIX, type OutboxEntry, SYNC_STATE_KEYS } from './outboxTypes';

export interface ImportOutcome {
  /** The outbox transaction tag (`import-<id>` for an import of the ledger). */
  tx: string;
  /** The ledger's import id (ImportRecord.id), when the transaction is an import. */
  importId: string | null;
  fileName: string | null;
  asOfDate: string | null;
  /** `waiting`: sent again until the server takes it; `refused`: undone on this workstation. */
  state: 'waiting' | 'refused';
  /** The server's French sentence. */
  reason: string;
  at: string;
}

/** Outcomes kept at most (the oldest go first). */
const KEPT = 20;

export async function readImportOutcomes(db: RecouvraDb): Promise<ImportOutcome[]> {
  const row = await db.syncState.get(SYNC_STATE_KEYS.importOutcomes);
  return Array.isArray(row?.value) ? (row.value as ImportOutcome[]) : [];
}

async function write(db: RecouvraDb, outcomes: ImportOutcome[]): Promise<void> {
  if (outcomes.length === 0) await db.syncState.delete(SYNC_STATE_KEYS.importOutcomes);
  else
    await db.syncState.put({ key: SYNC_STATE_KEYS.importOutcomes, value: outcomes.slice(-KEPT) });
}

/** The outcome of the transaction `tx`, named after its import record when it has one. */
export function outcomeOf(
  tx: string,
  entries: readonly OutboxEntry[],
  state: ImportOutcome['state'],
  reason: string,
  at: string,
): ImportOutcome {
  const importId = tx.startsWith(IMPORT_TX_PREFIX) ? tx.slice(IMPORT_TX_PREFIX.length) : null;
  const record = entries.find((e) => e.table === 'imports' && e.key === importId)?.fields;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    tx,
    importId,
    fileName: text(record?.fileName),
    asOfDate: text(record?.asOfDate),
    state,
    reason,
    at,
  };
}

/** Records (or replaces) the outcome of one transaction. */
export async function noteImportOutcome(db: RecouvraDb, outcome: ImportOutcome): Promise<void> {
  const others = (await readImportOutcomes(db)).filter((o) => o.tx !== outcome.tx);
  await write(db, [...others, outcome]);
}

/** Forgets the outcome of `tx` (the server took it, or the user read the refusal). */
export async function clearImportOutcome(db: RecouvraDb, tx: string): Promise<void> {
  const outcomes = await readImportOutcomes(db);
  if (outcomes.some((o) => o.tx === tx)) {
    await write(
      db,
      outcomes.filter((o) => o.tx !== tx),
    );
  }
}

/** The user has read a refusal: the import page stops showing it. */
export const dismissImportOutcome = (tx: string): Promise<void> => clearImportOutcome(getDb(), tx);
