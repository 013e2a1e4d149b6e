import type { Invoice } from '../../domain/model';
import { getDb } from '../db';

/** Rows per IndexedDB request: large enough to amortise, small enough to keep memory flat. */
const CHUNK = 10_000;

export const invoicesRepo = {
  /** Writes many items in one transaction: all land or none do. */
  async bulkPut(invoices: Invoice[]): Promise<void> {
    const db = getDb();
    await db.transaction('rw', db.invoices, async () => {
      for (let i = 0; i < invoices.length; i += CHUNK) {
        await db.invoices.bulkPut(invoices.slice(i, i + CHUNK));
      }
    });
  },
  /**
   * Writes many new items in one transaction (any id already stored fails it): the ledger's
   * aggregates need not read rows that are not there, so this is the fast way to fill a ledger.
   */
  async bulkAdd(invoices: Invoice[]): Promise<void> {
    const db = getDb();
    await db.transaction('rw', db.invoices, async () => {
      for (let i = 0; i < invoices.length; i += CHUNK) {
        await db.invoices.bulkAdd(invoices.slice(i, i + CHUNK));
      }
    });
  },
};
