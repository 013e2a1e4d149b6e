/** The bank worker's work, apart from `self.onmessage` so it runs in Node tests. */
import { getDb, RecouvraDb, withConnection } from '../../data/db';
import { bankRepo, type MatchLedger } from '../../data/repositories/bank';
import {
  type BankCreditRecord,
  type CreditMatch,
  type FactsReader,
  type MatchCredit,
  type MatchIndex,
  type MatchLabels,
  type MatchOptions,
  matchInSlices,
  type NarrowedCandidates,
  parseCamt053Tail,
  parseStatementFile,
  parseStatementFileInParts,
  proposalLabels,
  reachableIndex,
  type TailReader,
} from '../../domain/bank';
import { sha256Hex } from '../../shared/sha256';
import { bytesOfContent } from '../fileContent';
import { prepareLedger, takePreparedIndex } from './preparedLedger';
import type { BankWorkerRequest, BankWorkerResponse, TailAnswer, TailRequest } from './protocol';
import { warmUpBankJob } from './warmUp';

type Post = (response: BankWorkerResponse) => void;

/**
 * Matches (or credits) per message: each is deserialised on the main thread in a few
 * milliseconds. A thousand took 30-54 ms on a loaded machine, where the page's heap held the
 * statement already.
 */
export const MATCH_CHUNK = 250;

/** A job has reached this worker: its warm-up stops (one job per worker). */
let jobStarted = false;

/** Gives up the tail handed to the helper (tailReader), when the page says the helper crashed. */
let helperLost: (() => void) | undefined;

export async function handleBankRequest(request: BankWorkerRequest, post: Post): Promise<void> {
  if (request.type === 'helper-lost') {
    helperLost?.();
    return;
  }
  if (request.type === 'warm') {
    if (request.indexLedger === false) {
      await warmUpBankJob(() => jobStarted);
      return;
    }
    const db = request.databaseName ? new RecouvraDb(request.databaseName) : getDb();
    // Opening the ledger now spares the job that follows; a failure there says it in French.
    await db.open().catch(() => undefined);
    await warmUpBankJob(() => jobStarted);
    if (!jobStarted) prepareLedger(db);
    return;
  }
  jobStarted = true;
  if (request.type === 'read-tail') {
    answerTail(request.port);
    return;
  }
  if (!request.databaseName) return handle(request, post);
  const db = new RecouvraDb(request.databaseName);
  try {
    await withConnection(db, () => handle(request, post));
  } finally {
    db.close();
  }
}

async function handle(
  request: Extract<BankWorkerRequest, { type: 'import' | 'match' }>,
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
  // The ledger indexed while this worker waited, or else asked for before the parse: IndexedDB
  // fetches it meanwhile, on another thread, and its answer waits for the parse to end. Another
  // table, another transaction.
  const prepared = request.match ? takePreparedIndex() : undefined;
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
  const parsed = request.helper
    ? await parseStatementFileInParts(
        request.fileName,
        bytes,
        tailReader(request.helper, request.fileName),
      )
    : parseStatementFile(request.fileName, bytes);
  request.helper?.close();
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
  const credits = keyed(waiting);
  const index = await indexFor(credits, { prepared, ledger }, reads);
  const readAt = performance.now();
  const { rest, narrowed, labels } = matchAndPost(credits, index, request.match, post);
  const matchedAt = performance.now();
  post({
    type: 'imported',
    format: parsed.file.format,
    result,
    matches: rest,
    narrowed,
    waiting: waitingRest,
    labels,
    timings: {
      ...timings,
      waiting: sentAt - storedAt,
      ...reads,
      match: matchedAt - readAt,
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
  const matchable = keyed(credits);
  const { rest, narrowed, labels } = matchAndPost(
    matchable,
    reachableIndex(matchable, items, debtors),
    { toleranceCents: request.toleranceCents },
    post,
  );
  const matchedAt = performance.now();
  const timings = {
    read: readAt - start,
    ...Object.fromEntries(Object.entries(reads).map(([step, ms]) => [`read.${step}`, ms])),
    match: matchedAt - readAt,
  };
  post({ type: 'matched', matches: rest, narrowed, labels, timings });
}

/**
 * The index the stored credits are matched on: the one prepared while the worker waited, or
 * else the part of the ledger read for the job that the credits reach. `reads.read`: the time
 * spent waiting for either.
 */
async function indexFor(
  credits: readonly MatchCredit[],
  sources: { prepared?: Promise<MatchIndex>; ledger?: Promise<MatchLedger> },
  reads: Record<string, number>,
): Promise<{ index: MatchIndex; factsOf?: FactsReader }> {
  const start = performance.now();
  const prepared = await sources.prepared?.catch(() => undefined);
  if (prepared) {
    reads.read = performance.now() - start;
    return { index: prepared };
  }
  const ledger = await (sources.ledger ?? bankRepo.matchLedger());
  reads.read = performance.now() - start;
  return reachableIndex(credits, ledger.items, ledger.debtors);
}

/**
 * Matches the credits a chunk at a time and posts each chunk's proposals, with the names their
 * best candidates show, while the next is matched: the page deserialises them meanwhile, not all
 * at once when the job answers (the names of 20,000 proposals in one message took 50-90 ms of
 * the page's main thread). Answers the last chunk, the candidates narrowed once every credit is
 * proposed (two credits are not proposed for the same open amount), and the names of both.
 */
function matchAndPost(
  credits: readonly MatchCredit[],
  { index, factsOf }: { index: MatchIndex; factsOf?: FactsReader },
  options: MatchOptions,
  post: Post,
): { rest: CreditMatch[]; narrowed: NarrowedCandidates; labels: MatchLabels } {
  const slices = matchInSlices(index, options, factsOf);
  const rest = inChunks(credits, (chunk) => {
    const matches = slices.propose(chunk);
    post({ type: 'match-chunk', matches, labels: proposalLabels(matches, index) });
  });
  const proposed = slices.propose(rest);
  const { narrowed } = slices.reserve();
  const named = [
    ...proposed,
    ...narrowed.map(([position, candidates]) => ({ creditKey: String(position), candidates })),
  ];
  return { rest: proposed, narrowed, labels: proposalLabels(named, index) };
}

/** The helper's side: reads the one tail it is sent, and answers on the same port. */
function answerTail(port: MessagePort): void {
  port.onmessage = (event: MessageEvent<TailRequest>) => {
    const { fileName, tail } = event.data;
    let answer: TailAnswer;
    try {
      answer = { ok: true, statement: parseCamt053Tail(fileName, tail) };
    } catch (error) {
      answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(answer);
    port.close();
  };
}

/**
 * The import worker's side: a tail sent to the helper, its reading awaited. A helper that
 * crashed never answers: the page then says so (`helper-lost`), and this worker reads the whole
 * file again itself (parseStatementTextInParts).
 */
function tailReader(port: MessagePort, fileName: string): TailReader {
  return (tail) =>
    new Promise((resolve, reject) => {
      helperLost = () => reject(new Error('Le processus d’aide à la lecture s’est arrêté.'));
      port.onmessage = (event: MessageEvent<TailAnswer>) => {
        helperLost = undefined;
        const answer = event.data;
        if (answer.ok) resolve(answer.statement);
        else reject(new Error(answer.message));
      };
      port.postMessage({ fileName, tail } satisfies TailRequest);
    });
}

/** Stored credits as the matcher reads them: keyed by their id. */
const keyed = (credits: readonly BankCreditRecord[]): MatchCredit[] =>
  credits.map((credit) => ({ ...credit, key: credit.id }));

/** Sends every chunk but the last, and answers the last (sent with the job's answer). */
function inChunks<T>(list: readonly T[], send: (chunk: T[]) => void): T[] {
  let sent = 0;
  for (; sent + MATCH_CHUNK < list.length; sent += MATCH_CHUNK) {
    send(list.slice(sent, sent + MATCH_CHUNK));
  }
  return list.slice(sent);
}
