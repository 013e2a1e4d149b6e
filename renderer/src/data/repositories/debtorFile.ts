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
  Letter,
  PaymentPromise,
} from '../../domain/model';
import { plural } from '../../domain/numbers';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { signature } from './collectionSettings';
import { readDebtorLedgerRows } from './debtorLedgerRows';
import { portfolioSettingsRepo } from './portfolioSettings';

export interface DebtorFile {
  debtor: Debtor;
  /** Every item of the debtor, open or settled. */
  items: Invoice[];
  promises: PaymentPromise[];
  cases: Case[];
  /** Newest first. */
  activities: Activity[];
  /** The letters kept as sent, read with the activities (the « Courriers » tab joins them). */
  letters: Letter[];
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

/** What a bulk reassignment changed, for « Annuler ». */
export interface AssignmentReceipt {
  count: number;
  /** The new controller (absent: nobody). */
  assignee?: string;
  previous: { id: string; assignee?: string }[];
}

const debtorCount = (n: number) => plural(n, 'débiteur');

export const debtorFileRepo = {
  /** The debtor's file, or null when no such debtor exists. */
  async load(debtorId: string, today: IsoDate): Promise<DebtorFile | null> {
    const [{ debtor, items, promises, cases, activities, letters }, records, aging] =
      await Promise.all([
        readDebtorLedgerRows(debtorId),
        getDb().imports.toArray(),
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
      letters,
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
        details: `Identité modifiée : ${identity.name}`,
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
        details: plural(contacts.length, 'contact'),
      });
    });
  },

  /** Assigns many debtors at once (undefined: no credit controller); how many were found. */
  async assign(debtorIds: readonly string[], assignee: string | undefined): Promise<number> {
    return (await debtorFileRepo.reassign(debtorIds, assignee)).count;
  },

  /**
   * Bulk reassignment: one transaction, one audit entry. The receipt remembers who had each
   * debtor before, so « Annuler » right after puts them back.
   */
  async reassign(
    debtorIds: readonly string[],
    assignee: string | undefined,
  ): Promise<AssignmentReceipt> {
    const db = getDb();
    const by = await signature();
    return db.transaction('rw', [db.debtors, db.audit], async () => {
      const previous: AssignmentReceipt['previous'] = [];
      const count = await db.debtors
        .where('id')
        .anyOf([...debtorIds])
        .modify((debtor) => {
          previous.push({
            id: debtor.id,
            ...(debtor.assignee ? { assignee: debtor.assignee } : {}),
          });
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
          ? `${debtorCount(count)} attribué${count > 1 ? 's' : ''} à ${assignee}`
          : `${debtorCount(count)} désormais sans gestionnaire`,
      });
      return { count, ...(assignee ? { assignee } : {}), previous };
    });
  },

  /**
   * Undoes a reassignment: each debtor goes back to its previous controller, unless someone
   * changed it again since (that later choice is kept). One transaction, one audit entry.
   */
  async undoReassign(receipt: AssignmentReceipt): Promise<number> {
    const db = getDb();
    const by = await signature();
    const before = new Map(receipt.previous.map((p) => [p.id, p.assignee]));
    return db.transaction('rw', [db.debtors, db.audit], async () => {
      const count = await db.debtors
        .where('id')
        .anyOf([...before.keys()])
        .filter((debtor) => debtor.assignee === receipt.assignee)
        .modify((debtor) => {
          const previous = before.get(debtor.id);
          if (previous) debtor.assignee = previous;
          else delete debtor.assignee;
        });
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by,
        action: 'debtor.assign.undo',
        entity: 'debtors',
        details: `Attribution annulée : ${debtorCount(count)} rendu${count > 1 ? 's' : ''} à ${count > 1 ? 'leurs' : 'son'} gestionnaire${count > 1 ? 's' : ''} précédent${count > 1 ? 's' : ''}`,
      });
      return count;
    });
  },
};
