/**
 * Evidence documents of a debtor: metadata in `documents`, bytes in `blobs` (content-addressed,
 * so the same file attached twice, or to two debtors, is stored once). The bytes must have passed
 * the piece checks (pdf/dossier/inspectPiece) before they reach this repository.
 */
import type { DocumentKind, EvidenceDocument, IsoDate } from '../../domain/model';
import { sha256Hex } from '../../shared/sha256';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { getBlobBytes, storedBlob } from './blobs';
import { signature } from './collectionSettings';
import { CREDITOR_SETTINGS_KEY } from './creditor';

export interface DocumentToAttach {
  debtorId: string;
  invoiceIds: string[];
  kind: DocumentKind;
  title: string;
  reference?: string;
  date?: IsoDate;
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}

export type DocumentChanges = Pick<EvidenceDocument, 'kind' | 'title' | 'invoiceIds'> & {
  /** Empty to remove it. */
  reference?: string;
  date?: IsoDate;
};

export const documentsRepo = {
  byDebtor: (debtorId: string) => getDb().documents.where('debtorId').equals(debtorId).toArray(),

  get: (id: string) => getDb().documents.get(id),

  /** Stores the bytes (once) and the document, with its audit entry: all or nothing. */
  async attach(input: DocumentToAttach): Promise<EvidenceDocument> {
    // Hashed before the transaction: awaiting Web Crypto inside it would commit it early.
    const sha256 = await sha256Hex(input.bytes);
    const by = await signature();
    const document: EvidenceDocument = {
      id: newId(),
      debtorId: input.debtorId,
      invoiceIds: input.invoiceIds,
      kind: input.kind,
      title: input.title.trim() || input.fileName,
      ...(input.reference?.trim() ? { reference: input.reference.trim() } : {}),
      ...(input.date ? { date: input.date } : {}),
      fileName: input.fileName,
      mime: input.mime,
      size: input.bytes.byteLength,
      sha256,
      addedAt: clock.nowIso(),
    };
    const db = getDb();
    await db.transaction('rw', [db.documents, db.blobs, db.audit], async () => {
      if (!(await db.blobs.get(sha256))) {
        await db.blobs.add(storedBlob(sha256, input.bytes, input.mime));
      }
      await db.documents.add(document);
      await db.audit.add({
        id: newId(),
        at: document.addedAt,
        by,
        action: 'document.attach',
        entity: 'documents',
        entityId: document.id,
        details: `${document.title} (${document.fileName}) — SHA-256 ${sha256}`,
      });
    });
    return document;
  },

  async update(id: string, changes: DocumentChanges): Promise<void> {
    const by = await signature();
    const db = getDb();
    await db.transaction('rw', [db.documents, db.audit], async () => {
      const updated = await db.documents.update(id, {
        kind: changes.kind,
        title: changes.title.trim(),
        invoiceIds: changes.invoiceIds,
        date: changes.date,
        ...(changes.reference !== undefined
          ? { reference: changes.reference.trim() || undefined }
          : {}),
      });
      if (!updated) throw new Error('Document introuvable.');
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by,
        action: 'document.update',
        entity: 'documents',
        entityId: id,
        details: changes.title,
      });
    });
  },

  /**
   * Removes the document; its bytes go too unless another document, a letter or the creditor's
   * logo still uses them.
   */
  async remove(id: string): Promise<void> {
    const by = await signature();
    const db = getDb();
    await db.transaction(
      'rw',
      [db.documents, db.blobs, db.letters, db.settings, db.audit],
      async () => {
        const document = await db.documents.get(id);
        if (!document) return;
        await db.documents.delete(id);
        const [otherDocuments, letters, creditor] = await Promise.all([
          db.documents.where('sha256').equals(document.sha256).count(),
          db.letters.where('pdfSha256').equals(document.sha256).count(),
          db.settings.get(CREDITOR_SETTINGS_KEY),
        ]);
        const logo = JSON.stringify(creditor?.value ?? {}).includes(document.sha256);
        if (otherDocuments === 0 && letters === 0 && !logo) await db.blobs.delete(document.sha256);
        await db.audit.add({
          id: newId(),
          at: clock.nowIso(),
          by,
          action: 'document.remove',
          entity: 'documents',
          entityId: id,
          details: `${document.title} (${document.fileName}) — SHA-256 ${document.sha256}`,
        });
      },
    );
  },
};

/**
 * The stored bytes of a piece, or undefined when its blob is missing; in team mode fetched from
 * the server and verified when not on this workstation yet (BlobUnavailableError says why not).
 */
export function blobBytes(sha256: string, mime?: string): Promise<Uint8Array | undefined> {
  return getBlobBytes(sha256, mime);
}
