/** Live queries for Paramètres → Données: they re-render when the ledger or the log changes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { frenchCollator } from '../domain/french';
import type { Contact } from '../domain/model';
import { type BackupSettings, backupSettingsRepo } from './backup/backupSettings';
import { getDb } from './db';
import {
  type AuditFilter,
  type AuditPage,
  auditActions,
  searchAudit,
} from './repositories/auditLog';

export interface DebtorChoice {
  id: string;
  accountNo: string;
  name: string;
  contacts: Contact[];
}

/** Every debtor, by name, with its contacts: the personal-data section picks from these. */
export function useDebtorChoices(): DebtorChoice[] | undefined {
  return useLiveQuery(async () => {
    const debtors = await getDb().debtors.toArray();
    return debtors
      .map(({ id, accountNo, name, contacts }) => ({ id, accountNo, name, contacts }))
      .sort((a, b) => frenchCollator.compare(a.name, b.name));
  });
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
