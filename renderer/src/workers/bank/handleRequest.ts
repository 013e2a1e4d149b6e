/** The bank worker's work, apart from `self.onmessage` so it runs in Node tests. */
import { RecouvraDb, withConnection } from '../../data/db';
import { bankRepo } from '../../data/repositories/bank';
import { matchCredits, parseStatementFile } from '../../domain/bank';
import type { BankWorkerRequest, BankWorkerResponse } from './protocol';

type Post = (response: BankWorkerResponse) => void;

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
      post({ type: 'progress', phase: 'reading' });
      const parsed = parseStatementFile(request.fileName, request.bytes);
      if (!parsed.ok) {
        post({ type: 'failed', message: parsed.message });
        return;
      }
      post({ type: 'progress', phase: 'saving' });
      const result = await bankRepo.importStatement(parsed.file, request.sha256);
      post({ type: 'imported', format: parsed.file.format, result });
      return;
    }
    post({ type: 'progress', phase: 'loading' });
    const { credits, items, debtors } = await bankRepo.matchSources();
    post({ type: 'progress', phase: 'matching' });
    const matchable = credits.map((credit) => ({ ...credit, key: credit.id }));
    const matches = matchCredits(matchable, items, debtors, {
      toleranceCents: request.toleranceCents,
    });
    post({ type: 'matched', matches });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    post({
      type: 'failed',
      message: `Le traitement du relevé s’est interrompu (${detail}) : rien n’a été modifié dans le registre.`,
    });
  }
}
