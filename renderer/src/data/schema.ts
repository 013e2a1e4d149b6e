/**
 * Dexie schema versions, append-only. A released version is never edited: a change is a new
 * entry with its upgrade function and a test that opens a database written by the previous one.
 */
import type { Transaction } from 'dexie';
import type { Mutation } from '../../../contracts/sync';
import type { Snapshot } from '../domain/model';
import { snapshotId } from '../domain/snapshotIds';
import {
  rebuildAggregates,
  rebuildCollectionHistory,
  rebuildQueueSummary,
} from './aggregates/rebuild';
import { packOf } from './sync/outboxPacks';
import { PACKED_TABLE } from './sync/outboxTypes';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      debtors: 'id, &accountNo, name, assignee, status, *tags',
      invoices: 'id, debtorId, &[debtorId+number], dueDate, status',
      imports: 'id, importedAt, asOfDate, sha256',
      snapshots: 'id, importId, debtorId, asOfDate, [debtorId+asOfDate]',
      cases: 'id, debtorId, stage, nextActionDate',
      activities: 'id, debtorId, caseId, at, type',
      promises: 'id, debtorId, status',
      documents: 'id, debtorId, sha256, kind, *invoiceIds',
      blobs: 'sha256',
      letters: 'id, debtorId, date, pdfSha256',
      settings: 'key',
      audit: 'id, at, action',
      importJournals: 'importId',
      mappings: 'headerSignature',
    },
  },
  {
    // Dated payments: the claim needs each payment's day, not only the balance left. Bank
    // statements: their credits, kept to be matched, and each statement file imported.
    version: 2,
    stores: {
      payments: 'id, debtorId, invoiceId, date, importId, bankCreditId',
      bankCredits: 'id, importId, status, bookingDate, debtorId',
      bankImports: 'id, importedAt, sha256',
    },
  },
  {
    // Team mode (data/sync): the outbox of local changes not yet acknowledged by the server, in
    // workstation sequence order, tagged by the local transaction that wrote them; and the
    // workstation's own sync state (server address, workstation id, next sequence, cursor).
    // Both stay on the workstation: never synced, never in a backup.
    version: 3,
    stores: { outbox: 'seq, tx, [table+key]', syncState: 'key' },
  },
  {
    // Ledger aggregates (data/aggregates): per debtor, its open items summed per due date and its
    // latest activity; for the whole ledger, sales and receivables per date. Kept by a DBCore
    // middleware in the same transaction as every write of `invoices` and `activities`, so the
    // dashboard and the debtor list read them instead of the whole ledger. Derived data: never
    // synced, never in a backup; built here from the rows already stored.
    version: 4,
    stores: { debtorAggregates: 'debtorId', ledgerTotals: 'key' },
    upgrade: (tx) => rebuildAggregates(tx),
  },
  {
    // Queue summary (domain/queueSummary, data/aggregates): per debtor, what the File d'actions
    // reads of it and of its open items, many debtors to a record (`bucket`), kept by the same
    // middleware in the same transaction as every write of `debtors` and `invoices`, so the queue
    // reads a few records instead of every debtor and open item. Derived data: never synced,
    // never in a backup; built here from the rows already stored.
    version: 5,
    stores: { queueSummaries: 'bucket' },
    upgrade: (tx) => rebuildQueueSummary(tx),
  },
  {
    // The queue summary also holds each item's currency (when not the euro) and the payer IBANs
    // learned for each debtor: bank matching reads it instead of every invoice and debtor; the
    // summary is rebuilt from the rows in its new shape. Bank credits keep only the index they
    // are read by (status): a statement of 20,000 credits no longer writes three unused ones.
    version: 6,
    stores: { bankCredits: 'id, status' },
    upgrade: (tx) => rebuildQueueSummary(tx),
  },
  {
    // The debtor aggregates also count each debtor's notice letters per date, and the queue
    // summary holds each debtor's SIREN and city: the dashboard and the debtor list read them
    // instead of every letter and every debtor row. The aggregates are stored many debtors to a
    // record (domain/aggregateBuckets: 10,000 records read in hundreds of milliseconds, 16 in
    // tens), in a new table; both are rebuilt from the rows.
    version: 7,
    stores: { debtorAggregates: null, aggregateBuckets: 'bucket' },
    upgrade: async (tx) => {
      await rebuildAggregates(tx);
      await rebuildQueueSummary(tx);
    },
  },
  {
    // The collection history (domain/collectionHistory, data/aggregates): what the collection
    // rules read of the activities and letters, many debtors to a record, kept by the middleware
    // in the same transaction as every write of `activities` and `letters`. The File d'actions
    // and the « Envoi groupé » read 16 records instead of a year of timeline (2.3 s on disk at
    // 56,000 activities and 22,000 letters). Derived: never synced, never in a backup.
    version: 8,
    stores: { collectionHistory: 'bucket' },
    upgrade: (tx) => rebuildCollectionHistory(tx),
  },
  {
    // Bank credits stored by batches of 500 per import (domain/bank/records): a statement of
    // 20,000 credits was 20,000 rows, 2 s of writes on disk; it is now 40. `bankCredits` keeps a
    // record per credit only once its status changed; the credits imported before stay as they
    // are (a record `unmatched` is read as a credit waiting). Synced, in backups: ledger facts.
    version: 9,
    stores: { bankCreditBatches: 'id, importId' },
  },
  {
    // Indexes nothing reads are dropped: every row written pays for each of its index entries,
    // and a 100,000-row import writes some 60,000 of them for the debtors, snapshots and payments
    // it makes. Debtors are no longer indexed by name (the one list by name sorts in French, which
    // IndexedDB's order is not), status or tags; payments by item or import (undo reads the import
    // journal); snapshots by import or date: their id is `${importId}:${debtorId}`, so an import's
    // snapshots are a range of ids.
    version: 10,
    stores: {
      debtors: 'id, &accountNo, assignee',
      snapshots: 'id, debtorId',
      payments: 'id, debtorId, date, bankCreditId',
    },
    upgrade: (tx) => renameStraySnapshots(tx),
  },
  {
    // An outbox pack keeps its mutations as the JSON text the server receives (OutboxPack): read
    // back as objects, an import's packs took 2.5 s in one task of the window before each push.
    // The packs waiting (an import made offline) are rewritten; no index changes.
    version: 11,
    stores: {},
    upgrade: (tx) => repackOutbox(tx),
  },
  {
    // Each debtor's latest activity leaves the debtor aggregates for a table of its own
    // (domain/lastActions): a call logged rewrote, and the dashboard then read back, the dues of
    // a sixteenth of the ledger. Derived: both are rebuilt from the rows.
    version: 12,
    stores: { lastActions: 'bucket' },
    upgrade: (tx) => rebuildAggregates(tx),
  },
];

/** Packs written before version 11 held their mutations as objects (`mutations`). */
async function repackOutbox(tx: Transaction): Promise<void> {
  const packs = tx.table('outbox').where('[table+key]').equals([PACKED_TABLE, '']);
  const old = (await packs.toArray()) as { tx: string; mutations?: Mutation[] }[];
  const repacked = old.flatMap((pack) => (pack.mutations ? [packOf(pack.mutations, pack.tx)] : []));
  if (repacked.length > 0) await tx.table('outbox').bulkPut(repacked);
}

/**
 * Every snapshot the app wrote has the id `snapshotId(importId, debtorId)`; one that does not
 * (written by hand or by a tool) is stored again under that id, or the import's range of ids
 * would miss it.
 */
async function renameStraySnapshots(tx: Transaction): Promise<void> {
  const table = tx.table<Snapshot, string>('snapshots');
  const strays = await table.filter((s) => s.id !== snapshotId(s.importId, s.debtorId)).toArray();
  if (strays.length === 0) return;
  await table.bulkDelete(strays.map((s) => s.id));
  await table.bulkPut(strays.map((s) => ({ ...s, id: snapshotId(s.importId, s.debtorId) })));
}

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
