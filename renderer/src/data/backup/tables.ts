/**
 * Which ledger tables exist at a given schema version, and their primary key. Dexie versions only list
 * what changed (a table carries over, `null` deletes it), so the layout at version N is the fold
 * of every version up to N. Backups and the migration harness both need this view.
 */

import { DERIVED_TABLES } from '../aggregates/types';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../schema';
import { LOCAL_SYNC_TABLES } from '../sync/outboxTypes';

/**
 * Tables that belong to this workstation's link with the team server (outbox, cursor, sequence
 * numbers): a backup restored elsewhere or later must never bring them back, or the server would
 * take the old sequence numbers for a replay. They are not part of the ledger's backup.
 */
const WORKSTATION_ONLY: ReadonlySet<string> = new Set<string>([
  ...LOCAL_SYNC_TABLES,
  // Derived from the ledger (data/aggregates): rebuilt by the restore's own writes.
  ...DERIVED_TABLES,
]);

/** Table name -> Dexie store spec (`'id, &accountNo, name'`), as installed at `version`. */
export function storesAtVersion(
  version: number,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const step of versions) {
    if (step.version > version) break;
    for (const [table, spec] of Object.entries(step.stores)) {
      if (WORKSTATION_ONLY.has(table)) continue;
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}

/** Sorted table names at `version`. */
export function tableNamesAtVersion(
  version: number,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): string[] {
  return Object.keys(storesAtVersion(version, versions)).sort();
}

/**
 * The primary key property of a store spec: its first entry without Dexie's markers
 * (`++id` auto-increment, `&` unique). Compound or outbound keys are not used by Recouvra and
 * are reported as null so a caller can refuse them explicitly.
 */
export function primaryKeyOf(spec: string): string | null {
  const first =
    spec
      .split(',')[0]
      ?.trim()
      .replace(/^\+\+|^&/, '') ?? '';
  if (first === '' || first.startsWith('[')) return null;
  return first;
}

export function isKnownSchemaVersion(
  version: number,
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): boolean {
  return versions.some((step) => step.version === version);
}
