/** The bank worker's work, apart from `self.onmessage` so it runs in Node tests. */
import { RecouvraDb, withConnection } from '../../data/db';
import { bankRepo } from '../../data/repositories/bank';
import { matchCredits, parseStatementFile } from '../../domain/bank';
import type { BankWorkerRequest, BankWorkerResponse } from './protocol';

type Post = (response: BankWorkerResponse) => void;

/** Matches per message: each is deserialised on the main thread in a task well under 50 ms. */
export const MATCH_CHUNK = 1_000;

export async function handleBankRequest(request: BankWorkerRequest, post: Post): Promise<void> {
  if (!request.databaseName) return handle(request, post);
  const db = new RecouvraDb(request.databaseName);
  try {
    await withConnection(db, () => handle(request, post));
  } finally {
    db.close();
  }
}

async function handle(request: BankWorkerRequest, post: Post): Promise<void> {
  try {
    if (request.type === 'import') {
      const start = performance.now();
      post({ type: 'progress', phase: 'reading' });
      const parsed = parseStatementFile(request.fileName, request.bytes);
      const parsedAt = performance.now();
      if (!parsed.ok) {
        post({ type: 'failed', message: parsed.message });
        return;
      }
      post({ type: 'progress', phase: 'saving' });
      const result = await bankRepo.importStatement(parsed.file, request.sha256);
      const timings = { parse: parsedAt - start, store: performance.now() - parsedAt };
      post({ type: 'imported', format: parsed.file.format, result, timings });
      return;
    }
    const start = performance.now();
    post({ type: 'progress', phase: 'loading' });
    const reads: Record<string, number> = {};
    const { credits, items, debtors } = await bankRepo.matchSources(reads);
    const readAt = performance.now();
    post({ type: 'progress', phase: 'matching' });
    const matchable = credits.map((credit) => ({ ...credit, key: credit.id }));
    const matches = matchCredits(matchable, items, debtors, {
      toleranceCents: request.toleranceCents,
    });
    const matchedAt = performance.now();
    let sent = 0;
    for (; sent + MATCH_CHUNK < matches.length; sent += MATCH_CHUNK) {
      post({ type: 'match-chunk', matches: matches.slice(sent, sent + MATCH_CHUNK) });
    }
    const timings = {
      read: readAt - start,
      ...Object.fromEntries(Object.entries(reads).map(([step, ms]) => [`read.${step}`, ms])),
      match: matchedAt - readAt,
      post: performance.now() - matchedAt,
    };
    post({ type: 'matched', matches: matches.slice(sent), timings });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({
      type: 'failed',
      message: `Le traitement du relevé s’est interrompu (${detail}) : rien n’a été modifié dans le registre.`,
    });
  }
}
