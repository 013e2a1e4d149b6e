/**
 * « Annuler cet import » in team mode (docs/sync-protocol.md, « Imports and seeding »). Alone, or
 * while the import still waits in the outbox (the server never took it), the workstation undoes
 * it itself and the outbox records the undo after the import. Once the server has the import,
 * undoing it is the server's operation: this workstation's pending changes go first (the server
 * must know whether a row changed since), then the server restores the rows and the workstation
 * pulls them, writing no outbox entry for them. A refusal (not the latest import, a row changed
 * since, already undone) comes back as the server's French sentence and nothing changes here.
 */
import type { RecouvraDb } from '../db';
import { importsRepo, importUndoAuditEntry } from '../repositories/imports';
import type { SyncEngine } from './engine';
import { clearImportOutcome } from './importOutcomes';
import { importTxTag } from './outboxTypes';
import { OfflineError, type SyncTransport } from './transport';

/** Why an import already on the server cannot be undone from this workstation right now. */
export const SHARED_UNDO_OFFLINE = 'Annuler un import partagé demande la connexion au serveur.';

export interface ImportUndoContext {
  db: RecouvraDb;
  /** A server is configured (Paramètres › Équipe). */
  teamMode: boolean;
  /** The running engine of a signed-in workstation, else null. */
  engine: Pick<SyncEngine, 'push' | 'pull' | 'trigger'> | null;
  transport: Pick<SyncTransport, 'undoImport'> | null;
}

export async function undoImportWith(
  context: ImportUndoContext,
  importId: string,
  by: string,
): Promise<void> {
  const { db, engine, transport } = context;
  const tx = importTxTag(importId);
  if (!context.teamMode || (await db.outbox.where('tx').equals(tx).count()) > 0) {
    await importsRepo.undo(importId, by);
    return;
  }
  const record = await db.imports.get(importId);
  if (!record) throw new Error('Import introuvable.');
  if (!record.undoable) throw new Error('Seul le dernier import peut être annulé.');
  if (!engine || !transport) throw new Error(SHARED_UNDO_OFFLINE);
  try {
    await engine.push();
    await transport.undoImport(tx);
  } catch (error) {
    if (error instanceof OfflineError) throw new Error(SHARED_UNDO_OFFLINE);
    throw error instanceof Error ? error : new Error(String(error));
  }
  try {
    await engine.pull();
  } catch {
    // The server has undone it: the next sync brings the rows back.
    engine.trigger();
  }
  await clearImportOutcome(db, tx);
  // The server's audit log names the account; this entry tells the colleagues' workstations.
  await db.audit.add(importUndoAuditEntry(record, by));
}
