/**
 * Personal data of a debtor's contacts (RGPD): export everything held about a debtor, or erase a
 * contact's name, phone and e-mail while keeping the accounting records, which the creditor must
 * keep (Code de commerce L123-22: ten years) and which name a company, not a person.
 */
import type {
  Activity,
  AuditEntry,
  Case,
  Contact,
  Debtor,
  EvidenceDocument,
  ImportJournal,
  Invoice,
  Letter,
  PaymentPromise,
  Snapshot,
} from '../../domain/model';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { signature } from './collectionSettings';

export const ERASED_CONTACT_NAME = 'Contact effacé';

export interface DebtorDataExport {
  format: 'recouvra-donnees-debiteur';
  formatVersion: 1;
  exportedAt: string;
  debtor: Debtor;
  invoices: Invoice[];
  snapshots: Snapshot[];
  cases: Case[];
  activities: Activity[];
  promises: PaymentPromise[];
  /** Metadata of evidence and letters; their files stay in the app (see the backup). */
  documents: EvidenceDocument[];
  letters: Letter[];
  audit: AuditEntry[];
}

/** Every row linked to the debtor, as JSON-ready data; null when the debtor does not exist. */
export async function exportDebtorData(
  debtorId: string,
  signedBy?: string,
): Promise<DebtorDataExport | null> {
  const db = getDb();
  const by = signedBy ?? (await signature());
  const tables = [
    db.debtors,
    db.invoices,
    db.snapshots,
    db.cases,
    db.activities,
    db.promises,
    db.documents,
    db.letters,
    db.audit,
  ];
  return db.transaction('rw', tables, async () => {
    const debtor = await db.debtors.get(debtorId);
    if (!debtor) return null;
    const [invoices, snapshots, cases, activities, promises, documents, letters] =
      await Promise.all([
        db.invoices.where('debtorId').equals(debtorId).toArray(),
        db.snapshots.where('debtorId').equals(debtorId).toArray(),
        db.cases.where('debtorId').equals(debtorId).toArray(),
        db.activities.where('debtorId').equals(debtorId).toArray(),
        db.promises.where('debtorId').equals(debtorId).toArray(),
        db.documents.where('debtorId').equals(debtorId).toArray(),
        db.letters.where('debtorId').equals(debtorId).toArray(),
      ]);
    const related = new Set([debtorId, ...cases.map((c) => c.id), ...invoices.map((i) => i.id)]);
    const audit = await db.audit
      .filter((e) => e.entityId !== undefined && related.has(e.entityId))
      .toArray();
    const exportedAt = clock.nowIso();
    await db.audit.add({
      id: newId(),
      at: exportedAt,
      by,
      action: 'debtor.export',
      entity: 'debtors',
      entityId: debtorId,
      details: `Export des données du débiteur ${debtor.accountNo}`,
    });
    return {
      format: 'recouvra-donnees-debiteur',
      formatVersion: 1,
      exportedAt,
      debtor,
      invoices,
      snapshots,
      cases,
      activities,
      promises,
      documents,
      letters,
      audit,
    };
  });
}

export type EraseContactResult = { ok: true } | { ok: false; reason: string };

/** The contact without anything that identifies a person; its id and role stay for history. */
function erased(contact: Contact): Contact {
  return { id: contact.id, role: contact.role, name: ERASED_CONTACT_NAME };
}

function withContactErased(debtor: Debtor, contactId: string): Debtor {
  return {
    ...debtor,
    contacts: debtor.contacts.map((c) => (c.id === contactId ? erased(c) : c)),
  };
}

/**
 * Erases a contact's name, phone, e-mail and best time to call, in the debtor and in the undo
 * journals that hold earlier copies of the debtor. Invoices, letters and the timeline stay.
 */
export async function eraseContact(
  debtorId: string,
  contactId: string,
  signedBy?: string,
): Promise<EraseContactResult> {
  const db = getDb();
  const by = signedBy ?? (await signature());
  return db.transaction('rw', [db.debtors, db.importJournals, db.audit], async () => {
    const debtor = await db.debtors.get(debtorId);
    if (!debtor) return { ok: false, reason: 'Débiteur introuvable.' };
    if (!debtor.contacts.some((c) => c.id === contactId)) {
      return { ok: false, reason: 'Contact introuvable pour ce débiteur.' };
    }
    await db.debtors.put(withContactErased(debtor, contactId));
    await db.importJournals
      .filter((journal) => journal.debtorsBefore.some((d) => d.id === debtorId))
      .modify((journal: ImportJournal) => {
        journal.debtorsBefore = journal.debtorsBefore.map((d) =>
          d.id === debtorId ? withContactErased(d, contactId) : d,
        );
      });
    // The entry names the contact by id only: writing the name here would undo the erasure.
    await db.audit.add({
      id: newId(),
      at: clock.nowIso(),
      by,
      action: 'contact.erase',
      entity: 'debtors',
      entityId: debtorId,
      details: `Données personnelles du contact ${contactId} effacées (nom, téléphone, e-mail) — débiteur ${debtor.accountNo}`,
    });
    return { ok: true };
  });
}
