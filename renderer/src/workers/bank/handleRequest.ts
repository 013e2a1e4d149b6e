/** The bank worker's work, apart from `self.onmessage` so it runs in Node tests. */
import { getDb, RecouvraDb, withConnection } from '../../data/db';
import { bankRepo, type MatchLedger } from '../../data/repositories/bank';
import { sha256Hex } from '../../data/repositories/blobs';
import {
  type BankCreditRecord,
  type CreditMatch,
  type MatchIndex,
  type MatchLabels,
  type MatchOptions,
  matchCredits,
  matchCreditsOn,
  parseStatementFile,
  proposalLabels,
} from '../../domain/bank';
import { bytesOfContent } from '../fileContent';
import { type PreparedLedger, prepareLedger, takePreparedLedger } from './preparedLedger';
import type { BankWorkerRequest, BankWorkerResponse } from './protocol';
import { warmUpBankJob } from './warmUp';

type Post = (response: BankWorkerResponse) => void;

/**
 * Matches (or credits) per message: each is deserialised on the main thread in a task well under
 * 50 ms.
 */
export const MATCH_CHUNK = 1_000;

/** A job has reached this worker: its warm-up stops (one job per worker). */
let jobStarted = false;

export async function handleBankRequest(request: BankWorkerRequest, post: Post): Promise<void> {
  if (request.type === 'warm') {
    // Opening the ledger now spares the job that follows; a failure there says it in French.
    await getDb()
      .open()
      .catch(() => undefined);
    await warmUpBankJob(() => jobStarted);
    if (!jobStarted) prepareLedger();
    return;
  }
  jobStarted = true;
  if (!request.databaseName) return handle(request, post);
  const db = new RecouvraDb(request.databaseName);
  try {
    await withConnection(db, () => handle(request, post));
  } finally {
    db.close();
  }
}

async function handle(
  request: Exclude<BankWorkerRequest, { type: 'warm' }>,
  post: Post,
): Promise<void> {
  try {
    if (request.type === 'import') await importStatement(request, post);
    else await matchWaiting(request, post);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({
      type: 'failed',
      message: `Le traitement du relevé s’est interrompu (${detail}) : rien n’a été modifié dans le registre.`,
    });
  }
}

async function importStatement(
  request: Extract<BankWorkerRequest, { type: 'import' }>,
  post: Post,
): Promise<void> {
  const start = performance.now();
  post({ type: 'progress', phase: 'reading' });
  // The ledger indexed while this worker waited (the app's own ledger only), or else asked for
  // before the parse: IndexedDB fetches it meanwhile, on another thread, and its answer waits for
  // the parse to end. Another table, another transaction.
  const prepared = request.match && !request.databaseName ? takePreparedLedger() : undefined;
  const ledger = request.match && !prepared ? bankRepo.matchLedger() : undefined;
  // Left unread when the file is refused or the import fails: their own failure must not become
  // an unhandled one.
  ledger?.catch(() => undefined);
  prepared?.catch(() => undefined);
  // Dexie issues the read from its own promise chain: let it reach IndexedDB before the parse
  // holds this thread.
  if (ledger) await new Promise((resolve) => setTimeout(resolve, 0));
  const bytes = await bytesOfContent(request.bytes);
  // Digested here rather than on the page's main thread (30-50 ms for 6 MB); left unread when
  // the file is refused, so its own failure must not become an unhandled one.
  const sha256 = request.sha256 ? Promise.resolve(request.sha256) : sha256Hex(bytes);
  sha256.catch(() => undefined);
  const parsed = parseStatementFile(request.fileName, bytes);
  const parsedAt = performance.now();
  if (!parsed.ok) {
    post({ type: 'failed', message: parsed.message });
    return;
  }
  post({ type: 'progress', phase: 'saving' });
  const { result, waiting } = await bankRepo.importStatement(parsed.file, await sha256);
  const storedAt = performance.now();
  const timings = { parse: parsedAt - start, store: storedAt - parsedAt };
  if (!request.match) {
    post({ type: 'imported', format: parsed.file.format, result, timings });
    return;
  }
  post({ type: 'progress', phase: 'matching' });
  // Sent before matching: the page deserialises them while this thread matches, and draws them
  // with their proposals without reading 20,000 credits back from IndexedDB.
  const waitingRest = inChunks(waiting, (credits) => post({ type: 'waiting-chunk', credits }));
  const sentAt = performance.now();
  const reads: Record<string, number> = {};
  const { matches, labels } = await matchStored(
    waiting,
    { prepared, ledger },
    request.match,
    reads,
  );
  const matchedAt = performance.now();
  const rest = inChunks(matches, (chunk) => post({ type: 'match-chunk', matches: chunk }));
  post({
    type: 'imported',
    format: parsed.file.format,
    result,
    matches: rest,
    waiting: waitingRest,
    labels,
    timings: {
      ...timings,
      waiting: sentAt - storedAt,
      ...reads,
      match: matchedAt - sentAt - (reads.read ?? 0),
      post: performance.now() - matchedAt,
    },
  });
}

async function matchWaiting(
  request: Extract<BankWorkerRequest, { type: 'match' }>,
  post: Post,
): Promise<void> {
  const start = performance.now();
  post({ type: 'progress', phase: 'loading' });
  const reads: Record<string, number> = {};
  const { credits, items, debtors } = await bankRepo.matchSources(reads);
  const readAt = performance.now();
  post({ type: 'progress', phase: 'matching' });
  const { matches, labels } = matchAndName(
    credits,
    { items, debtors },
    { toleranceCents: request.toleranceCents },
  );
  const matchedAt = performance.now();
  const rest = inChunks(matches, (chunk) => post({ type: 'match-chunk', matches: chunk }));
  const timings = {
    read: readAt - start,
    ...Object.fromEntries(Object.entries(reads).map(([step, ms]) => [`read.${step}`, ms])),
    match: matchedAt - readAt,
    post: performance.now() - matchedAt,
  };
  post({ type: 'matched', matches: rest, labels, timings });
}

/**
 * The stored credits' matches, and the names they show: against the index prepared while the
 * worker waited, or else against the ledger read for the job (indexing only what the credits
 * reach). `reads.read`: the time spent waiting for either.
 */
async function matchStored(
  credits: readonly BankCreditRecord[],
  sources: { prepared?: Promise<PreparedLedger>; ledger?: Promise<MatchLedger> },
  options: MatchOptions,
  reads: Record<string, number>,
): Promise<{ matches: CreditMatch[]; labels: MatchLabels }> {
  const start = performance.now();
  const prepared = await sources.prepared?.catch(() => undefined);
  const ledger = prepared?.ledger ?? (await (sources.ledger ?? bankRepo.matchLedger()));
  reads.read = performance.now() - start;
  return matchAndName(credits, ledger, options, prepared?.index);
}

/**
 * The credits' matches against `ledger` (or its `index` built beforehand, every item indexed),
 * and the names of their best proposals.
 */
function matchAndName(
  credits: readonly BankCreditRecord[],
  ledger: MatchLedger,
  options: MatchOptions,
  index?: MatchIndex,
): { matches: CreditMatch[]; labels: MatchLabels } {
  const matchable = credits.map((credit) => ({ ...credit, key: credit.id }));
  const matches = index
    ? matchCreditsOn(index, matchable, options)
    : matchCredits(matchable, ledger.items, ledger.debtors, options);
  return { matches, labels: proposalLabels(matches, ledger.items, ledger.debtors) };
}

/** Sends every chunk but the last, and answers the last (sent with the job's answer). */
function inChunks<T>(list: readonly T[], send: (chunk: T[]) => void): T[] {
  let sent = 0;
  for (; sent + MATCH_CHUNK < list.length; sent += MATCH_CHUNK) {
    send(list.slice(sent, sent + MATCH_CHUNK));
  }
  return list.slice(sent);
}
