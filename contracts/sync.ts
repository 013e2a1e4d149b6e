/**
 * The team-sync protocol between a workstation and the Recouvra server (docs/sync-protocol.md).
 * Both sides import these declarations and schemas: the server validates every request with
 * them, the renderer builds its requests from them. Declarations and zod only (see ./index.ts).
 */
import * as z from 'zod';

/** Ledger tables a workstation replicates. Anything else in IndexedDB stays on the workstation. */
export const SYNCED_TABLES = [
  'debtors',
  'invoices',
  'imports',
  'snapshots',
  'cases',
  'activities',
  'promises',
  'documents',
  'letters',
  'audit',
  'importJournals',
  'mappings',
  'payments',
  'settings',
  'bankCredits',
  'bankCreditBatches',
  'bankImports',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/**
 * How the server resolves concurrent writes, per table:
 * - `append`: facts written once (calls, notes, audit); an insert never conflicts, an update or a
 *   delete is refused.
 * - `fields`: per field, the later write in server order wins; the overwritten value is kept in
 *   the field history.
 * - `state`: like `fields`, but the state field named in STATE_FIELDS is a state machine: the
 *   server accepts a change of it only from the value the workstation saw (`base`).
 */
export type ConflictRule = 'append' | 'fields' | 'state';

export const TABLE_RULES: Readonly<Record<SyncedTable, ConflictRule>> = {
  debtors: 'fields',
  invoices: 'state',
  imports: 'fields',
  snapshots: 'append',
  cases: 'state',
  activities: 'append',
  promises: 'state',
  documents: 'fields',
  letters: 'fields',
  audit: 'append',
  importJournals: 'fields',
  mappings: 'fields',
  payments: 'fields',
  settings: 'fields',
  bankCredits: 'state',
  bankCreditBatches: 'append',
  bankImports: 'append',
};

/** The state-machine field of each `state` table. */
export const STATE_FIELDS = {
  invoices: 'status',
  cases: 'stage',
  promises: 'status',
  // Two controllers must not both match the same bank credit.
  bankCredits: 'status',
} as const satisfies Partial<Record<SyncedTable, string>>;

/** Primary key field of each synced table (the Dexie primary key). */
export const TABLE_KEYS: Readonly<Record<SyncedTable, string>> = {
  debtors: 'id',
  invoices: 'id',
  imports: 'id',
  snapshots: 'id',
  cases: 'id',
  activities: 'id',
  promises: 'id',
  documents: 'id',
  letters: 'id',
  audit: 'id',
  importJournals: 'importId',
  mappings: 'headerSignature',
  payments: 'id',
  settings: 'key',
  bankCredits: 'id',
  bankCreditBatches: 'id',
  bankImports: 'id',
};

/** Settings shared by the department; every other setting key stays on the workstation. */
export const SHARED_SETTING_KEYS = [
  'creditor',
  'assignees',
  /** Portfolios entrusted to a colleague for an absence (renderer/src/domain/teamPortfolios.ts). */
  'handovers',
  'aging',
  'ladder',
  'callScript',
  'interest',
  'rates.user',
  'letterTemplates',
  'dossier.courtChoices',
] as const;

export const ROLES = ['administrateur', 'responsable', 'charge', 'lecture'] as const;
export type Role = (typeof ROLES)[number];

/** French label of each role, as Paramètres › Équipe shows it. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  administrateur: 'Administrateur',
  responsable: 'Responsable',
  charge: 'Chargé de recouvrement',
  lecture: 'Lecture seule',
};

/** Largest batch of mutations in one push, and of changes in one pull page. */
export const MAX_PUSH_MUTATIONS = 500;
export const MAX_PULL_CHANGES = 5000;
/** Largest import pushed as one server transaction (items plus everything the import writes). */
export const MAX_IMPORT_MUTATIONS = 1_000_000;

const tableSchema = z.enum(SYNCED_TABLES);
const rowSchema = z.record(z.string(), z.unknown());
const uuidish = z.string().min(8).max(64);

/**
 * One local change. `fields` holds the changed fields (the whole row for an insert), `base` the
 * values those fields had on the workstation before the change (absent for an insert).
 */
export const mutationSchema = z.object({
  seq: z.number().int().positive(),
  table: tableSchema,
  key: z.string().min(1).max(512),
  op: z.enum(['put', 'delete']),
  fields: rowSchema.optional(),
  base: rowSchema.optional(),
  /** When the user made the change on the workstation (shown, never used to order). */
  at: z.iso.datetime({ offset: true }),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  workstationId: uuidish,
  mutations: z.array(mutationSchema).min(1).max(MAX_PUSH_MUTATIONS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export type MutationResult =
  | { seq: number; status: 'applied'; serverSeq: number }
  /** Already applied earlier (a replay after a lost response): nothing applied twice. */
  | { seq: number; status: 'duplicate'; serverSeq: number }
  /** Refused: `reason` is a French sentence for the user; `row` is the server's row (or null). */
  | { seq: number; status: 'refused'; reason: string; row: Record<string, unknown> | null };

export interface PushResponse {
  results: MutationResult[];
}

/** One change in server order, as pull returns it: the row after the change (null: deleted). */
export interface Change {
  serverSeq: number;
  table: SyncedTable;
  key: string;
  row: Record<string, unknown> | null;
  /** Display name of the account that made the change. */
  by: string;
  at: string;
}

export interface PullResponse {
  changes: Change[];
  /** Pass as `after` to the next pull. */
  cursor: number;
  /** True when more changes wait after `cursor`. */
  more: boolean;
}

/** A whole import (or a seeding ledger) applied by the server in one transaction. */
export const bulkRequestSchema = z.object({
  workstationId: uuidish,
  importId: z.string().min(1).max(64),
  mutations: z.array(mutationSchema).min(1).max(MAX_IMPORT_MUTATIONS),
  /**
   * `seed`: the first ledger of an empty server, by an administrator; `import` (default): a
   * month's import. A bulk mutation's `seq` orders it within the request only: it is not a
   * workstation outbox seq and does not advance the push sequence.
   */
  kind: z.enum(['import', 'seed']).optional(),
  /**
   * The workstation outbox seqs this bulk carries (a local transaction too large for one push):
   * the server advances the workstation's push sequence past them in the same transaction, so
   * the next push follows without a gap. Absent for a seeding ledger.
   */
  outboxSeqs: z
    .object({ first: z.number().int().positive(), last: z.number().int().positive() })
    .refine((range) => range.last >= range.first)
    .optional(),
});
export type BulkRequest = z.infer<typeof bulkRequestSchema>;

/**
 * After an import sent before its local commit (docs/sync-protocol.md, « Sent before the local
 * commit »): the workstation's outbox now holds the import as `outboxSeqs`, which the server
 * takes as received without the mutations again. Answered as a duplicate bulk (`BulkResponse`);
 * 409 `import_unknown` when the server never applied `importId` for this account, and then the
 * workstation sends the bulk whole.
 */
export const bulkConfirmSchema = z.object({
  workstationId: uuidish,
  importId: z.string().min(1).max(64),
  outboxSeqs: z
    .object({ first: z.number().int().positive(), last: z.number().int().positive() })
    .refine((range) => range.last >= range.first),
});
export type BulkConfirmRequest = z.infer<typeof bulkConfirmSchema>;

/** Answer to a bulk request; `duplicate`: this importId was applied before (nothing re-applied). */
export interface BulkResponse {
  importId: string;
  /** Changes written (rows already holding the same values are not rewritten). */
  applied: number;
  /** server_seq of the import's last change (pull up to it to receive the import). */
  cursor: number;
  /**
   * server_seq of the last change committed before the import's first. A workstation that had
   * pulled up to it holds what the import wrote: its own rows (see docs/sync-protocol.md).
   */
  after?: number;
  duplicate?: boolean;
}

/**
 * Answer to `POST /sync/imports/:importId/undo`: the import's rows are back as they were before
 * it, written as `undone` new changes (pull up to `cursor` to receive them).
 */
export interface UndoImportResponse {
  importId: string;
  undone: number;
  cursor: number;
}

export const signInRequestSchema = z.object({
  login: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
  workstationId: uuidish,
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export interface SignInResponse {
  token: string;
  expiresAt: string;
  account: { id: string; login: string; displayName: string; role: Role };
}

/**
 * GET /sync/checksum: per table, the row count and the SHA-256 of `key + "\n" + canonical JSON
 * (object keys sorted at every depth) + "\n"` for every row, in key order (JavaScript string
 * comparison), at `cursor`. A replica pulled up to `cursor` with an empty outbox must match.
 */
export interface TableChecksum {
  count: number;
  sha256: string;
}
export interface ChecksumResponse {
  cursor: number;
  tables: Record<SyncedTable, TableChecksum>;
}

/**
 * Field history of a row: the values that later writes overwrote, newest first. Only concurrent
 * writes leave an entry: the overwriting author had not seen `value` (their base differed).
 */
export interface FieldHistoryEntry {
  field: string;
  /** The value overwritten (null: the field was empty). */
  value: unknown;
  /** Display name of the account whose write replaced it, and when (server time). */
  overwrittenBy: string;
  at: string;
  /** The value that replaced it (null: the field was emptied). */
  newValue: unknown;
  /** Who wrote the overwritten value, and when; null when the change log does not tell. */
  writtenBy: string | null;
  writtenAt: string | null;
}

/** Live-channel events (server-sent events on GET /sync/events). */
export type LiveEvent =
  | { type: 'changes'; cursor: number }
  | { type: 'calling'; debtorId: string; by: string; until: string }
  | { type: 'import'; state: 'started' | 'finished'; by: string };

/** Error body of every refused request: a French message for the user. */
export interface ErrorBody {
  error: string;
  message: string;
  /** `sequence_gap`: the seq the server expects next from this workstation. */
  expectedSeq?: number;
}

/** Administrator's account management (GET/POST /accounts, PATCH /accounts/:id). */
export const createAccountRequestSchema = z.object({
  login: z.string().min(1).max(200),
  displayName: z.string().min(1).max(200),
  role: z.enum(ROLES),
  password: z.string().min(12).max(1000),
});
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;

export const updateAccountRequestSchema = z.object({
  displayName: z.string().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  password: z.string().min(12).max(1000).optional(),
  /** A disabled account cannot sign in; its sessions are revoked. */
  disabled: z.boolean().optional(),
});
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;

export interface AccountSummary {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}
