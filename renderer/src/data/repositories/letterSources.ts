/**
 * Everything a letter to one debtor is built from, read in one go: the debtor and its items, the
 * creditor and its logo, the templates, the interest settings and rates, the reminders already
 * sent. The letter itself is then built by the pure domain (domain/letters).
 */

import type { ClaimPolicy } from '../../domain/claim';
import type { Creditor } from '../../domain/creditor';
import { daysBetween } from '../../domain/dates';
import type { LetterTemplate } from '../../domain/letters';
import type { Cents, Debtor, Invoice, IsoDate } from '../../domain/model';
import { addCents, ZERO_CENTS } from '../../domain/money';
import { getDb } from '../db';
import { writeGeneration } from '../writeGeneration';
import { getBlob, localBlob, prefetchBlob } from './blobs';
import { claimSourcesRepo, type DebtorClaimFacts } from './claimSources';
import { creditorRepo } from './creditor';
import { letterSettingsRepo } from './letterSettings';
import { debtorNames } from './summaryDebtors';

export interface CreditorLogoBytes {
  bytes: Uint8Array;
  mime: string;
}

/** What every letter needs, whoever the debtor. */
export interface LetterCommons {
  creditor: Creditor;
  logo: CreditorLogoBytes | null;
  templates: LetterTemplate[];
  policy: ClaimPolicy;
}

export interface DebtorLetterSources extends DebtorClaimFacts {
  debtor: Debtor;
  items: Invoice[];
}

export const letterSourcesRepo = {
  async commons(): Promise<LetterCommons> {
    const creditor = await creditorRepo.load();
    // Read in a liveQuery: a logo not yet on this workstation is fetched in the background, and
    // the query runs again once it is stored.
    const logoBlob = creditor.logo ? await localBlob(creditor.logo.sha256) : undefined;
    if (creditor.logo && !logoBlob) prefetchBlob(creditor.logo.sha256, creditor.logo.mime);
    const [templates, policy] = await Promise.all([
      letterSettingsRepo.templates(),
      claimSourcesRepo.policy(),
    ]);
    return {
      creditor,
      logo: logoBlob
        ? { bytes: new Uint8Array(await logoBlob.data.arrayBuffer()), mime: logoBlob.mime }
        : null,
      templates,
      policy,
    };
  },

  /**
   * The database and its write generation now: what was read at the same stamp is still what
   * the ledger holds (see writeGeneration). Taken before the reads it stands for.
   */
  stamp(): { owner: object; generation: number } {
    return { owner: getDb(), generation: writeGeneration() };
  },

  /** null when the debtor does not exist. */
  async forDebtor(debtorId: string): Promise<DebtorLetterSources | null> {
    const db = getDb();
    const debtor = await db.debtors.get(debtorId);
    if (!debtor) return null;
    const [items, facts] = await Promise.all([
      db.invoices.where('debtorId').equals(debtorId).toArray(),
      claimSourcesRepo.facts(debtorId),
    ]);
    return { debtor, items, ...facts };
  },

  /** Debtors by name, for the pickers. */
  debtorChoices: debtorNames,

  /**
   * Debtors with open items, by name: the example debtors of a template's live preview (read
   * from the per-debtor aggregates, not from every open item).
   */
  async exampleDebtors(): Promise<Debtor[]> {
    const db = getDb();
    // The stored records as they are: a debtor id and its open item count are all this needs.
    const ids = (await db.aggregateBuckets.toArray()).flatMap((row) =>
      row.entries.flatMap(([debtorId, openItemCount]) => (openItemCount > 0 ? [debtorId] : [])),
    );
    const debtors = (await db.debtors.bulkGet(ids)).filter((d) => d !== undefined);
    return debtors.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  },

  invoiceDocuments: (invoiceIds: readonly string[]) => invoiceDocuments(invoiceIds),

  overdueDebtors: (date: IsoDate) => overdueDebtors(date),
};

/** The invoices' own PDFs, when they were attached as evidence (kind « facture »). */
export async function invoiceDocuments(
  invoiceIds: readonly string[],
): Promise<{ fileName: string; mime: string; bytes: Uint8Array }[]> {
  if (invoiceIds.length === 0) return [];
  const db = getDb();
  const documents = await db.documents
    .where('invoiceIds')
    .anyOf([...invoiceIds])
    .toArray();
  const unique = [
    ...new Map(documents.filter((d) => d.kind === 'facture').map((d) => [d.id, d])).values(),
  ];
  const files = await Promise.all(
    unique.map(async (document) => {
      const blob = await getBlob(document.sha256, document.mime);
      return blob
        ? {
            fileName: document.fileName,
            mime: document.mime,
            bytes: new Uint8Array(await blob.data.arrayBuffer()),
          }
        : null;
    }),
  );
  return files.filter((file) => file !== null);
}

export interface OverdueDebtor {
  debtorId: string;
  name: string;
  accountNo: string;
  overdueItems: number;
  overdueCents: Cents;
  oldestDaysLate: number;
}

/**
 * Debtors with overdue, undisputed open invoices at `date`, most overdue amount first: the
 * candidates of a batch of reminders.
 */
export async function overdueDebtors(date: IsoDate): Promise<OverdueDebtor[]> {
  const db = getDb();
  const [debtors, items] = await Promise.all([
    db.debtors.toArray(),
    db.invoices.where('status').equals('open').toArray(),
  ]);
  const byDebtor = new Map<string, OverdueDebtor>();
  const names = new Map(debtors.map((d) => [d.id, d]));
  for (const item of items) {
    if (item.kind !== 'invoice' || item.openCents <= 0 || item.dueDate >= date) continue;
    const debtor = names.get(item.debtorId);
    if (!debtor) continue;
    const entry = byDebtor.get(debtor.id) ?? {
      debtorId: debtor.id,
      name: debtor.name,
      accountNo: debtor.accountNo,
      overdueItems: 0,
      overdueCents: ZERO_CENTS,
      oldestDaysLate: 0,
    };
    entry.overdueItems += 1;
    entry.overdueCents = addCents(entry.overdueCents, item.openCents);
    entry.oldestDaysLate = Math.max(entry.oldestDaysLate, daysBetween(item.dueDate, date));
    byDebtor.set(debtor.id, entry);
  }
  return [...byDebtor.values()].sort((a, b) => b.overdueCents - a.overdueCents);
}
