import type { SchemaVersion } from '../../../renderer/src/data/schema';
import { sha256Hex } from '../../../renderer/src/shared/sha256';

/** SHA-256 of a version's number and stores, keys sorted: any edit to the definition changes it. */
export function schemaFingerprint(step: SchemaVersion): Promise<string> {
  const stores = Object.keys(step.stores)
    .sort()
    .map((table) => [table, step.stores[table]]);
  return sha256Hex(new TextEncoder().encode(JSON.stringify({ version: step.version, stores })));
}
