/**
 * Imports sent to the server before their local commit (docs/sync-protocol.md, « Sent before the
 * local commit »). On disk, IndexedDB takes some ten seconds to write a 100,000-item import; its
 * outbox entries are known in the first of them (outboxMiddleware, issuedBulk). The import's
 * worker hands them to the sync engine of its database, which sends them at once: the server
 * applies the import, and the colleagues pull it, while this workstation still writes it.
 *
 * The server takes such a bulk without the workstation's outbox seqs. Once the local transaction
 * has committed, the engine pushes the outbox as usual and, for this import, only confirms its
 * seqs (POST /sync/bulk/confirm) instead of sending 100,000 mutations again. Should the local
 * commit fail, or the machine stop before it, the outbox holds nothing of the import and its seqs
 * were never taken by the server: the workstation pulls the import like any colleague's change.
 */
import type { BulkResponse, SyncedTable } from '../../../../contracts/sync';
import { BLOB_TABLES } from './blobUpload';
import type { IssuedBulk } from './outboxMiddleware';

/** What an engine offers an import's worker (SyncEngine). */
export interface EarlyImportSink {
  sendEarly(bulk: IssuedBulk): void;
  forgetEarly(tx: string): void;
}

/** The engines running, by the name of the database each syncs. */
const sinks = new Map<string, EarlyImportSink>();

/** While the engine of `databaseName` runs: imports of that database are handed to it. */
export function acceptEarlyImports(databaseName: string, sink: EarlyImportSink): () => void {
  sinks.set(databaseName, sink);
  return () => {
    if (sinks.get(databaseName) === sink) sinks.delete(databaseName);
  };
}

/**
 * Hands an import's entries to the engine of its database, if one runs. Returns what to call if
 * the local commit fails: the engine then stops waiting for it.
 */
export function handOverImport(databaseName: string, bulk: IssuedBulk): () => void {
  const sink = sinks.get(databaseName);
  if (!sink) return () => {};
  sink.sendEarly(bulk);
  return () => sink.forgetEarly(bulk.tx);
}

/** Whether the server can take these entries ahead: none references a document's bytes. */
export function sendableEarly(tables: readonly SyncedTable[]): boolean {
  return !tables.some((table) => BLOB_TABLES.includes(table));
}

interface SentEarly {
  firstSeq: number;
  lastSeq: number;
  answer: Promise<BulkResponse | null>;
  sentAt: number;
}

/**
 * Past this, an import sent early whose local commit never reported (a worker that died without a
 * word) is no longer waited for: pulls resume. A 100,000-item import commits in well under it.
 */
export const EARLY_IMPORT_PATIENCE_MS = 10 * 60_000;

/** Imports pushed lately: a hand-over arriving after its push is not waited for. */
const PUSHED_REMEMBERED = 32;

/** An engine's imports sent early, until their outbox entries are pushed or they are forgotten. */
export class EarlyImports {
  private readonly sent = new Map<string, SentEarly>();
  private readonly pushed: string[] = [];

  constructor(
    private readonly send: (bulk: IssuedBulk) => Promise<BulkResponse>,
    private readonly now: () => number = Date.now,
  ) {}

  /** An import is on its way: pulling now would bring back the rows it is writing. */
  get pending(): boolean {
    for (const [tx, sent] of this.sent) {
      if (this.now() - sent.sentAt > EARLY_IMPORT_PATIENCE_MS) this.sent.delete(tx);
    }
    return this.sent.size > 0;
  }

  add(bulk: IssuedBulk): void {
    if (this.pushed.includes(bulk.tx)) return;
    // A failure is not reported here: the outbox push sends the import whole and reports it.
    const answer = this.send(bulk).catch(() => null);
    const { firstSeq, lastSeq } = bulk;
    this.sent.set(bulk.tx, { firstSeq, lastSeq, answer, sentAt: this.now() });
  }

  /** Stops waiting for `tx` (its local commit failed); true when it was waited for. */
  forget(tx: string): boolean {
    return this.sent.delete(tx);
  }

  /**
   * The server's answer to `tx` sent early, whose committed entries are `firstSeq`…`lastSeq`;
   * null when it was not sent early or failed: then it is sent whole, as any bulk.
   */
  async answerFor(tx: string, firstSeq: number, lastSeq: number): Promise<BulkResponse | null> {
    const sent = this.sent.get(tx);
    if (!sent) return null;
    const answer = await sent.answer;
    if (!answer || answer.duplicate) {
      this.sent.delete(tx);
      return null;
    }
    if (sent.firstSeq !== firstSeq || sent.lastSeq !== lastSeq) {
      // whenBulkIssued waits for every write issued: only a write made after it was called (a
      // bug of the import's code) could leave entries out of what the server took. Sent whole,
      // the server refuses it (import_mismatch) and the workstation rolls it back, said.
      console.error(
        `Import ${tx}: ${sent.firstSeq}…${sent.lastSeq} sent early, ${firstSeq}…${lastSeq} committed.`,
      );
      this.sent.delete(tx);
      return null;
    }
    return answer;
  }

  /** `tx`'s outbox entries were pushed, whatever came of it: it is no longer waited for. */
  done(tx: string): void {
    this.sent.delete(tx);
    this.pushed.push(tx);
    if (this.pushed.length > PUSHED_REMEMBERED) this.pushed.shift();
  }
}
