/**
 * The case of ui.dossier.300p (tests/bench/userPath): a debtor of the seeded ledger with a dozen
 * overdue invoices, the benchmark's 50 pieces of 300 pages (dossierPieces.ts) attached as a user
 * attaches them, and a case opened for an injonction de payer with its court confirmed, so that
 * the case page offers « Exporter le dossier PDF » at once. The pieces go through the same
 * repositories as the app's attach dialog: the export reads them back from IndexedDB.
 */
import { getDb, setDbForTests } from '../data/db';
import { casesRepo } from '../data/repositories/cases';
import { documentsRepo } from '../data/repositories/documents';
import { dossiersRepo } from '../data/repositories/dossiers';
import { courtNameFor, courtsFor, departementOfPostalCode } from '../domain/courts';
import { todayIso } from '../domain/dates';
import { courtKindFor } from '../domain/dossier';
import { sumCents } from '../domain/money';
import { dossierExporter } from '../workers/dossier/client';
import { benchDossier } from './dossierPieces';

/** Seeds the case of `debtorId` (its invoices); returns its id. Run while no app tab is open. */
export async function seedDossierCase(debtorId: string): Promise<string> {
  const { plan, files } = await benchDossier();
  const db = getDb();
  try {
    const debtor = await db.debtors.get(debtorId);
    if (!debtor) throw new Error('Débiteur de mesure introuvable');
    for (const [index, bytes] of files.entries()) {
      const piece = plan.pieces[index];
      if (!piece) throw new Error(`Pièce ${index + 1} absente du plan de mesure`);
      await documentsRepo.attach({
        debtorId,
        invoiceIds: [],
        kind: piece.kind,
        title: piece.title,
        ...(piece.date ? { date: piece.date } : {}),
        fileName: piece.fileName,
        mime: piece.mime,
        bytes,
      });
    }
    const invoices = await db.invoices.where('debtorId').equals(debtorId).toArray();
    const opened = await casesRepo.open({
      debtorId,
      invoiceIds: invoices.map((invoice) => invoice.id),
      step: 'injonction-de-payer',
      date: todayIso(),
    });
    const claim = sumCents(invoices.map((invoice) => invoice.openCents));
    const kind = courtKindFor('injonction-de-payer', debtor.isConsumer === true, claim);
    const departement = departementOfPostalCode(debtor.postalCode, debtor.country);
    const court = courtsFor(kind, departement)[0];
    if (!court) throw new Error(`Aucune juridiction « ${kind} » pour le ${departement}`);
    await dossiersRepo.confirmCourt(opened, {
      courtId: court.id,
      name: courtNameFor(court, kind),
      kind,
      departement,
    });
    return opened.id;
  } finally {
    db.close();
    setDbForTests(null);
  }
}

/**
 * The dossier worker alone on the same 50 pieces (dossier.assemble.300p's plan), in ms: what the
 * path through the app (reading the pieces from IndexedDB, saving, logging the export) adds to.
 */
export async function dossierEngineMs(): Promise<number> {
  const { plan, files } = await benchDossier();
  const own = files.map((file) => file.slice());
  const start = performance.now();
  await dossierExporter().pdf(plan, own, { transferFiles: true });
  return performance.now() - start;
}
