/**
 * Loads the demo portfolio into an empty ledger, in one transaction: either every debtor, item,
 * promise, the import record and the audit entry land, or nothing does. Loading into a ledger
 * that already holds data is refused, so demo rows can never mix with a user's real customers.
 */
import { getDb, newId } from '../data/db';
import { auditRepo } from '../data/repositories/audit';
import { debtorsRepo } from '../data/repositories/debtors';
import { invoicesRepo } from '../data/repositories/invoices';
import { todayIso } from '../domain/dates';
import type { ImportRecord, IsoDate } from '../domain/model';
import { DEMO_DEFAULTS, type DemoPortfolioOptions, generateDemoPortfolio } from './generator';

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
  invoices: number;
  promises: number;
}

/** Hex SHA-256 of the load parameters: the imports table expects a fingerprint per import. */
async function fingerprint(options: DemoPortfolioOptions): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(options));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function loadDemoData(
  options: Partial<DemoPortfolioOptions> = {},
): Promise<DemoLoadResult> {
  const settings: DemoPortfolioOptions = { ...DEMO_DEFAULTS, asOfDate: todayIso(), ...options };
  const portfolio = generateDemoPortfolio(settings);
  const importId = newId();
  const record: ImportRecord = {
    id: importId,
    fileName: DEMO_IMPORT_FILE_NAME,
    // Computed before the transaction: awaiting non-IndexedDB work inside it would commit it.
    sha256: await fingerprint(settings),
    asOfDate: settings.asOfDate,
    importedAt: new Date().toISOString(),
    mapping: {},
    counts: {
      rows: portfolio.invoices.length,
      debtors: portfolio.debtors.length,
      items: portfolio.invoices.length,
    },
    diff: {
      newItems: portfolio.invoices.length,
      changedItems: 0,
      closedItems: 0,
      unchangedItems: 0,
    },
    // Undoing is clearing the ledger, which has its own, explicit command.
    undoable: false,
  };
  const invoices = portfolio.invoices.map((item) => ({
    ...item,
    firstSeenImportId: importId,
    lastImportId: importId,
  }));

  const db = getDb();
  await db.transaction(
    'rw',
    [db.debtors, db.invoices, db.promises, db.imports, db.audit],
    async () => {
      // Checked inside the transaction so that nothing can be written between check and load.
      if ((await db.debtors.count()) > 0) throw new LedgerNotEmptyError();
      await db.imports.add(record);
      await debtorsRepo.bulkPut(portfolio.debtors);
      await invoicesRepo.bulkPut(invoices);
      await db.promises.bulkPut(portfolio.promises);
      await auditRepo.log({
        by: 'utilisateur',
        action: 'demo.load',
        entity: 'imports',
        entityId: importId,
        details:
          `${portfolio.debtors.length} débiteurs, ${invoices.length} pièces, ` +
          `${portfolio.promises.length} promesses (graine ${settings.seed})`,
      });
    },
  );

  return {
    importId,
    asOfDate: settings.asOfDate,
    debtors: portfolio.debtors.length,
    invoices: invoices.length,
    promises: portfolio.promises.length,
  };
}
