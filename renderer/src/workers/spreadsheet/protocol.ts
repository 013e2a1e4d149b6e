/**
 * Messages between the UI and the import worker. The worker parses the file, keeps the parsed
 * balance, answers with a preview (no items), and on confirmation writes it to the ledger itself:
 * the 100,000 items never cross to the main thread, which stays responsive. The UI cancels a
 * parse by terminating the worker, the only way to stop a synchronous SheetJS read.
 */
import type { IssuedBulk } from '../../data/sync/outboxMiddleware';
import type { BalanceClaim } from '../../domain/import/balanceClaim';
import type { BalancePreview, PreviewSummary } from '../../domain/import/preview';
import type { FileContent } from '../fileContent';
import type { ParsePhase, SpreadsheetParseOptions } from './parseSpreadsheet';
import type { SheetSummary } from './sheets';

/** What the UI adds to the parsed balance to commit it. */
export interface CommitMeta {
  sha256: string;
  partialFile: boolean;
  /** Who imported, for the audit log. */
  by: string;
  /** Why the user imports despite a gap with the file's total (required when there is one). */
  gapReason?: string;
  /** Rates entered in the preview: currency -> euros for one unit, as typed (« 1,1650 »). */
  eurRates?: Record<string, string>;
  /** Another ledger than the app's own: benchmarks write to a throwaway database. */
  databaseName?: string;
}

export type ImportWorkerRequest =
  | {
      type: 'parse';
      /**
       * The file (fileContent.ts): its `Blob` crosses by reference (a 30 MB copy on the page's
       * thread was most of a 50 ms task when a file was chosen); bytes are copied, not
       * transferred, so the caller keeps them for a parse again.
       */
      bytes: FileContent | ArrayBuffer;
      fileName: string;
      options: SpreadsheetParseOptions;
      /** The rates typed so far (a new as-of date): the result carries the figures with them. */
      eurRates?: Record<string, string>;
    }
  /** The claim of the parsed balance on its date (null: no date yet, or it could not be read). */
  | { type: 'claim'; databaseName?: string }
  /** The preview's figures again, with the rates entered so far (EUR equivalents per item). */
  | { type: 'summary'; eurRates: Record<string, string> }
  | { type: 'commit'; meta: CommitMeta };

export type ImportWorkerResponse =
  | { type: 'progress'; phase: ParsePhase; percent: number }
  | {
      type: 'result';
      /** The file's SHA-256, digested here rather than on the page's main thread. */
      sha256: string;
      preview: BalancePreview;
      sheets: SheetSummary[];
      /** The preview's figures with the request's `eurRates`, when it had any. */
      ratedSummary?: PreviewSummary;
    }
  | { type: 'error'; message: string; sheets: SheetSummary[] }
  | { type: 'claim'; claim: BalanceClaim | null }
  | { type: 'summary'; summary: PreviewSummary | null }
  /**
   * In team mode, the import's outbox entries before its commit: the page hands them to the sync
   * engine of `databaseName` (data/sync/earlyImports.ts).
   */
  | { type: 'bulk-issued'; databaseName: string; bulk: IssuedBulk }
  | { type: 'committed'; importId: string }
  | { type: 'commit-failed'; message: string };
