/** The ledger as the browser stores it, read straight from IndexedDB (not through the app's Dexie). */
import type { Page } from '@playwright/test';

export interface RawInvoice {
  id: string;
  debtorId: string;
  dueDate: string;
  openCents: number;
  status: string;
  kind: string;
}

export interface RawDebtor {
  id: string;
  isConsumer?: boolean;
}

/** Every row of one store of the app's database. */
export function storedRows<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('recouvra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Debtor id -> number of its overdue, undisputed open invoices at today's date (UTC, as the app). */
export async function overdueInvoiceCounts(page: Page): Promise<Map<string, number>> {
  const today = new Date().toISOString().slice(0, 10);
  const counts = new Map<string, number>();
  for (const item of await storedRows<RawInvoice>(page, 'invoices')) {
    if (item.kind !== 'invoice' || item.status !== 'open' || item.openCents <= 0) continue;
    if (item.dueDate < today) counts.set(item.debtorId, (counts.get(item.debtorId) ?? 0) + 1);
  }
  return counts;
}

export interface RawLetter {
  id: string;
  debtorId: string;
  template: string;
  pdfSha256: string;
}

/**
 * Debtors the demo's story left at their first reminder: overdue, no letter sent yet, no case,
 * no promise — the ones a flow about a first letter or a first dossier starts from.
 */
export async function untouchedDebtors(page: Page): Promise<Set<string>> {
  const [letters, cases, promises] = await Promise.all([
    storedRows<RawLetter>(page, 'letters'),
    storedRows<{ debtorId: string }>(page, 'cases'),
    storedRows<{ debtorId: string }>(page, 'promises'),
  ]);
  const touched = new Set([...letters, ...cases, ...promises].map((row) => row.debtorId));
  const overdue = await overdueInvoiceCounts(page);
  return new Set([...overdue.keys()].filter((id) => !touched.has(id)));
}
