/**
 * What the user-path benchmarks (tests/bench/userPath) need from the page before they click
 * through the app: the app's own database (`recouvra`, the one index.html opens) filled as a
 * user's would be, and the raw references they are compared with. The bench page and the app
 * share an origin, hence a store: what is written here is what the app reads.
 *
 * Exposed as `window.benchApp`; each call runs while no app tab is open (the runner closes them),
 * so deleting the database is never blocked by an open connection.
 */
import Dexie from 'dexie';
import { BLOBS_TABLE } from '../data/backup/format';
import { BLOB_SLICE } from '../data/backup/restoreBackup';
import { storesAtVersion, tableNamesAtVersion } from '../data/backup/tables';
import { DATABASE_NAME, getDb, setDbForTests } from '../data/db';
import { collectionRepo } from '../data/repositories/collection';
import { creditorRepo } from '../data/repositories/creditor';
import { debtorsRepo } from '../data/repositories/debtors';
import { invoicesRepo } from '../data/repositories/invoices';
import { letterSettingsRepo } from '../data/repositories/letterSettings';
import { letterSourcesRepo } from '../data/repositories/letterSources';
import { CURRENT_SCHEMA_VERSION } from '../data/schema';
import { loadDemoData } from '../demo/loadDemoData';
import { parseStatementText } from '../domain/bank';
import { addDays, isoDate, todayIso } from '../domain/dates';
import type { Debtor, Invoice } from '../domain/model';
import { cents } from '../domain/money';
import { confirmRate } from '../domain/rateConfirmation';
import { prepareBatch, renderBatch } from '../features/letters';
import { LetterPdfPool } from '../workers/letters/client';
import { dossierEngineMs, seedDossierCase } from './appDossier';
import { benchCall } from './benchCall';
import { benchCreditor } from './benchCreditor';
import { benchStatementXml } from './benchStatement';
import { benchWorkbook, rawImportBaseline } from './importBench';
import { timed } from './runner';

/** The semester of `date` as the rate tables name it (« 2026-S2 »). */
function semesterOf(date: string): string {
  return `${date.slice(0, 4)}-S${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/**
 * The creditor identity and this semester's L441-10 rate confirmed: without them a mise en
 * demeure is refused (rightly), and a benchmark must measure the document, not the refusal.
 */
async function readyForLegalDocuments(): Promise<void> {
  await creditorRepo.save(benchCreditor());
  const today = todayIso();
  const semester = semesterOf(today);
  const firstDay = `${semester.slice(0, 4)}-${semester.endsWith('1') ? '01' : '07'}-01`;
  const rate = confirmRate({
    table: 'l441-10',
    semester,
    ecbRatePercent: 2.15,
    decisionDate: addDays(isoDate(firstDay), -20),
  });
  if (!rate.ok) throw new Error(rate.errors.join(' '));
  await letterSettingsRepo.saveUserRate(rate.rate);
}

/** A debtor with `count` overdue invoices (due 40 to 400 days ago), for a fiche or a letter. */
async function addDebtorWithInvoices(count: number, label: string): Promise<string> {
  const today = todayIso();
  const id = `bench-${label}`;
  const debtor: Debtor = {
    id,
    accountNo: `BENCH${count}`,
    name: `Établissements Mesure ${count}`,
    addressLines: ['3 place Bellecour'],
    postalCode: '69002',
    city: 'Lyon',
    country: 'FR',
    contacts: [],
    tags: [],
    status: 'active',
  };
  const invoices: Invoice[] = Array.from({ length: count }, (_, i) => {
    const dueDate = addDays(today, -40 - ((i * 7) % 360));
    const amountCents = cents(12_000 + ((i * 7_919) % 480_000));
    return {
      id: `${id}-${i}`,
      debtorId: id,
      number: `FM${String(i + 1).padStart(5, '0')}`,
      kind: 'invoice',
      issueDate: addDays(dueDate, -30),
      dueDate,
      amountCents,
      openCents: amountCents,
      currency: 'EUR',
      status: 'open',
    };
  });
  await debtorsRepo.bulkPut([debtor]);
  await invoicesRepo.bulkPut(invoices);
  return id;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** The statement of ui.bank.20k, built once from the seeded ledger's open invoices. */
let bankStatement: string | undefined;

/** Every row a backup of the bench ledger holds, by table, and the stores they go in. */
let backupRows: { stores: Record<string, string>; tables: [string, unknown[]][] } | undefined;

export const benchApp = {
  /** ui.dossier.300p's case (appDossier.ts), on a debtor of its own with a dozen invoices. */
  seedDossierCase: async (): Promise<string> =>
    seedDossierCase(await addDebtorWithInvoices(12, 'dossier-300p')),
  dossierEngineMs,

  /** Deletes the app's database: the next app tab starts on an empty ledger. */
  async reset(): Promise<void> {
    getDb().close();
    setDbForTests(null);
    await Dexie.delete(DATABASE_NAME);
  },

  /**
   * The demonstration portfolio at `debtors` / `items` (today's balance only), ready for legal
   * documents, plus a debtor with 500 invoices and one with 50. Returns their ids.
   */
  async seedPortfolio(options: {
    debtors: number;
    items: number;
  }): Promise<{ debtor500: string; debtor50: string }> {
    await benchApp.reset();
    try {
      await loadDemoData({ seed: 2026, ...options, previousImports: 0 });
    } catch (error) {
      // page.evaluate keeps only a message, and the production build's class names are
      // minified: say what Dexie said, and what IndexedDB said beneath it.
      const e = error as Error & { inner?: Error };
      const inner = e.inner ? ` (${e.inner.name} : ${e.inner.message})` : '';
      throw new Error(`Chargement du registre de mesure : ${e.name} : ${e.message}${inner}`);
    }
    await readyForLegalDocuments();
    const debtor500 = await addDebtorWithInvoices(500, 'fiche-500');
    const debtor50 = await addDebtorWithInvoices(50, 'med-50');
    getDb().close();
    setDbForTests(null);
    return { debtor500, debtor50 };
  },

  /** Ids of `count` debtors due for Relance 1 today, as Envoi groupé lists them, by account. */
  async debtorsDueForReminder(count: number): Promise<string[]> {
    // The debtors the Envoi groupé page itself lists as due for Relance 1 today, not held: a
    // debtor merely overdue may be at a later step (a lot of them once the ledger's date is
    // weeks old), and the page leaves those out of the batch.
    const { candidates } = await collectionRepo.batch(todayIso(), 'relance-1');
    const db = getDb();
    db.close();
    setDbForTests(null);
    return candidates
      .filter((c) => !c.excluded && !c.debtorId.startsWith('bench-'))
      .sort((a, b) => a.accountNo.localeCompare(b.accountNo))
      .slice(0, count)
      .map((c) => c.debtorId);
  },

  /**
   * The letters engine alone on the letters of a batch, in ms per page: Relance 1 to
   * `debtorIds` today, prepared as Envoi groupé prepares them, rendered by a fresh pool of
   * workers and merged, with no page around them. The reference of ui.letters.batch.200: the
   * same letters, so that the ratio is the cost of the path through the app (short letters cost
   * more per page than long ones, whatever the path).
   */
  async batchEngineMsPerPage(debtorIds: string[]): Promise<number> {
    const today = todayIso();
    const [commons, { candidates }] = await Promise.all([
      letterSourcesRepo.commons(),
      collectionRepo.batch(today, 'relance-1'),
    ]);
    const template = commons.templates.find((t) => t.id === 'relance-1');
    if (!template) throw new Error('Modèle « Relance 1 » introuvable');
    const held = new Map(candidates.map((c) => [c.debtorId, c.heldItemIds] as const));
    const { letters } = await prepareBatch(debtorIds, template, today, commons, held);
    getDb().close();
    setDbForTests(null);
    const pool = new LetterPdfPool();
    try {
      const start = performance.now();
      const batch = await renderBatch(letters, { pool });
      return (performance.now() - start) / batch.pages;
    } finally {
      pool.terminate();
    }
  },

  /**
   * An unanswered call logged on a debtor, as a colleague's tab would: a fact the collection rules
   * read, so the next File d'actions evaluates that debtor's part of the ledger again instead of
   * reusing the state kept (data/repositories/summaryState).
   */
  async logCall(debtorId: string): Promise<void> {
    const db = getDb();
    await db.activities.add(benchCall(debtorId));
    db.close();
    setDbForTests(null);
  },

  /**
   * A CAMT.053 statement of `credits` credits paying the open invoices of the app's ledger (as
   * seeded), as base64 for the runner to hand to the page's file chooser.
   */
  async bankStatementBase64(credits: number): Promise<string> {
    const db = getDb();
    const [debtors, invoices] = await Promise.all([db.debtors.toArray(), db.invoices.toArray()]);
    db.close();
    setDbForTests(null);
    bankStatement = benchStatementXml(debtors, invoices, credits);
    return toBase64(new TextEncoder().encode(bankStatement));
  },

  /** ui.bank.20k's reference: parsing the same statement alone, on this page's thread. */
  bankParseMs(): number {
    if (!bankStatement) throw new Error('Relevé de mesure non préparé.');
    const start = performance.now();
    const parsed = parseStatementText('releve_mesure.xml', bankStatement);
    const ms = performance.now() - start;
    if (!parsed.ok) throw new Error(parsed.message);
    return ms;
  },

  /**
   * Forgets every statement imported (the credits and their batches, the imports), so that each
   * run of ui.bank.20k imports its statement into the same ledger as the first: a statement
   * imported twice changes nothing the second time.
   */
  async clearBankStatements(): Promise<void> {
    const db = getDb();
    await db.transaction('rw', [db.bankCredits, db.bankCreditBatches, db.bankImports], () =>
      Promise.all([db.bankCredits.clear(), db.bankCreditBatches.clear(), db.bankImports.clear()]),
    );
    db.close();
    setDbForTests(null);
  },

  /** The 100,000-row workbook of import.xlsx.100k, as base64 for the runner to hand to the page. */
  workbookBase64(): string {
    return toBase64(benchWorkbook());
  },

  /** The import's reference on this store: SheetJS read + sheet_to_json + raw bulkPut. */
  async rawImportMs(): Promise<number> {
    return (await rawImportBaseline()).ms;
  },

  /**
   * The backup's and the restore's reference on this store: a raw bulkPut (plain Dexie, none of
   * the app's middleware) of the rows the backup holds, every table of it (debtors, items,
   * snapshots, activities, letters with their PDFs…), into an empty database.
   */
  async rawBulkPutMs(): Promise<number> {
    backupRows ??= await (async () => {
      const db = getDb();
      const names = tableNamesAtVersion(CURRENT_SCHEMA_VERSION);
      const tables = await Promise.all(
        names.map(
          async (name): Promise<[string, unknown[]]> => [name, await db.table(name).toArray()],
        ),
      );
      db.close();
      setDbForTests(null);
      return { stores: storesAtVersion(CURRENT_SCHEMA_VERSION), tables };
    })();
    const { stores, tables } = backupRows;
    const raw = new Dexie(`recouvra-bench-raw-${crypto.randomUUID()}`);
    raw.version(1).stores(stores);
    await raw.open();
    try {
      return await timed(async () => {
        for (const [name, rows] of tables) {
          // Stored files in slices, as the restore writes them: Chromium fails a transaction
          // holding more than about 20,000 blobs (« Failed to write blobs »).
          const slice = name === BLOBS_TABLE ? BLOB_SLICE : rows.length;
          for (let at = 0; at < rows.length; at += slice) {
            await raw.table(name).bulkPut(rows.slice(at, at + slice));
          }
        }
      });
    } finally {
      await raw.delete();
    }
  },
};
