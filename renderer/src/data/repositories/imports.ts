import { EUR, formatMoney, formatRateText } from '../../domain/currency';
import { applyEurRates, currencyGaps } from '../../domain/import/currencyTotals';
import { type ImportPlan, planImport } from '../../domain/import/plan';
import { confirmGap } from '../../domain/import/reconcile';
import type {
  ColumnMapping,
  HeaderRange,
  ParsedDebtor,
  ParsedItem,
} from '../../domain/import/types';
import type {
  AuditEntry,
  Cents,
  ImportCurrencyTotal,
  ImportJournal,
  ImportRecord,
  IsoDate,
} from '../../domain/model';
import { formatEuros, ZERO_CENTS } from '../../domain/money';
import { clock } from '../clock';
import { getDb, newId, type RecouvraDb } from '../db';
import { rowsByKey, tellRowsBefore } from '../rowsBefore';
import { type IssuedBulk, tagTransaction, whenBulkIssued } from '../sync/outboxMiddleware';
import { importTxTag } from '../sync/outboxTypes';
import { portfolioSettingsRepo } from './portfolioSettings';
import { settlePromises } from './promiseChecks';
import { snapshotsOfImport } from './snapshots';

/** The audit entry of an undone import, whether the workstation or the server undid it. */
export function importUndoAuditEntry(record: ImportRecord, by: string): AuditEntry {
  return {
    id: newId(),
    at: clock.nowIso(),
    by,
    action: 'import-undo',
    entity: 'imports',
    entityId: record.id,
    details: `Annulation de l’import ${record.fileName} du ${record.asOfDate}`,
  };
}

export interface CommitImportRequest {
  fileName: string;
  sha256: string;
  asOfDate: IsoDate;
  partialFile: boolean;
  mapping: ColumnMapping;
  /** Header lines the mapping was read on, remembered with it. */
  header?: HeaderRange | null;
  headerSignature: string;
  layout: 'open-items' | 'buckets';
  sheetName: string;
  dataRowCount: number;
  debtors: readonly ParsedDebtor[];
  items: readonly ParsedItem[];
  /** Who imported, for the audit log. */
  by: string;
  /** The file's own total row: a gap with the items needs `gapReason`, else nothing is written. */
  fileTotalCents?: Cents;
  /** Why the user imports despite a gap with the file's total, in their words. */
  gapReason?: string;
  /** The file's total rows per currency (a file mixing currencies). */
  fileTotalsByCurrency?: Record<string, Cents>;
  /** Rates entered for this import: currency -> euros for one unit, as typed. */
  eurRates?: Record<string, string>;
  /**
   * In team mode, the import's outbox entries once every write is issued, before the commit: the
   * sync engine sends them meanwhile (data/sync/earlyImports.ts).
   */
  onIssued?: (bulk: IssuedBulk) => void;
}

export interface CommitImportResult {
  record: ImportRecord;
  plan: ImportPlan;
}

/**
 * Invoices paid by bank statements after the latest balance's date: the new balance should show
 * them paid, and the diff says the bank settled them rather than reporting them newly paid.
 */
async function bankSettledSinceLastImport(db: RecouvraDb): Promise<Set<string>> {
  const latest = await db.imports.orderBy('asOfDate').last();
  const bankPayments = await db.payments.where('bankCreditId').above('').toArray();
  const fresh = bankPayments.filter((p) => !latest || p.date > latest.asOfDate);
  return new Set(fresh.map((p) => p.invoiceId));
}

type ImportCurrencies =
  | {
      ok: true;
      items: ParsedItem[];
      kept: Pick<ImportRecord, 'currencies' | 'eurRates' | 'gapReason'>;
      /** For the audit entry: each currency, its EUR equivalent and where it comes from. */
      note: string;
    }
  | { ok: false; message: string };

const EUR_SOURCE_TEXT: Record<ImportCurrencyTotal['eurSource'], string> = {
  eur: '',
  file: 'colonne de contre-valeur du fichier',
  rate: 'taux saisi',
  'file-and-rate': 'colonne de contre-valeur du fichier et taux saisi',
};

/**
 * The currencies of an import: each foreign item's EUR rate (the file's counter-value column, or
 * the rate entered), totals per currency kept with the import, and a gap between a currency and
 * its total row, which needs the user's written reason like any other gap.
 */
function importCurrencies(request: CommitImportRequest): ImportCurrencies {
  const applied = applyEurRates(request.items, request.fileTotalsByCurrency, request.eurRates);
  if (!applied.ok) return applied;
  const foreign = applied.summaries.some((s) => s.currency !== EUR);
  if (!foreign) return { ok: true, items: applied.items, kept: {}, note: '' };
  const gaps = currencyGaps(applied.summaries);
  const reason = request.gapReason?.trim() ?? '';
  if (gaps.length > 0 && reason === '') {
    const list = gaps
      .map((g) => `${g.currency} : ${formatMoney(g.differenceCents ?? ZERO_CENTS, g.currency)}`)
      .join(', ');
    return {
      ok: false,
      message: `Le total importé diffère de la ligne de total du fichier pour ${list} : indiquez pourquoi vous importez malgré cet écart.`,
    };
  }
  const totals: ImportCurrencyTotal[] = applied.summaries.map((s) => {
    const source: ImportCurrencyTotal['eurSource'] =
      s.currency === EUR
        ? 'eur'
        : s.needRateItems === 0
          ? 'file'
          : s.eurFromFileItems === 0
            ? 'rate'
            : 'file-and-rate';
    return {
      currency: s.currency,
      items: s.items,
      openCents: s.openCents,
      eurCents: s.eurCents ?? ZERO_CENTS,
      eurSource: source,
      ...(s.rateText ? { rateText: s.rateText } : {}),
      ...(s.fileTotalCents !== undefined ? { fileTotalCents: s.fileTotalCents } : {}),
      ...(s.differenceCents ? { gapCents: s.differenceCents } : {}),
    };
  });
  const kept: Pick<ImportRecord, 'currencies' | 'eurRates' | 'gapReason'> = { currencies: totals };
  if (Object.keys(applied.rates).length > 0) kept.eurRates = applied.rates;
  if (gaps.length > 0) kept.gapReason = reason;
  const parts = totals
    .filter((t) => t.currency !== EUR)
    .map((t) => {
      const rate = t.rateText ? ` ; 1 ${t.currency} = ${formatRateText(t.rateText)} EUR` : '';
      return `${t.items} en ${t.currency} : ${formatMoney(t.openCents, t.currency)} = ${formatMoney(t.eurCents)} (${EUR_SOURCE_TEXT[t.eurSource]}${rate})`;
    });
  return { ok: true, items: applied.items, kept, note: ` ; devises : ${parts.join(' ; ')}` };
}

export const importsRepo = {
  list: () => getDb().imports.orderBy('importedAt').reverse().toArray(),
  latest: () => getDb().imports.orderBy('importedAt').last(),
  get: (importId: string) => getDb().imports.get(importId),
  journal: (importId: string) => getDb().importJournals.get(importId),
  findBySha256: (sha256: string) => getDb().imports.where('sha256').equals(sha256).first(),

  /**
   * Writes an import in ONE transaction: debtors, items, closures, snapshots, the import record,
   * its undo journal, the remembered mapping and the audit entry. Any failure (quota, bug) rolls
   * everything back: the ledger is never half-written.
   */
  async commit(request: CommitImportRequest): Promise<CommitImportResult> {
    const gap = confirmGap(request.items, request.fileTotalCents, request.gapReason);
    if (!gap.ok) throw new Error(gap.message);
    // Every foreign item gets its EUR rate, or nothing is written (a French sentence says why).
    const currencies = importCurrencies(request);
    if (!currencies.ok) throw new Error(currencies.message);
    const items = currencies.items;
    const db = getDb();
    const importId = newId();
    // Snapshots feed the trend charts: they are cut at the user's bucket boundaries.
    const { boundaries } = await portfolioSettingsRepo.aging();
    const result = await db.transaction(
      'rw',
      [
        db.debtors,
        db.invoices,
        db.payments,
        db.imports,
        db.snapshots,
        db.importJournals,
        db.mappings,
        db.audit,
      ],
      async (tx) => {
        // In team mode the whole import is one bulk the server knows by the ledger's import id.
        tagTransaction(tx.idbtrans, importTxTag(importId));
        const importedAt = clock.nowIso();
        const [existingDebtors, existingInvoices, settledByBankIds] = await Promise.all([
          db.debtors.toArray(),
          db.invoices.toArray(),
          bankSettledSinceLastImport(db),
        ]);
        // The aggregates and the outbox need each replaced row: these are all of them.
        tellRowsBefore(tx.idbtrans, 'debtors', rowsByKey(existingDebtors, 'id'), true);
        tellRowsBefore(tx.idbtrans, 'invoices', rowsByKey(existingInvoices, 'id'), true);
        const plan = planImport({
          importId,
          asOfDate: request.asOfDate,
          partialFile: request.partialFile,
          debtors: request.debtors,
          items,
          existingDebtors,
          existingInvoices,
          newId,
          importedAt,
          boundaries,
          settledByBankIds,
        });
        // Only the latest import can be undone: the one before it stops being undoable.
        const previous = await db.imports.filter((r) => r.undoable).first();
        if (previous) await db.imports.update(previous.id, { undoable: false });
        const record: ImportRecord = {
          id: importId,
          fileName: request.fileName,
          sha256: request.sha256,
          asOfDate: request.asOfDate,
          importedAt,
          mapping: request.mapping,
          counts: {
            rows: request.dataRowCount,
            debtors: new Set(request.items.map((i) => i.accountNo)).size,
            items: request.items.length,
          },
          diff: plan.diff,
          undoable: true,
          ...gap.kept,
          ...currencies.kept,
        };
        const gapNote =
          gap.kept.gapCents === undefined
            ? ''
            : ` ; importé malgré un écart de ${formatEuros(gap.kept.gapCents)} avec le total du fichier, motif : « ${gap.kept.gapReason} »`;
        // Every write is queued at once: IndexedDB runs them in order within the transaction,
        // and awaiting each batch in turn would leave the database idle between round trips.
        const writes = Promise.all([
          db.debtors.bulkPut(plan.debtorsToPut),
          db.invoices.bulkPut(plan.invoicesToPut),
          db.payments.bulkAdd(plan.paymentsToAdd),
          db.snapshots.bulkPut(plan.snapshots),
          db.importJournals.put({ ...plan.journal, previousUndoableImportId: previous?.id }),
          db.imports.add(record),
          db.mappings.put({
            headerSignature: request.headerSignature,
            mapping: request.mapping,
            ...(request.header ? { header: request.header } : {}),
            layout: request.layout,
            sheetName: request.sheetName,
            savedAt: record.importedAt,
          }),
          db.audit.add({
            id: newId(),
            at: record.importedAt,
            by: request.by,
            action: 'import',
            entity: 'imports',
            entityId: importId,
            details: `${request.fileName} au ${request.asOfDate} : ${plan.diff.newItems} nouvelles pièces, ${plan.diff.changedItems} modifiées, ${plan.diff.closedItems} soldées${gapNote}${currencies.note}`,
          }),
        ]);
        // In team mode the entries go to the server while IndexedDB writes the rows. An import
        // whose entries cannot be handed over is sent from the outbox once committed, as before.
        if (request.onIssued) whenBulkIssued(tx.idbtrans, request.onIssued);
        await writes;
        return { record, plan };
      },
    );
    // The new ledger may show a promise kept or broken: settle at commit, not when a page opens.
    await settlePromises(clock.today());
    return result;
  },

  /** Restores the exact previous state of every row the latest import touched. */
  async undo(importId: string, by: string): Promise<void> {
    const db = getDb();
    await db.transaction(
      'rw',
      [db.debtors, db.invoices, db.payments, db.imports, db.snapshots, db.importJournals, db.audit],
      async () => {
        const record = await db.imports.get(importId);
        if (!record) throw new Error('Import introuvable.');
        if (!record.undoable) throw new Error('Seul le dernier import peut être annulé.');
        const journal: ImportJournal | undefined = await db.importJournals.get(importId);
        if (!journal)
          throw new Error('Le journal de cet import est introuvable : annulation impossible.');
        await db.invoices.bulkDelete(journal.createdInvoiceIds);
        await db.invoices.bulkPut(journal.invoicesBefore);
        await db.payments.bulkDelete(journal.createdPaymentIds ?? []);
        await db.debtors.bulkDelete(journal.createdDebtorIds);
        await db.debtors.bulkPut(journal.debtorsBefore);
        await snapshotsOfImport(importId).delete();
        await db.importJournals.delete(importId);
        // The record goes too: the ledger is as it was before; the audit log keeps the history.
        await db.imports.delete(importId);
        if (journal.previousUndoableImportId) {
          await db.imports.update(journal.previousUndoableImportId, { undoable: true });
        }
        await db.audit.add(importUndoAuditEntry(record, by));
      },
    );
  },

  /** Mappings the user confirmed, reused when the same export layout comes back. */
  savedMappings: () => getDb().mappings.toArray(),
};
