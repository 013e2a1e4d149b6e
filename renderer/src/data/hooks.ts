/** Live queries for features: components re-render when the ledger changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { z } from 'zod';
import type { ImportRecord } from '../domain/model';
import { getDb } from './db';
import { importsRepo } from './repositories/imports';
import { settingsRepo } from './repositories/settings';

/**
 * Whether the ledger has a debtor: one key read. Every page behind the getting-started state asks
 * before it draws, and counting 100,000 items there took 130 ms of the database's time first.
 */
export function useLedgerHasDebtors(): boolean | undefined {
  return useLiveQuery(async () => (await getDb().debtors.limit(1).primaryKeys()).length > 0);
}

/** A settings area, validated; `undefined` while loading. */
export function useSetting<T>(key: string, schema: z.ZodType<T>, fallback: T): T | undefined {
  return useLiveQuery(() => settingsRepo.get(key, schema, fallback), [key]);
}

/** Imports, newest first. */
export function useImports(): ImportRecord[] | undefined {
  return useLiveQuery(() => importsRepo.list(), []);
}

/** One import's record; null when it no longer exists (undone). */
export function useImportRecord(importId: string): ImportRecord | null | undefined {
  return useLiveQuery(async () => (await importsRepo.get(importId)) ?? null, [importId]);
}
