/** The letter recording worker's work, apart from `self.onmessage` so it runs in Node tests. */
import { getDb, RecouvraDb, withConnection } from '../../data/db';
import { writeLetters } from '../../data/repositories/letters';
import type { LetterRecordRequest, LetterRecordResponse } from './protocol';

export async function handleLetterRecordRequest(
  request: LetterRecordRequest,
): Promise<LetterRecordResponse | null> {
  if (request.type === 'warm') {
    // Opening the ledger now spares the recording that follows; a failure there is said then.
    await getDb()
      .open()
      .catch(() => undefined);
    return null;
  }
  const own = getDb();
  const db = own.name === request.databaseName ? own : new RecouvraDb(request.databaseName);
  try {
    await withConnection(db, () => writeLetters(request.letters));
    return { type: 'recorded' };
  } catch (error) {
    return { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  } finally {
    if (db !== own) db.close();
  }
}
