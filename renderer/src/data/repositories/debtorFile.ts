/**
 * The fiche débiteur: one debtor with its items, promises, cases and the imports that dated
 * them; and the edits made from it or from the list (identity, contacts, assignment), each
 * written with its audit entry in the same transaction.
 */
import {
  ageByDebtor,
  type BucketBoundaries,
  type DebtorAging,
  emptyDebtorAging,
} from '../../domain/aging';
import type {
  Activity,
  Case,
  Contact,
  Debtor,
  ImportRecord,
  Invoice,
  IsoDate,
  PaymentPromise,
} from '../../domain/model';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { signature } from './collectionSettings';
import { portfolioSettingsRepo } from './portfolioSettings';

export interface DebtorFile {
  debtor: Debtor;
  /** Every item of the debtor, open or settled. */
  items: Invoice[];
  promises: PaymentPromise[];
  cases: Case[];
  activities: Activity[];
  imports: Pick<ImportRecord, 'id' | 'asOfDate' | 'fileName' | 'importedAt'>[];
  /** As-of date of the latest import (today when nothing was imported). */
  asOfDate: IsoDate;
  boundaries: BucketBoundaries;
  aging: DebtorAging;
}

/** Identity fields the fiche edits (the account number is the ERP's key: not editable). */
export type DebtorIdentity = Pick<
  Debtor,
  | 'name'
  | 'siren'
  | 'siret'
  | 'vatNumber'
  | 'addressLines'
  | 'postalCode'
  | 'city'
  | 'country'
  | 'paymentTermsDays'
  | 'creditLimitCents'
  | 'notes'
  | 'tags'
>;

export const debtorFileRepo = {
  /** The debtor's file, or null when no such debtor exists. */
  async load(debtorId: string, today: IsoDate): Promise<DebtorFile | null> {
    const db = getDb();
    const [debtor, items, promises, cases, activities, records, aging] = await Promise.all([
      db.debtors.get(debtorId),
      db.invoices.where('debtorId').equals(debtorId).toArray(),
      db.promises.where('debtorId').equals(debtorId).toArray(),
      db.cases.where('debtorId').equals(debtorId).toArray(),
      db.activities.where('debtorId').equals(debtorId).toArray(),
      db.imports.toArray(),
      portfolioSettingsRepo.aging(),
    ]);
    if (!debtor) return null;
    const latest = records.reduce<ImportRecord | undefined>(
      (best, r) => (!best || r.importedAt > best.importedAt ? r : best),
      undefined,
    );
    const asOfDate = latest?.asOfDate ?? today;
    return {
      debtor,
      items,
      promises,
      cases,
      activities: activities.sort((a, b) => b.at.localeCompare(a.at)),
      imports: records.map(({ id, asOfDate, fileName, importedAt }) => ({
        id,
        asOfDate,
        fileName,
        importedAt,
      })),
      asOfDate,
      boundaries: aging.boundaries,
      aging: ageByDebtor(items, asOfDate, aging.boundaries).get(debtorId) ?? emptyDebtorAging(),
    };
  },

  async saveIdentity(debtorId: string, identity: DebtorIdentity): Promise<void> {
    const db = getDb();
    const by = await signature();
    await db.transaction('rw', [db.debtors, db.audit], async () => {
      const updated = await db.debtors.update(debtorId, identity);
      if (!updated) throw new Error('Débiteur introuvable.');
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by,
        action: 'debtor.identity',
        entity: 'debtors',
        entityId: debtorId,
        details: `Identité modifiée : ${identity.name}`,
      });
    });
  },

  async saveContacts(debtorId: string, contacts: Contact[]): Promise<void> {
    const db = getDb();
    const by = await signature();
    await db.transaction('rw', [db.debtors, db.audit], async () => {
      const updated = await db.debtors.update(debtorId, { contacts });
      if (!updated) throw new Error('Débiteur introuvable.');
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by,
        action: 'debtor.contacts',
        entity: 'debtors',
        entityId: debtorId,
        details: `${contacts.length} contact(s)`,
      });
    });
  },

  /** Assigns many debtors at once (undefined: no credit controller). */
  async assign(debtorIds: readonly string[], assignee: string | undefined): Promise<number> {
    const db = getDb();
    const by = await signature();
    return db.transaction('rw', [db.debtors, db.audit], async () => {
      const count = await db.debtors
        .where('id')
        .anyOf([...debtorIds])
        .modify((debtor) => {
          if (assignee) debtor.assignee = assignee;
          else delete debtor.assignee;
        });
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by,
        action: 'debtor.assign',
        entity: 'debtors',
        details: assignee
          ? `${count} débiteur(s) attribué(s) à ${assignee}`
          : `${count} débiteur(s) désormais sans gestionnaire`,
      });
      return count;
    });
  },
};
