/**
 * Reads what the collection screens need in one go and hands it to the pure domain: the File
 * d'actions (actions, alerts, letter batches), one debtor's collection state (fiche débiteur,
 * Appel guidé) and the Promesses view. Called through live queries: re-run on every change.
 */
import {
  buildQueue,
  type ChannelGroup,
  groupByChannel,
  letterBatches,
  type QueueView,
} from '../../domain/actionQueue';
import {
  type CollectionInputs,
  type DebtorCollection,
  debtorCollection,
  debtorCollections,
} from '../../domain/collectionView';
import type { Ladder } from '../../domain/ladder';
import type { Debtor, ImportRecord, IsoDate } from '../../domain/model';
import {
  type PrescriptionAlert,
  type PromiseAlert,
  prescriptionAlerts,
  promiseAlerts,
} from '../../domain/queueAlerts';
import { getDb } from '../db';
import { collectionSettingsRepo } from './collectionSettings';
import { withClaimAmounts } from './queueClaims';

export interface QueueData {
  today: IsoDate;
  /** The name picked at this workstation; null: everyone's actions are shown. */
  user: string | null;
  ladder: Ladder;
  queue: QueueView;
  groups: ChannelGroup[];
  batches: { templateId: string; debtorIds: string[] }[];
  promiseAlerts: PromiseAlert[];
  prescriptionAlerts: PrescriptionAlert[];
}

function latestAsOf(records: readonly ImportRecord[]): IsoDate | undefined {
  let best: ImportRecord | undefined;
  for (const r of records) if (!best || r.importedAt > best.importedAt) best = r;
  return best?.asOfDate;
}

type Rows = Omit<CollectionInputs, 'today' | 'ladder' | 'latestImportAsOf' | 'letters'> & {
  letters: CollectionInputs['letters'];
};

async function everyDebtor(): Promise<Rows> {
  const db = getDb();
  const [debtors, items, promises, cases, activities, letters] = await Promise.all([
    db.debtors.toArray(),
    db.invoices.where('status').anyOf('open', 'disputed').toArray(),
    db.promises.toArray(),
    db.cases.toArray(),
    db.activities.toArray(),
    db.letters.toArray(),
  ]);
  return { debtors, items, promises, cases, activities, letters };
}

async function oneDebtor(debtorId: string): Promise<Rows> {
  const db = getDb();
  const [debtor, items, promises, cases, activities, letters] = await Promise.all([
    db.debtors.get(debtorId),
    db.invoices.where('debtorId').equals(debtorId).toArray(),
    db.promises.where('debtorId').equals(debtorId).toArray(),
    db.cases.where('debtorId').equals(debtorId).toArray(),
    db.activities.where('debtorId').equals(debtorId).toArray(),
    db.letters.where('debtorId').equals(debtorId).toArray(),
  ]);
  return {
    debtors: debtor ? [debtor] : [],
    items: items.filter((i) => i.status === 'open' || i.status === 'disputed'),
    promises,
    cases,
    activities,
    letters,
  };
}

async function ledgerInputs(today: IsoDate, debtorId?: string): Promise<CollectionInputs> {
  const [ladder, rows, imports] = await Promise.all([
    collectionSettingsRepo.ladder(),
    debtorId ? oneDebtor(debtorId) : everyDebtor(),
    getDb().imports.toArray(),
  ]);
  return { today, ladder, ...rows, latestImportAsOf: latestAsOf(imports) };
}

const isMine = (debtor: Pick<Debtor, 'assignee'>, user: string | null) =>
  !user || !debtor.assignee || debtor.assignee === user;

export const collectionRepo = {
  async queue(today: IsoDate, scope: 'mine' | 'all'): Promise<QueueData> {
    const [inputs, current] = await Promise.all([
      ledgerInputs(today),
      collectionSettingsRepo.currentUser(),
    ]);
    const user = scope === 'mine' ? current : null;
    const collections = debtorCollections(inputs);
    const queue = await withClaimAmounts(
      buildQueue(collections, today, user ?? undefined),
      inputs.debtors,
      inputs.items,
      today,
    );
    const mine = collections.filter((c) => isMine(c.debtor, user));
    return {
      today,
      user: current,
      ladder: inputs.ladder,
      queue,
      groups: groupByChannel(queue.actions),
      batches: letterBatches(queue.actions),
      promiseAlerts: promiseAlerts(mine, today),
      prescriptionAlerts: prescriptionAlerts(mine, today),
    };
  },

  /** One debtor's collection state; null when the debtor does not exist. */
  async debtor(debtorId: string, today: IsoDate): Promise<DebtorCollection | null> {
    const inputs = await ledgerInputs(today, debtorId);
    const debtor = inputs.debtors[0];
    return debtor ? debtorCollection(debtor, inputs) : null;
  },

  /** Every debtor with promises or plans, for the Promesses view. */
  async withPromises(today: IsoDate): Promise<DebtorCollection[]> {
    const inputs = await ledgerInputs(today);
    const withPromises = new Set(inputs.promises.map((p) => p.debtorId));
    return debtorCollections({
      ...inputs,
      debtors: inputs.debtors.filter((d) => withPromises.has(d.id)),
    });
  },
};
