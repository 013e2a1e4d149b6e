import Dexie, { type EntityTable } from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import type { AggregateBucket } from '../domain/aggregateBuckets';
import type { BankCreditBatch, BankCreditRecord, BankImportRecord } from '../domain/bank/records';
import type { HistoryRow } from '../domain/collectionHistory';
import type { LastActionsBucket } from '../domain/lastActions';
import type {
  Activity,
  AuditEntry,
  Case,
  Debtor,
  EvidenceDocument,
  ImportJournal,
  ImportRecord,
  Invoice,
  Letter,
  Payment,
  PaymentPromise,
  SavedMapping,
  SettingRecord,
  Snapshot,
  StoredBlob,
} from '../domain/model';
import type { SummaryBucket } from '../domain/queueSummary';
import { createAggregatesMiddleware } from './aggregates/aggregatesMiddleware';
import type { LedgerTotalsRow } from './aggregates/types';
import { clock } from './clock';
import { createDurabilityMiddleware } from './durability';
import { SCHEMA_VERSIONS } from './schema';
import { importRecordFromStored, savedMappingFromStored } from './storedMappings';
import {
  createOutboxIssueMiddleware,
  createOutboxMiddleware,
  followTeamMode,
  type OutboxControl,
} from './sync/outboxMiddleware';
import {
  type OutboxRow,
  SYNC_STATE_KEYS,
  type SyncStateRow,
  type TeamConfig,
} from './sync/outboxTypes';

/** Name of the IndexedDB database. Changing it would make every user's ledger vanish. */
export const DATABASE_NAME = 'recouvra';

export class RecouvraDb extends Dexie {
  debtors!: EntityTable<Debtor, 'id'>;
  invoices!: EntityTable<Invoice, 'id'>;
  imports!: EntityTable<ImportRecord, 'id'>;
  snapshots!: EntityTable<Snapshot, 'id'>;
  cases!: EntityTable<Case, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  promises!: EntityTable<PaymentPromise, 'id'>;
  documents!: EntityTable<EvidenceDocument, 'id'>;
  blobs!: EntityTable<StoredBlob, 'sha256'>;
  letters!: EntityTable<Letter, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  audit!: EntityTable<AuditEntry, 'id'>;
  importJournals!: EntityTable<ImportJournal, 'importId'>;
  mappings!: EntityTable<SavedMapping, 'headerSignature'>;
  payments!: EntityTable<Payment, 'id'>;
  bankCredits!: EntityTable<BankCreditRecord, 'id'>;
  bankCreditBatches!: EntityTable<BankCreditBatch, 'id'>;
  bankImports!: EntityTable<BankImportRecord, 'id'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  /** Derived (data/aggregates): kept by a middleware, read by the dashboard and the list. */
  aggregateBuckets!: EntityTable<AggregateBucket, 'bucket'>;
  lastActions!: EntityTable<LastActionsBucket, 'bucket'>;
  ledgerTotals!: EntityTable<LedgerTotalsRow, 'key'>;
  /** Derived (data/aggregates): the queue summary, read by the File d'actions. */
  queueSummaries!: EntityTable<SummaryBucket, 'bucket'>;
  /** Derived (data/aggregates): what the collection rules read of activities and letters. */
  collectionHistory!: EntityTable<HistoryRow, 'bucket'>;
  /** Team mode on this connection: the outbox middleware records changes while it is active. */
  readonly outboxControl: OutboxControl = { active: false };

  constructor(name: string = DATABASE_NAME) {
    // Relaxed durability by default: Chromium no longer flushes to disk on every commit, which
    // makes bulk writes several times faster; a commit is still atomic. Imports, payments,
    // letters kept as sent and restores are committed strictly (durability.ts says why).
    super(name, { chromeTransactionDurability: 'relaxed' });
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    // Rows of older versions are read in today's shape (no schema change needed).
    this.imports.hook('reading', importRecordFromStored);
    this.mappings.hook('reading', savedMappingFromStored);
    // Team mode (data/sync): every connection, a worker's too, reads it from the database itself.
    this.use(createOutboxMiddleware(this.outboxControl, clock.nowIso));
    // Ledger aggregates and the queue summary, in the same transaction as every write they follow.
    this.use(createAggregatesMiddleware());
    this.use(createDurabilityMiddleware());
    // Outermost: counts an import's writes as they are issued (see issuedBulk).
    this.use(createOutboxIssueMiddleware(this.outboxControl));
    this.on('ready', async (vip) => {
      const config = await vip.table<SyncStateRow, string>('syncState').get(SYNC_STATE_KEYS.config);
      this.outboxControl.active = Boolean((config?.value as TeamConfig | undefined)?.serverUrl);
    });
  }
}

let instance: RecouvraDb | null = null;

/** The app's single database connection, opened lazily. */
export function getDb(): RecouvraDb {
  if (!instance) {
    instance = new RecouvraDb();
    followTeamMode(instance.outboxControl);
  }
  return instance;
}

/** Replaces the connection (tests use a fresh database name per test). */
export function setDbForTests(db: RecouvraDb | null): void {
  instance = db;
}

/** Runs `work` with `db` as the app's connection, then puts the previous one back. */
export async function withConnection<T>(db: RecouvraDb, work: () => Promise<T>): Promise<T> {
  const previous = instance;
  instance = db;
  try {
    return await work();
  } finally {
    instance = previous;
  }
}

/**
 * A new row id: a UUID of version 7 (RFC 9562), which starts with the time it was made. Rows
 * made one after another get increasing ids, so IndexedDB appends them to the end of its key
 * order instead of scattering them: a 100,000-row import writes about a quarter faster on disk
 * than with random (version 4) ids. Older rows keep their version 4 ids; ids stay opaque.
 */
export function newId(): string {
  return uuidv7();
}
