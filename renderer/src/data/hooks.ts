/** Live queries for features: components re-render when the ledger changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import type { ImportRecord, IsoDate } from '../domain/model';
import { getDb } from './db';
import { type ImportDetails, importDetails } from './repositories/importDetails';
import { importsRepo } from './repositories/imports';
import { type LedgerTotals, ledgerTotals } from './repositories/ledger';
import { settingsRepo } from './repositories/settings';

export interface LedgerCounts {
  debtors: number;
  invoices: number;
  imports: number;
}

export function useLedgerCounts(): LedgerCounts | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [debtors, invoices, imports] = await Promise.all([
      db.debtors.count(),
      db.invoices.count(),
      db.imports.count(),
    ]);
    return { debtors, invoices, imports };
  });
}

/** A settings area, validated; `undefined` while loading. */
export function useSetting<T>(key: string, schema: z.ZodType<T>, fallback: T): T | undefined {
  return useLiveQuery(() => settingsRepo.get(key, schema, fallback), [key]);
}

export function useLedgerTotals(asOf: IsoDate): LedgerTotals | undefined {
  return useLiveQuery(() => ledgerTotals(asOf), [asOf]);
}

/** Imports, newest first. */
export function useImports(): ImportRecord[] | undefined {
  return useLiveQuery(() => importsRepo.list(), []);
}

/** The browsable diff of one import; null when it no longer exists (undone). */
export function useImportDetails(importId: string): ImportDetails | null | undefined {
  return useLiveQuery(() => importDetails(importId), [importId]);
}
