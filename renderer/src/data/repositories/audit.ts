import type { AuditEntry } from '../../domain/model';
import { clock } from '../clock';
import { getDb, newId } from '../db';

export const auditRepo = {
  /** Records who did what; call inside the same transaction as the change when there is one. */
  log: (entry: Omit<AuditEntry, 'id' | 'at'>) =>
    getDb().audit.add({ id: newId(), at: clock.nowIso(), ...entry }),
  recent: (limit = 200) => getDb().audit.orderBy('at').reverse().limit(limit).toArray(),
};
