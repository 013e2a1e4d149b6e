/**
 * The browser's storage manager: by default an origin's IndexedDB is "best effort" and may be
 * evicted under disk pressure; persisted storage is not. Chromium decides from heuristics,
 * Firefox asks the user; what Electron answers is not documented, so the Données tab shows it.
 */

export interface StorageStatus {
  /** Bytes used by this origin (IndexedDB, caches), as the browser estimates it. */
  usage: number | null;
  /** Bytes this origin may use. */
  quota: number | null;
  /** null where the browser cannot tell. */
  persisted: boolean | null;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function storageManager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/**
 * Asks once at start-up for storage that the browser will not evict. Never throws: a refusal
 * only means the data stays "best effort", which the Données tab shows.
 */
export async function requestPersistentStorage(
  storage: StorageManagerLike | null = storageManager(),
): Promise<boolean | null> {
  if (!storage?.persist) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export async function readStorageStatus(
  storage: StorageManagerLike | null = storageManager(),
): Promise<StorageStatus> {
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch(() => ({}) as StorageEstimate),
    storage.persisted().catch(() => null),
  ]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}
