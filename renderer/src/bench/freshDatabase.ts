/**
 * Every timed run gets its own empty database, so a run never pays for the rows of the previous
 * one (index growth, compaction) and runs stay comparable.
 */
import { RecouvraDb, setDbForTests } from '../data/db';

export async function withFreshDatabase<T>(work: (db: RecouvraDb) => Promise<T>): Promise<T> {
  const db = new RecouvraDb(`recouvra-bench-${crypto.randomUUID()}`);
  await db.open(); // opening (schema creation) is not part of what is measured
  // The repositories reach the database through getDb(); point it at this one.
  setDbForTests(db);
  try {
    return await work(db);
  } finally {
    setDbForTests(null);
    await db.delete();
  }
}
