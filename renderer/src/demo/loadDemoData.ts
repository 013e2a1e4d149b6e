/**
 * Loads the demo portfolio into an empty ledger, in one transaction: either every debtor, item,
 * promise, the year of import records with their snapshots, journals and paid invoices, the
 * story of the collection work (timeline, letters with their PDFs, payments, court cases and
 * their pieces) and the audit entry land, or nothing does. Loading into a ledger that already
 * holds data is refused, so demo rows can never mix with a user's real customers. Every table
 * is written in bulk (a few large requests, not one per row): the load is dominated by them.
 */
import { clock } from '../data/clock';
import { getDb } from '../data/db';
import { auditRepo } from '../data/repositories/audit';
import { storedBlob } from '../data/repositories/blobs';
import { claimSourcesRepo } from '../data/repositories/claimSources';
import { collectionSettingsRepo, signature } from '../data/repositories/collectionSettings';
import { creditorRepo } from '../data/repositories/creditor';
import { debtorsRepo } from '../data/repositories/debtors';
import { invoicesRepo } from '../data/repositories/invoices';
import { letterSettingsRepo } from '../data/repositories/letterSettings';
import { ASSIGNEES_SETTINGS_KEY } from '../data/repositories/portfolioSettings';
import { daysBetween, formatDateFr, todayIso } from '../domain/dates';
import type {
  EvidenceDocument,
  ImportRecord,
  IsoDate,
  Letter,
  Payment,
  StoredBlob,
} from '../domain/model';
import { sha256Hex } from '../shared/sha256';
import { DEMO_DEFAULTS, type DemoPortfolioOptions, generateDemoPortfolio } from './generator';
import { generateDemoHistory } from './history';
import { generateDemoStory } from './story';

/** Shown in the imports history; the empty state's button refers to the same wording. */
export const DEMO_IMPORT_FILE_NAME = 'Données de démonstration';

export class LedgerNotEmptyError extends Error {
  constructor() {
    super(
      'Le registre contient déjà des données : les données de démonstration ne peuvent être ' +
        'chargées que dans un registre vide.',
    );
    this.name = 'LedgerNotEmptyError';
  }
}

export interface DemoLoadResult {
  importId: string;
  asOfDate: IsoDate;
  debtors: number;
  /** Open items of the current balance. */
  invoices: number;
  /** Invoices paid during the simulated year (closed by an earlier import). */
  paidInvoices: number;
  /** Items of the portfolio paid on a promise (a payment entered by hand). */
  settledInvoices: number;
  /** Imports written: the month-end history plus the current one. */
  imports: number;
  promises: number;
  /** Letters recorded as sent (each with its PDF). */
  letters: number;
  /** Court cases opened. */
  cases: number;
  /** PDF files stored: the letters' copies and the cases' pieces (identical files once). */
  pdfs: number;
}

export interface DemoLoadOptions extends DemoPortfolioOptions {
  /** Month-end imports simulated before today's (0: only today's balance). */
  previousImports: number;
}

/** PDFs written per transaction when the demo loads (see there). */
const BLOB_SLICE = 500;

/** Eleven month-ends plus today: the dashboard's 12-import trend is full from the start. */
export const DEMO_PREVIOUS_IMPORTS = 11;

/** Hex SHA-256 of the load parameters: the imports table expects a fingerprint per import. */
async function fingerprint(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Today's import is now; each earlier one as many days before as its as-of date is, so that
 * « latest import » (by importedAt) is today's whatever the clock of the machine says.
 */
function importedAt(asOfDate: IsoDate, current: IsoDate, now: Date): string {
  return new Date(now.getTime() - daysBetween(asOfDate, current) * 86_400_000).toISOString();
}

export async function loadDemoData(
  options: Partial<DemoLoadOptions> = {},
): Promise<DemoLoadResult> {
  // One reading of the data layer's clock: today's as-of date and every timestamp come from it.
  const now = clock.now();
  const settings: DemoLoadOptions = {
    ...DEMO_DEFAULTS,
    asOfDate: todayIso(now),
    previousImports: DEMO_PREVIOUS_IMPORTS,
    ...options,
  };
  const portfolio = generateDemoPortfolio(settings);
  const history = generateDemoHistory(portfolio, settings);
  const current = history.timeline.at(-1);
  if (!current) throw new Error('Historique de démonstration vide');
  // The story follows the ladder, templates and interest rules in force on this workstation.
  const [ladder, templates, policy, creditor] = await Promise.all([
    collectionSettingsRepo.ladder(),
    letterSettingsRepo.templates(),
    claimSourcesRepo.policy(),
    creditorRepo.load(),
  ]);
  const story = generateDemoStory(
    {
      debtors: portfolio.debtors,
      behaviours: portfolio.behaviours,
      items: [...history.openItems, ...history.settledItems],
      promises: portfolio.promises,
      courtCases: portfolio.courtCases,
    },
    {
      seed: settings.seed,
      asOfDate: settings.asOfDate,
      ladder,
      templates,
      policy,
      creditorName: creditor.name,
    },
  );
  // The PDFs are hashed before the transaction, like the fingerprints below.
  const blobs = new Map<string, StoredBlob>();
  const stored = async (pdf: Uint8Array): Promise<string> => {
    const sha256 = await sha256Hex(pdf);
    if (!blobs.has(sha256)) {
      blobs.set(sha256, storedBlob(sha256, pdf, 'application/pdf'));
    }
    return sha256;
  };
  const letters: Letter[] = await Promise.all(
    story.letters.map(async ({ letter, pdf }) => ({ ...letter, pdfSha256: await stored(pdf) })),
  );
  const documents: EvidenceDocument[] = await Promise.all(
    story.documents.map(async ({ document, pdf }) => ({
      ...document,
      sha256: await stored(pdf),
      size: pdf.byteLength,
    })),
  );
  // Fingerprints are computed before the transaction: awaiting non-IndexedDB work inside it
  // would commit it.
  const records: ImportRecord[] = [];
  for (const entry of history.timeline) {
    const isCurrent = entry.id === current.id;
    const stats = history.stats.get(entry.id);
    records.push({
      id: entry.id,
      fileName: isCurrent
        ? DEMO_IMPORT_FILE_NAME
        : `${DEMO_IMPORT_FILE_NAME} — balance au ${formatDateFr(entry.asOfDate)}`,
      sha256: await fingerprint({ ...settings, importAsOf: entry.asOfDate }),
      asOfDate: entry.asOfDate,
      importedAt: importedAt(entry.asOfDate, settings.asOfDate, now),
      mapping: {},
      counts: stats?.counts ?? { rows: 0, debtors: 0, items: 0 },
      diff: stats?.diff ?? { newItems: 0, changedItems: 0, closedItems: 0, unchangedItems: 0 },
      // Undoing is clearing the ledger, which has its own, explicit command.
      undoable: false,
    });
  }
  // Each paid invoice as the import that no longer listed it records it: a payment received
  // « au plus tard le » that import's as-of date (the monthly report counts them as collected).
  const recordById = new Map(records.map((r) => [r.id, r]));
  const payments: Payment[] = history.paidInvoices.flatMap((paid) => {
    const closedBy = paid.closedByImportId ? recordById.get(paid.closedByImportId) : undefined;
    if (!closedBy) return [];
    return [
      {
        id: `${paid.id}-payment`,
        debtorId: paid.debtorId,
        invoiceId: paid.id,
        date: closedBy.asOfDate,
        cents: paid.amountCents,
        source: 'import',
        dateIsLatest: true,
        importId: closedBy.id,
        recordedAt: closedBy.importedAt,
      },
    ];
  });
  const assignees = [
    ...new Set(portfolio.debtors.flatMap((d) => (d.assignee ? [d.assignee] : []))),
  ].sort((a, b) => a.localeCompare(b, 'fr'));

  payments.push(...story.payments);
  const promises = portfolio.promises.map((p) => p.promise);

  const db = getDb();
  const by = await signature();
  // The PDFs go first, a slice per transaction: Chromium writes a transaction's blobs as files
  // when it commits, and fails (« Failed to write blobs ») with the benchmarks' 22,000 letters in
  // one. They are content-addressed and nothing names them until the rows below land, all in one
  // transaction as before; a refused load writes none (the emptiness is checked first).
  if ((await db.debtors.count()) > 0) throw new LedgerNotEmptyError();
  const files = [...blobs.values()];
  for (let at = 0; at < files.length; at += BLOB_SLICE) {
    await db.blobs.bulkPut(files.slice(at, at + BLOB_SLICE));
  }
  await db.transaction(
    'rw',
    [
      db.debtors,
      db.invoices,
      db.payments,
      db.promises,
      db.imports,
      db.importJournals,
      db.snapshots,
      db.activities,
      db.letters,
      db.cases,
      db.documents,
      db.settings,
      db.audit,
    ],
    async () => {
      // Checked inside the transaction so that nothing can be written between check and load.
      if ((await db.debtors.count()) > 0) throw new LedgerNotEmptyError();
      await db.imports.bulkPut(records);
      await db.importJournals.bulkPut(history.journals);
      await debtorsRepo.bulkPut(portfolio.debtors);
      // New rows only (the ledger is empty): bulkAdd spares the aggregates a read of each
      // item and activity replaced, which a put of 25,000 items would make.
      await invoicesRepo.bulkAdd([
        ...history.openItems,
        ...history.settledItems,
        ...history.paidInvoices,
      ]);
      await db.snapshots.bulkPut(history.snapshots);
      await db.payments.bulkPut(payments);
      await db.promises.bulkPut(promises);
      await db.activities.bulkAdd(story.activities);
      await db.letters.bulkAdd(letters);
      await db.cases.bulkAdd(story.cases);
      await db.documents.bulkAdd(documents);
      // The demo's credit controllers become the names offered for assignment, unless the
      // user already listed their own.
      if (!(await db.settings.get(ASSIGNEES_SETTINGS_KEY))) {
        await db.settings.put({
          key: ASSIGNEES_SETTINGS_KEY,
          value: { names: assignees },
          updatedAt: now.toISOString(),
        });
      }
      await auditRepo.log({
        by,
        action: 'demo.load',
        entity: 'imports',
        entityId: current.id,
        details:
          `${portfolio.debtors.length} débiteurs, ${history.openItems.length} pièces ouvertes, ` +
          `${history.paidInvoices.length} pièces réglées sur ${records.length} imports, ` +
          `${portfolio.promises.length} promesses, ${letters.length} courriers, ` +
          `${story.cases.length} dossiers contentieux (graine ${settings.seed})`,
      });
    },
  );

  return {
    importId: current.id,
    asOfDate: settings.asOfDate,
    debtors: portfolio.debtors.length,
    invoices: history.openItems.length,
    paidInvoices: history.paidInvoices.length,
    settledInvoices: history.settledItems.length,
    imports: records.length,
    promises: portfolio.promises.length,
    letters: letters.length,
    cases: story.cases.length,
    pdfs: blobs.size,
  };
}
