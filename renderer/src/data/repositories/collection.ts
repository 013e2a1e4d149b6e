/**
 * Reads what the collection screens need in one go and hands it to the pure domain: the File
 * d'actions (actions, rows, alerts), one debtor's collection state (fiche débiteur,
 * Appel guidé) and the Promesses view. Called through live queries: re-run on every change.
 *
 * The File d'actions reads neither the debtors nor their items, nor the timeline and letters: the
 * queue summary (domain/queueSummary) and the collection history (domain/collectionHistory), kept
 * by data/aggregates in the same transaction as every write, hold what the ladder, the rows and
 * the alerts read of them, a few dozen records for the whole ledger (./summaryState).
 */
import type { QueueView } from '../../domain/actionQueue';
import {
  type BatchCandidate,
  batchCandidateOf,
  defaultBatchTemplate,
  inBatchOrder,
} from '../../domain/batchCandidates';
import {
  type CollectionInputs,
  type DebtorCollection,
  debtorCollection,
  debtorCollections,
} from '../../domain/collectionView';
import type { Ladder } from '../../domain/ladder';
import type { Debtor, IsoDate } from '../../domain/model';
import type { PrescriptionAlert, PromiseAlert } from '../../domain/queueAlerts';
import { type AssembledQueue, assembleQueue } from '../../domain/queueAssembly';
import type { QueueRow } from '../../domain/queueRows';
import { byCodeUnits } from '../../domain/queueSummary';
import { matchPortfolio, type PortfolioScope } from '../../domain/teamPortfolios';
import { backgroundTurn, sliceTurn } from '../backgroundTurn';
import { getDb } from '../db';
import { writeGeneration } from '../writeGeneration';
import { collectionSettingsRepo } from './collectionSettings';
import { readDebtorLedgerRows } from './debtorLedgerRows';
import {
  latestAsOf,
  prepareSummary,
  readSummary,
  type SummaryState,
  stateWrittenSince,
} from './summaryState';
import { teamPortfoliosRepo } from './teamPortfolios';

/**
 * Debtors per slice of the « Envoi groupé » list: the rows of 10,000 debtors took 15-47 ms in
 * Node (warm), and two to three times that on the page right after a batch, where a slice of
 * 2,000 took up to 54 ms.
 */
const COLLECTIONS_PER_SLICE = 1000;

export interface QueueData {
  today: IsoDate;
  /** Who works at this workstation (team account or name picked); null: not known. */
  user: string | null;
  /** Whose debtors are shown (remembered on this workstation). */
  scope: PortfolioScope;
  /** Controllers the scope can switch to. */
  controllers: string[];
  ladder: Ladder;
  queue: QueueView;
  /** One row per debtor with its due actions and callbacks; callbacks due first. */
  rows: QueueRow[];
  promiseAlerts: PromiseAlert[];
  prescriptionAlerts: PrescriptionAlert[];
}

type Rows = Omit<CollectionInputs, 'today' | 'ladder' | 'latestImportAsOf' | 'letters'> & {
  letters: CollectionInputs['letters'];
};

/** The queue last assembled from a kept state, and for whom (assembling takes ~80 ms). */
const assembledQueues = new WeakMap<SummaryState, { seenBy: string; queue: AssembledQueue }>();

/** The debtors with promises or plans, with their rows: not the rest of the ledger. */
async function promisedDebtors(): Promise<Rows> {
  const db = getDb();
  const promises = await db.promises.toArray();
  // In id order, as a read of every debtor gives them.
  const ids = [...new Set(promises.map((p) => p.debtorId))].sort(byCodeUnits);
  const [debtors, items, cases, activities, letters] = await Promise.all([
    db.debtors.bulkGet(ids),
    db.invoices.where('debtorId').anyOf(ids).toArray(),
    db.cases.where('debtorId').anyOf(ids).toArray(),
    db.activities.where('debtorId').anyOf(ids).toArray(),
    db.letters.where('debtorId').anyOf(ids).toArray(),
  ]);
  return {
    debtors: debtors.filter((d): d is Debtor => d !== undefined),
    items: items.filter((i) => i.status === 'open' || i.status === 'disputed'),
    promises,
    cases,
    activities,
    letters,
  };
}

async function oneDebtor(debtorId: string): Promise<Rows> {
  const { debtor, items, promises, cases, activities, letters } =
    await readDebtorLedgerRows(debtorId);
  return {
    debtors: debtor ? [debtor] : [],
    items: items.filter((i) => i.status === 'open' || i.status === 'disputed'),
    promises,
    cases,
    activities,
    letters,
  };
}

async function ledgerInputs(
  today: IsoDate,
  rowsOf: () => Promise<Rows>,
): Promise<CollectionInputs> {
  const [ladder, rows, imports] = await Promise.all([
    collectionSettingsRepo.ladder(),
    rowsOf(),
    getDb().imports.toArray(),
  ]);
  return { today, ladder, ...rows, latestImportAsOf: latestAsOf(imports) };
}

export const collectionRepo = {
  /**
   * The File d'actions of one portfolio: `scope` (« Mes débiteurs » by default, hand-overs in
   * force today included), or the scope remembered on this workstation when absent.
   */
  async queue(today: IsoDate, scope?: PortfolioScope | 'mine' | 'all'): Promise<QueueData> {
    const reading = readSummary(today);
    const [summary, context, remembered] = await Promise.all([
      reading,
      // The controllers to choose from: the names on the debtors, as the entries hold them.
      teamPortfoliosRepo.context(
        today,
        reading.then(({ entries }) => entries.map((entry) => entry.debtor?.assignee)),
      ),
      scope === undefined ? teamPortfoliosRepo.queueScope() : undefined,
    ]);
    const shown: PortfolioScope =
      typeof scope === 'string' ? { kind: scope } : (scope ?? remembered ?? { kind: 'mine' });
    // The same state seen by the same person through the same portfolio: the same queue.
    const seenBy = JSON.stringify([today, shown, context.user, context.active]);
    let assembled = assembledQueues.get(summary);
    if (assembled?.seenBy !== seenBy) {
      const queue = assembleQueue(
        summary.collections,
        today,
        (assignee) => matchPortfolio(assignee, shown, context.user, context.active),
        summary.queue,
      );
      assembled = { seenBy, queue };
      assembledQueues.set(summary, assembled);
    }
    return {
      today,
      user: context.user,
      scope: shown,
      controllers: context.controllers,
      ladder: summary.ladder,
      ...assembled.queue,
    };
  },

  /**
   * The File d'actions made ready in idle time (see prepareSummary), as `queue(today)` will be
   * asked for it: its first opening then reuses what was evaluated. Gives way to any screen that
   * reads the state meanwhile (then false: not made ready).
   */
  async prepareQueue(today: IsoDate): Promise<boolean> {
    // Taken before the evaluation, so that a write landing during it counts as one since.
    const generation = writeGeneration();
    if (!(await prepareSummary(today))) return false;
    // Assembling (tens of milliseconds) waits for the page's own work too.
    await backgroundTurn();
    // What the state comes from written meanwhile (a colleague's call heard while the slices
    // waited their turns): `queue` would evaluate the records written in one task and assemble in
    // the next, 40-70 ms at 100,000 items that a click on another page waited behind. Left to
    // the next preparation.
    if (stateWrittenSince(getDb(), generation)) return false;
    await collectionRepo.queue(today);
    return true;
  },

  /**
   * The « Envoi groupé » of a template: the debtors due for its step today, then those held by a
   * promise, a plan or a dispute (greyed); and the template a batch should open on by default.
   * From the queue summary, as the File d'actions.
   */
  async batch(
    today: IsoDate,
    templateId: string | undefined,
  ): Promise<{ templateId: string; candidates: BatchCandidate[] }> {
    const { ladder, collections } = await readSummary(today);
    const order = ladder.steps.flatMap((s) => (s.templateId ? [s.templateId] : []));
    const chosen = templateId ?? defaultBatchTemplate(collections, order, today) ?? 'relance-1';
    // The debtors' rows in slices: 10,000 debtors in one task, right after the state was
    // evaluated again (a batch kept as sent), held the page for 100-370 ms.
    const candidates: BatchCandidate[] = [];
    for (const [index, collection] of collections.entries()) {
      await sliceTurn(index, COLLECTIONS_PER_SLICE);
      const candidate = batchCandidateOf(collection, chosen, today, order.includes(chosen));
      if (candidate) candidates.push(candidate);
    }
    return { templateId: chosen, candidates: inBatchOrder(candidates) };
  },

  /** One debtor's collection state; null when the debtor does not exist. */
  async debtor(debtorId: string, today: IsoDate): Promise<DebtorCollection | null> {
    const inputs = await ledgerInputs(today, () => oneDebtor(debtorId));
    const debtor = inputs.debtors[0];
    return debtor ? debtorCollection(debtor, inputs) : null;
  },

  /** Every debtor with promises or plans, for the Promesses view. */
  async withPromises(today: IsoDate): Promise<DebtorCollection[]> {
    return debtorCollections(await ledgerInputs(today, promisedDebtors));
  },
};
