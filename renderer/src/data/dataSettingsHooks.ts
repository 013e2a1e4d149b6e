/** Live queries for Paramètres → Données: they re-render when the ledger or the log changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../domain/model';
import { type BackupSettings, backupSettingsRepo } from './backup/backupSettings';
import { getDb } from './db';
import {
  type AuditFilter,
  type AuditPage,
  auditActions,
  searchAudit,
} from './repositories/auditLog';
import { type DebtorName, debtorNames } from './repositories/summaryDebtors';

/**
 * Every debtor's name and account, by name, from the queue summary: the personal-data section's
 * picker, once `wanted` (reading and sorting 10,000 names holds the main thread 50-85 ms).
 */
export function useDebtorNames(wanted: boolean): DebtorName[] | undefined {
  return useLiveQuery(async () => (wanted ? debtorNames() : undefined), [wanted]);
}

/** The chosen debtor's contacts; undefined while none is chosen or while loading. */
export function useDebtorContacts(debtorId: string | null): Contact[] | undefined {
  return useLiveQuery(
    async () => (debtorId ? ((await getDb().debtors.get(debtorId))?.contacts ?? []) : undefined),
    [debtorId],
  );
}

export function useAuditSearch(filter: AuditFilter): AuditPage | undefined {
  return useLiveQuery(
    () => searchAudit(filter),
    [filter.action, filter.from, filter.to, filter.text, filter.limit],
  );
}

export function useAuditActions(): string[] | undefined {
  return useLiveQuery(auditActions);
}

export function useBackupSettings(): BackupSettings | undefined {
  return useLiveQuery(() => backupSettingsRepo.load());
}
