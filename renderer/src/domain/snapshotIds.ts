/** Snapshot ids (model.ts `Snapshot`): the data layer reads an import's snapshots by their ids. */

/** A snapshot's id: its import's id first, so that an import's snapshots are one range of ids. */
export function snapshotId(importId: string, debtorId: string): string {
  return `${snapshotIdPrefix(importId)}${debtorId}`;
}

/** What every snapshot id of an import starts with. */
export function snapshotIdPrefix(importId: string): string {
  return `${importId}:`;
}
