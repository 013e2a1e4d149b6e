/**
 * The demonstration portfolio tells one coherent story, read back through the app's own
 * repositories and rules after a real load: every ladder step in the File d'actions with the
 * letters and calls that led there, every disputed item under a dispute, every promise with its
 * history, two court cases with their pieces, imports whose « Détail » opens, and a dashboard
 * whose « En contentieux » is what the Dossiers page lists.
 */
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClockForTests } from '../../renderer/src/data/clock';
import { RecouvraDb, setDbForTests } from '../../renderer/src/data/db';
import { activitiesRepo } from '../../renderer/src/data/repositories/activities';
import { getBlobBytes } from '../../renderer/src/data/repositories/blobs';
import { claimSourcesRepo } from '../../renderer/src/data/repositories/claimSources';
import { collectionRepo } from '../../renderer/src/data/repositories/collection';
import { collectionSettingsRepo } from '../../renderer/src/data/repositories/collectionSettings';
import { documentsRepo } from '../../renderer/src/data/repositories/documents';
import { dossierSourcesRepo } from '../../renderer/src/data/repositories/dossierSources';
import {
  IMPORT_LIST_LIMIT,
  importDetails,
} from '../../renderer/src/data/repositories/importDetails';
import { letterSettingsRepo } from '../../renderer/src/data/repositories/letterSettings';
import { lettersRepo } from '../../renderer/src/data/repositories/letters';
import { portfolioRepo } from '../../renderer/src/data/repositories/portfolio';
import { generateDemoHistory, generateDemoPortfolio, loadDemoData } from '../../renderer/src/demo';
import { generateDemoStory } from '../../renderer/src/demo/story';
import { computeClaim } from '../../renderer/src/domain/claim';
import { addDays, isoDate, todayIso } from '../../renderer/src/domain/dates';
import { disputesFrom } from '../../renderer/src/domain/disputes';
import { caseChecklist } from '../../renderer/src/domain/dossier/checklist';
import { debtorPieces } from '../../renderer/src/domain/evidence/pieces';
import { letterEntries } from '../../renderer/src/domain/letterHistory';
import type { Activity, Invoice } from '../../renderer/src/domain/model';
import { sumCents } from '../../renderer/src/domain/money';
import { portfolioFigures } from '../../renderer/src/domain/portfolio';

const TODAY = isoDate('2026-05-20');
const NOW = new Date(`${TODAY}T17:30:00Z`);
let db: RecouvraDb;

beforeAll(async () => {
  db = new RecouvraDb(`demo-story-${crypto.randomUUID()}`);
  setDbForTests(db);
  setClockForTests(NOW);
  await loadDemoData();
}, 240_000);

afterAll(async () => {
  setClockForTests(undefined);
  setDbForTests(null);
  await db.delete();
});

const dayOf = (a: Pick<Activity, 'at'>) => todayIso(new Date(a.at));

describe('the demo ladder', () => {
  it('puts debtors at every step of the ladder in the File d’actions', async () => {
    const [ladder, queue] = await Promise.all([
      collectionSettingsRepo.ladder(),
      collectionRepo.queue(TODAY, 'all'),
    ]);
    const steps = new Set(queue.queue.actions.map((a) => a.step.id));
    for (const step of ladder.steps) expect(steps, step.id).toContain(step.id);
    // The queue is not a wall of first reminders: no step holds more than a third of the rows.
    const perStep = new Map<string, number>();
    for (const row of queue.rows) {
      const step = row.stage?.id ?? 'rappel';
      perStep.set(step, (perStep.get(step) ?? 0) + 1);
    }
    for (const [step, count] of perStep) {
      expect(count, step).toBeLessThanOrEqual(Math.ceil(queue.rows.length / 3));
    }
  });

  it('shows on the timeline and in the letters what brought each debtor to its step', async () => {
    const queue = await collectionRepo.queue(TODAY, 'all');
    const ladder = await collectionSettingsRepo.ladder();
    const order = ladder.steps.map((s) => s.id);
    let checked = 0;
    for (const action of queue.queue.actions) {
      const index = order.indexOf(action.step.id);
      if (index < 1) continue;
      const collection = await collectionRepo.debtor(action.debtorId, TODAY);
      const letters = await lettersRepo.byDebtor(action.debtorId);
      const previous = ladder.steps[index - 1];
      // The step before was done: its letter sent, or a call that reached the debtor.
      const done =
        letters.some((l) => l.template === previous?.templateId) ||
        (collection?.activities ?? []).some(
          (a) => a.details?.kind === 'call' && a.details.actionKey?.includes(`|${previous?.id}|`),
        );
      expect(done, `${action.debtorName}: ${previous?.id} before ${action.step.id}`).toBe(true);
      for (const letter of letters) expect(letter.date < TODAY).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('keeps the first reminder for young debtors and takes old ones further', async () => {
    const queue = await collectionRepo.queue(TODAY, 'all');
    const firsts = queue.queue.actions.filter((a) => a.step.id === 'relance-1');
    expect(firsts.length).toBeGreaterThan(0);
    for (const action of firsts) expect(action.daysLate, action.debtorName).toBeLessThan(60);
    // No debtor three months late is still waiting for its first reminder with nothing done.
    const old = queue.queue.actions.filter((a) => a.daysLate > 90);
    expect(old.length).toBeGreaterThan(0);
    for (const action of old) {
      expect(await lettersRepo.byDebtor(action.debtorId), action.debtorName).not.toHaveLength(0);
    }
  });

  it('lists at « Mise en demeure » the debtors noticed, as the ladder has them', async () => {
    const rows = (await portfolioRepo.view()).rows;
    const noticed = rows.filter((r) => r.stage === 'mise-en-demeure');
    expect(noticed.length).toBeGreaterThan(10);
    for (const row of noticed.slice(0, 10)) {
      const letters = await lettersRepo.byDebtor(row.id);
      expect(letters.some((l) => l.template === 'mise-en-demeure')).toBe(true);
      const state = (await collectionRepo.debtor(row.id, TODAY))?.state;
      const past = ['derniere-chance', 'procedure'];
      expect(
        state?.status === 'finished' ||
          state?.status === 'excluded' ||
          ((state?.status === 'step' || state?.status === 'below-minimum') &&
            past.includes(state.step.id)),
        row.name,
      ).toBe(true);
    }
  });

  it('keeps every letter with its PDF and on the debtor’s history', async () => {
    const letters = await db.letters.toArray();
    expect(letters.length).toBeGreaterThan(300);
    const letterActivities = await db.activities.where('type').anyOf('letter', 'email').toArray();
    expect(new Set(letterActivities.map((a) => a.letterId))).toEqual(
      new Set(letters.map((l) => l.id)),
    );
    const sample = letters.filter((l) => l.template === 'mise-en-demeure').slice(0, 3);
    for (const letter of sample) {
      expect(letter.trackingNumber).toMatch(/^1A \d{3} \d{3} \d{4} \d$/);
      expect(letter.amounts?.totalCents).toBeGreaterThan(0);
      const bytes = await lettersRepo.pdfBytes(letter);
      if (!bytes) throw new Error(`no PDF for ${letter.id}`);
      expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    }
    const debtorId = sample[0]?.debtorId ?? '';
    const entries = letterEntries(
      await activitiesRepo.byDebtor(debtorId),
      await lettersRepo.byDebtor(debtorId),
    );
    expect(entries.length).toBe((await lettersRepo.byDebtor(debtorId)).length);
  });
});

describe('the demo disputes', () => {
  it('covers every disputed item with a dispute on the debtor’s timeline', async () => {
    const disputed = await db.invoices.where('status').equals('disputed').toArray();
    expect(disputed.length).toBeGreaterThan(20);
    const debtorIds = [...new Set(disputed.map((i) => i.debtorId))];
    for (const debtorId of debtorIds) {
      const disputes = disputesFrom(await activitiesRepo.byDebtor(debtorId));
      for (const item of disputed.filter((i) => i.debtorId === debtorId)) {
        const dispute = disputes.find((d) => d.invoiceIds.includes(item.id) && !d.resolution);
        expect(dispute, item.number).toBeDefined();
        expect(dayOf({ at: dispute?.openedAt ?? '' }) < TODAY).toBe(true);
        expect(item.disputeReason).toBeTruthy();
      }
    }
  });

  it('has no « En litige » amount without a dispute', async () => {
    const view = await portfolioRepo.view();
    for (const row of view.rows.filter((r) => r.disputedCents !== 0)) {
      const disputes = disputesFrom(await activitiesRepo.byDebtor(row.id));
      expect(disputes.length, row.name).toBeGreaterThan(0);
    }
  });
});

describe('the demo promises', () => {
  it('has promises and plans running, kept and broken', async () => {
    const promises = await db.promises.toArray();
    const kinds = new Set(promises.map((p) => `${p.kind}:${p.status}`));
    for (const kind of ['promise:active', 'promise:kept', 'promise:broken', 'plan:active']) {
      expect(kinds).toContain(kind);
    }
    expect(promises.some((p) => p.kind === 'plan' && p.status === 'broken')).toBe(true);
  });

  it('tells each promise’s story: the call, the promise, the payments, the fate', async () => {
    const promises = await db.promises.toArray();
    for (const promise of promises) {
      const activities = await activitiesRepo.byDebtor(promise.debtorId);
      const made = activities.find(
        (a) => a.details?.kind === 'promise-made' && a.details.promiseId === promise.id,
      );
      expect(made, promise.id).toBeDefined();
      const call = activities.find(
        (a) =>
          a.at === made?.at &&
          a.details?.kind === 'call' &&
          (a.details.outcome === 'promesse' || a.details.outcome === 'echeancier'),
      );
      expect(call, `call that obtained ${promise.id}`).toBeDefined();
      const status = activities.find(
        (a) => a.details?.kind === 'promise-status' && a.details.promiseId === promise.id,
      );
      const payments = (await claimSourcesRepo.facts(promise.debtorId)).payments.filter(
        (p) => p.source === 'manual' && promise.invoiceIds.includes(p.invoiceId),
      );
      if (promise.status === 'kept') {
        expect(status?.details).toMatchObject({ status: 'kept' });
        expect(payments.length).toBeGreaterThan(0);
        for (const payment of payments) expect(payment.date < TODAY).toBe(true);
        const items = await db.invoices.bulkGet(promise.invoiceIds);
        expect(items.every((i) => i?.status === 'paid' && i.openCents === 0)).toBe(true);
        expect(activities.some((a) => a.details?.kind === 'payment-entry')).toBe(true);
      } else if (promise.status === 'broken') {
        expect(status?.details).toMatchObject({ status: 'broken' });
        // The follow-up: something was done about it after it broke.
        const after = activities.filter((a) => status && a.at > status.at);
        expect(after.length, `follow-up of ${promise.id}`).toBeGreaterThan(0);
      } else {
        expect(status).toBeUndefined();
        for (const instalment of promise.installments.filter((i) => i.status === 'pending')) {
          expect(instalment.date >= addDays(TODAY, -3) || payments.length > 0).toBe(true);
        }
      }
    }
  });

  it('lists the payments received on a running plan in the décompte', async () => {
    const plans = (await db.promises.toArray()).filter(
      (p) => p.kind === 'plan' && p.status === 'active',
    );
    const policy = await claimSourcesRepo.policy();
    let listed = 0;
    for (const plan of plans) {
      const facts = await claimSourcesRepo.facts(plan.debtorId);
      const items = (await db.invoices.bulkGet(plan.invoiceIds)).filter(
        (i): i is Invoice => i?.status === 'open',
      );
      const debtor = await db.debtors.get(plan.debtorId);
      if (!debtor) throw new Error('plan without debtor');
      const claim = computeClaim({ debtor, items, ...facts, asOf: TODAY, policy });
      if (!claim.ok) throw new Error(claim.errors.join(' '));
      listed += claim.claim.decompte.invoices.filter((i) => i.payments.length > 0).length;
    }
    expect(listed).toBeGreaterThan(0);
  });
});

describe('the demo court cases', () => {
  it('opens two cases before a court, with their pieces', async () => {
    const summaries = await dossierSourcesRepo.cases();
    expect(summaries).toHaveLength(2);
    const [ladder, templates] = await Promise.all([
      collectionSettingsRepo.ladder(),
      letterSettingsRepo.templates(),
    ]);
    expect(ladder.steps.length).toBeGreaterThan(0);
    expect(templates.length).toBeGreaterThan(0);
    for (const { caseRecord } of summaries) {
      expect(['procedure', 'execution']).toContain(caseRecord.stage);
      expect(caseRecord.court).toBeTruthy();
      const documents = await documentsRepo.byDebtor(caseRecord.debtorId);
      expect(documents.length).toBeGreaterThanOrEqual(2 * caseRecord.invoiceIds.length + 1);
      for (const document of documents) {
        const bytes = await getBlobBytes(document.sha256, document.mime);
        if (!bytes) throw new Error(`no bytes for ${document.title}`);
        expect(bytes.byteLength).toBe(document.size);
        expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
      }
      const invoices = await db.invoices.bulkGet(caseRecord.invoiceIds);
      const pieces = debtorPieces(
        documents,
        await lettersRepo.byDebtor(caseRecord.debtorId),
        invoices.filter((i): i is Invoice => i !== undefined),
      );
      const checklist = caseChecklist(
        'injonction-de-payer',
        invoices.map((i) => ({ id: i?.id ?? '', number: i?.number ?? '' })),
        pieces,
      );
      expect(checklist.missingLines).toEqual([]);
      expect(checklist.missingRequired).toBe(0);
    }
  });

  it('shows as « En contentieux » on the dashboard exactly what the Dossiers page lists', async () => {
    const summary = portfolioFigures((await portfolioRepo.view()).rows).summary;
    const cases = await dossierSourcesRepo.cases();
    expect(summary.litigationCents).toBeGreaterThan(0);
    expect(summary.litigationCents).toBe(sumCents(cases.map((c) => c.openCents)));
  });
});

describe('the demo imports', () => {
  it('opens the detail of every import, with the rows it created and closed', async () => {
    const imports = await db.imports.orderBy('asOfDate').toArray();
    expect(imports).toHaveLength(12);
    for (const [index, record] of imports.entries()) {
      const details = await importDetails(record.id);
      if (!details) throw new Error(`no detail for ${record.fileName}`);
      expect(details.newItemCount).toBe(record.diff.newItems);
      expect(details.newItems.length).toBe(Math.min(record.diff.newItems, IMPORT_LIST_LIMIT));
      expect(details.closedItems.length).toBe(record.diff.closedItems);
      expect(details.changedItems.length).toBe(record.diff.changedItems);
      if (index === 0) expect(details.newDebtors.length).toBeGreaterThan(0);
      else {
        expect(details.closedItems.length).toBeGreaterThan(0);
        expect(details.collectedCents).toBeGreaterThan(0);
      }
    }
  });
});

describe('the demo story', () => {
  it('is deterministic: the same seed and settings tell the same story', async () => {
    const settings = { seed: 5, debtors: 60, items: 900, asOfDate: TODAY, previousImports: 3 };
    const [ladder, templates, policy] = await Promise.all([
      collectionSettingsRepo.ladder(),
      letterSettingsRepo.templates(),
      claimSourcesRepo.policy(),
    ]);
    const tell = () => {
      const portfolio = generateDemoPortfolio(settings);
      const history = generateDemoHistory(portfolio, settings);
      return generateDemoStory(
        { ...portfolio, items: [...history.openItems, ...history.settledItems] },
        { seed: settings.seed, asOfDate: TODAY, ladder, templates, policy },
      );
    };
    const first = tell();
    expect(first.activities.length).toBeGreaterThan(0);
    expect(tell()).toEqual(first);
  });
});
