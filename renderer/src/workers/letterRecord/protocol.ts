/**
 * Messages between a page that sends a batch of letters and the worker that records them: the
 * letters, their PDFs' Blobs, their timeline lines and audit entries, written in one transaction
 * off the main thread (issue #19: the derived records that transaction rewrites, a sixteenth of
 * the ledger each, took the page's main thread for 110-170 ms at a time).
 */
import type { LettersToWrite } from '../../data/repositories/letters';

export type LetterRecordRequest =
  /** Sent to a worker started before it is needed: it opens the ledger and waits. */
  | { type: 'warm' }
  /** `databaseName`: the page's ledger (a benchmark's or a test's may not be the app's). */
  | { type: 'record'; letters: LettersToWrite; databaseName: string };

export type LetterRecordResponse = { type: 'recorded' } | { type: 'failed'; message: string };
