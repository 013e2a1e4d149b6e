/** The audit log as the Données tab shows it: newest first, filtered, capped. */
import { todayIso } from '../../domain/dates';
import type { AuditEntry, IsoDate } from '../../domain/model';
import { getDb } from '../db';

export interface AuditFilter {
  action?: string;
  /** Local calendar dates, inclusive. */
  from?: IsoDate;
  to?: IsoDate;
  /** Matched, case-insensitively, against who, what, the entity and the details. */
  text?: string;
  limit?: number;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** All entries matching the filter, beyond `limit`. */
  total: number;
}

function matches(entry: AuditEntry, filter: AuditFilter, needle: string): boolean {
  if (filter.action && entry.action !== filter.action) return false;
  const day = todayIso(new Date(entry.at));
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  if (!needle) return true;
  const haystack = [entry.by, entry.action, entry.entity, entry.entityId ?? '', entry.details ?? '']
    .join(' ')
    .toLocaleLowerCase('fr');
  return haystack.includes(needle);
}

export async function searchAudit(filter: AuditFilter = {}): Promise<AuditPage> {
  const needle = filter.text?.trim().toLocaleLowerCase('fr') ?? '';
  const all = await getDb()
    .audit.orderBy('at')
    .reverse()
    .filter((entry) => matches(entry, filter, needle))
    .toArray();
  return { entries: all.slice(0, filter.limit ?? all.length), total: all.length };
}

/** The distinct actions present, for the filter's list. */
export async function auditActions(): Promise<string[]> {
  const keys = await getDb().audit.orderBy('action').uniqueKeys();
  return keys.map(String);
}
