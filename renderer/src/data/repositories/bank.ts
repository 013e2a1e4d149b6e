/**
 * Bank statements in the ledger: importing a statement file (its credits stored once, whatever
 * how often the file is imported), confirming a match (dated payments, balances lowered, the
 * promises it covers settled), ignoring a credit, undoing a match, and the rows an accountant
 * needs for lettrage in the ERP.
 */

import {
  type BankCreditBatch,
  type BankCreditRecord,
  type BankImportRecord,
  bankCreditId,
  batchCredits,
  type MatchDebtor,
  type MatchReason,
  type OpenItem,
  type ParsedStatementFile,
  unmatchedCredits,
  waitingCredit,
} from '../../domain/bank';
import { compareDates, formatDateFr } from '../../domain/dates';
import { itemNumbers } from '../../domain/itemList';
import type { Cents, Invoice } from '../../domain/model';
import { addCents, formatEuros, subtractCents, sumCents, ZERO_CENTS } from '../../domain/money';
import { entriesOf } from '../../domain/queueSummary';
import { decodeOpenItems } from '../../domain/summaryItems';
import { clock } from '../clock';
import { getDb, newId, type RecouvraDb } from '../db';
import { recordChange } from './activities';
import { signature } from './collectionSettings';
import { settlePromises } from './promiseChecks';

export interface StatementImportResult {
  importId: string | null;
  added: number;
  duplicates: number;
  debits: number;
  /** Accounts whose opening balance does not follow the last statement imported (French). */
  warnings: string[];
}

/** What matching reads of the ledger besides the credits. */
export interface MatchLedger {
  items: OpenItem[];
  debtors: MatchDebtor[];
}

export interface MatchDecision {
  creditId: string;
  /** The credit's batch, when the caller has it (found by reading every batch otherwise). */
  batchId?: string;
  debtorId: string;
  allocations: { invoiceId: string; cents: Cents }[];
  reasons: MatchReason[];
}

/** Sentences of refusal are French: the user reads them in the review list. */
export class BankMatchError extends Error {}

function continuityWarnings(
  file: ParsedStatementFile,
  previous: readonly BankImportRecord[],
): string[] {
  const warnings: string[] = [];
  for (const statement of file.statements) {
    const { opening } = statement;
    if (!opening) continue;
    const last = previous
      .flatMap((record) => record.accounts)
      .filter(
        (a) => a.accountId === statement.accountId && a.closing && a.closing.date < opening.date,
      )
      .sort((a, b) => (a.closing?.date ?? '').localeCompare(b.closing?.date ?? ''))
      .at(-1)?.closing;
    if (last && last.cents !== opening.cents) {
      warnings.push(
        `Compte ${statement.accountId} : le solde initial du ${formatDateFr(opening.date)} (${formatEuros(opening.cents)}) ne suit pas le dernier relevé importé (${formatEuros(last.cents)} au ${formatDateFr(last.date)}) : un relevé manque peut-être.`,
      );
    }
  }
  return warnings;
}

export const bankRepo = {
  /**
   * Stores the file's new credits in one transaction; credits already stored are left alone.
   * Also answers the credits waiting to be matched once it is done (the match job's first read),
   * read in the same transaction.
   */
  async importStatement(
    file: ParsedStatementFile,
    sha256: string,
  ): Promise<{ result: StatementImportResult; waiting: BankCreditRecord[] }> {
    const by = await signature();
    const at = clock.nowIso();
    const db = getDb();
    return db.transaction(
      'rw',
      [db.bankCredits, db.bankCreditBatches, db.bankImports, db.audit],
      async () => {
        const credits = file.statements.flatMap((s) => s.credits);
        const stored = await storedCredits(db);
        const existing = new Set(credits.map(bankCreditId).filter(stored.isStored));
        const debits = file.statements.reduce((n, s) => n + s.debitCount, 0);
        const warnings = continuityWarnings(file, await db.bankImports.toArray());
        const fresh = credits.filter((c) => !existing.has(bankCreditId(c)));
        if (fresh.length === 0) {
          return {
            result: { importId: null, added: 0, duplicates: credits.length, debits, warnings },
            waiting: stored.waiting([]).sort(inListOrder),
          };
        }
        const importId = newId();
        const batches = batchCredits(importId, fresh);
        await db.bankCreditBatches.bulkAdd(batches);
        await db.bankImports.add({
          id: importId,
          fileName: file.fileName,
          sha256,
          format: file.format,
          importedAt: at,
          by,
          accounts: file.statements.map((s) => ({
            accountId: s.accountId,
            ...(s.closing ? { closing: s.closing } : {}),
          })),
          counts: { credits: fresh.length, duplicates: existing.size, debits },
        });
        await db.audit.add({
          id: newId(),
          at,
          by,
          action: 'bank.import',
          entity: 'bankImports',
          entityId: importId,
          details: `« ${file.fileName} » : ${fresh.length} crédits, ${existing.size} déjà importés`,
        });
        return {
          result: { importId, added: fresh.length, duplicates: existing.size, debits, warnings },
          // In the list's order: read again, the same credits come in the same order, and the
          // page keeps the list it drew.
          waiting: stored.waiting(batches).sort(inListOrder),
        };
      },
    );
  },

  /**
   * What matching reads: credits to match, open invoices, debtors with their learned IBANs.
   * `timings` (benchmarks) receives when each read was done, in ms from the start.
   */
  async matchSources(
    timings?: Record<string, number>,
  ): Promise<MatchLedger & { credits: BankCreditRecord[] }> {
    const start = performance.now();
    const [credits, ledger] = await Promise.all([
      bankRepo.credits('unmatched').then((rows) => {
        if (timings) timings.credits = performance.now() - start;
        return rows;
      }),
      bankRepo.matchLedger(timings),
    ]);
    return { credits, ...ledger };
  },

  /**
   * The open invoices and the debtors matching reads, from the queue summary (a few records, kept
   * in the same transaction as every write), not from 100,000 invoice rows. `db`: another ledger
   * than the connection's, read by a worker before its job (workers/bank/preparedLedger.ts).
   */
  async matchLedger(timings?: Record<string, number>, db = getDb()): Promise<MatchLedger> {
    const start = performance.now();
    const buckets = await db.queueSummaries.toArray();
    if (timings) timings.summary = performance.now() - start;
    const items: OpenItem[] = [];
    const debtors: MatchDebtor[] = [];
    for (const entry of entriesOf(buckets)) {
      if (entry.debtor) {
        debtors.push({
          id: entry.debtorId,
          name: entry.debtor.name,
          accountNo: entry.debtor.accountNo,
          ibans: entry.debtor.payerIbans ?? [],
        });
      }
      for (const item of decodeOpenItems(entry.debtorId, entry.items)) {
        if (item.kind === 'invoice' && item.status === 'open' && item.openCents > 0) {
          items.push(item);
        }
      }
    }
    if (timings) timings.rows = performance.now() - start;
    return { items, debtors };
  },

  async imports(): Promise<BankImportRecord[]> {
    return (await getDb().bankImports.toArray()).sort((a, b) =>
      b.importedAt.localeCompare(a.importedAt),
    );
  },

  async credits(status: BankCreditRecord['status']): Promise<BankCreditRecord[]> {
    const db = getDb();
    const rows =
      status === 'unmatched'
        ? await db.transaction('r', [db.bankCredits, db.bankCreditBatches], () =>
            waitingCreditsBatchByBatch(db),
          )
        : await db.bankCredits.where('status').equals(status).toArray();
    return rows.sort(inListOrder);
  },

  /** Applies confirmed matches, each in its own transaction, then settles the promises. */
  async confirm(
    decisions: readonly MatchDecision[],
  ): Promise<{ confirmed: number; errors: string[] }> {
    const errors: string[] = [];
    let confirmed = 0;
    const batchOf = await batchLocator(decisions);
    for (const decision of decisions) {
      try {
        await confirmOne({
          ...decision,
          batchId: decision.batchId ?? batchOf.get(decision.creditId),
        });
        confirmed += 1;
      } catch (error) {
        if (!(error instanceof BankMatchError)) throw error;
        errors.push(error.message);
      }
    }
    if (confirmed > 0) await settlePromises(clock.today());
    return { confirmed, errors };
  },

  async setIgnored(
    credit: Pick<BankCreditRecord, 'id' | 'batchId'>,
    ignored: boolean,
  ): Promise<void> {
    const db = getDb();
    await db.transaction('rw', [db.bankCredits, db.bankCreditBatches], async () => {
      const current = await findCredit(db, credit.id, credit.batchId);
      if (!current || current.status === 'matched') return;
      await db.bankCredits.put({ ...current, status: ignored ? 'ignored' : 'unmatched' });
    });
  },

  /** Removes the payments of a confirmed match and puts the balances back. */
  async undo(creditId: string): Promise<void> {
    const by = await signature();
    const at = clock.nowIso();
    const db = getDb();
    await db.transaction(
      'rw',
      [db.bankCredits, db.payments, db.invoices, db.activities, db.audit],
      async () => {
        const credit = await db.bankCredits.get(creditId);
        if (credit?.status !== 'matched' || !credit.debtorId) return;
        const payments = await db.payments.where('bankCreditId').equals(creditId).toArray();
        const invoices = await db.invoices.bulkGet(payments.map((p) => p.invoiceId));
        for (const [n, payment] of payments.entries()) {
          const invoice = invoices[n];
          if (!invoice) continue;
          await db.invoices.update(invoice.id, {
            openCents: addCents(invoice.openCents, payment.cents),
            status: invoice.status === 'paid' ? 'open' : invoice.status,
          });
        }
        await db.payments.bulkDelete(payments.map((p) => p.id));
        const {
          debtorId: _d,
          allocations: _a,
          reasons: _r,
          matchedAt: _m,
          matchedBy: _b,
          ...rest
        } = credit;
        await db.bankCredits.put({ ...rest, status: 'unmatched' });
        await recordChange(
          db,
          {
            debtorId: credit.debtorId,
            type: 'payment',
            text: `Rapprochement annulé : virement du ${formatDateFr(credit.bookingDate)} de ${formatEuros(credit.amountCents)} (réf. ${credit.bankReference}) remis à rapprocher`,
            invoiceIds: payments.map((p) => p.invoiceId),
          },
          { action: 'bank.unmatch', entity: 'bankCredits', entityId: creditId },
          by,
          at,
        );
      },
    );
  },
};

async function confirmOne(decision: MatchDecision): Promise<void> {
  const by = await signature();
  const at = clock.nowIso();
  const db = getDb();
  await db.transaction(
    'rw',
    [
      db.bankCredits,
      db.bankCreditBatches,
      db.payments,
      db.invoices,
      db.debtors,
      db.activities,
      db.audit,
    ],
    async () => {
      const credit = await findCredit(db, decision.creditId, decision.batchId);
      if (!credit) throw new BankMatchError('Ce virement n’existe plus dans le registre.');
      if (credit.status !== 'unmatched') {
        throw new BankMatchError(
          `Le virement du ${formatDateFr(credit.bookingDate)} de ${formatEuros(credit.amountCents)} a déjà été traité.`,
        );
      }
      const allocated = sumCents(decision.allocations.map((a) => a.cents));
      if (allocated <= 0 || allocated > credit.amountCents) {
        throw new BankMatchError(
          `Le virement de ${formatEuros(credit.amountCents)} ne peut pas régler ${formatEuros(allocated)}.`,
        );
      }
      const invoices = await db.invoices.bulkGet(decision.allocations.map((a) => a.invoiceId));
      const applied = decision.allocations.map((allocation, n) => {
        const invoice = invoices[n];
        if (
          !invoice ||
          invoice.debtorId !== decision.debtorId ||
          invoice.openCents < allocation.cents
        ) {
          throw new BankMatchError(
            `La pièce ${invoice?.number ?? allocation.invoiceId} n’a plus ${formatEuros(allocation.cents)} ouverts : rapprochez à nouveau ce virement.`,
          );
        }
        return {
          invoice,
          cents: allocation.cents,
          left: subtractCents(invoice.openCents, allocation.cents),
        };
      });
      await db.payments.bulkAdd(
        applied.map(({ invoice, cents }) => ({
          id: newId(),
          debtorId: decision.debtorId,
          invoiceId: invoice.id,
          date: credit.bookingDate,
          cents,
          source: 'bank' as const,
          reference: credit.bankReference,
          bankCreditId: credit.id,
          recordedAt: at,
        })),
      );
      for (const { invoice, left } of applied) {
        await db.invoices.update(
          invoice.id,
          left === 0 ? { openCents: ZERO_CENTS, status: 'paid' as const } : { openCents: left },
        );
      }
      await db.bankCredits.put({
        ...credit,
        status: 'matched',
        debtorId: decision.debtorId,
        allocations: decision.allocations,
        reasons: decision.reasons,
        matchedAt: at,
        matchedBy: by,
      });
      await learnIban(decision.debtorId, credit.payerIban);
      await recordChange(
        db,
        {
          debtorId: decision.debtorId,
          type: 'payment',
          text: paymentText(credit, applied, allocated),
          amountCents: allocated,
          invoiceIds: applied.map(({ invoice }) => invoice.id),
          details: {
            kind: 'payment-entry',
            date: credit.bookingDate,
            receivedCents: allocated,
            reference: credit.bankReference,
          },
        },
        { action: 'bank.match', entity: 'bankCredits', entityId: credit.id },
        by,
        at,
      );
    },
  );
}

/**
 * The credits waiting to be matched, as the page's list reads them: one request per batch, and
 * each batch's credits made records in the task its answer arrives in. Read in one request, a
 * statement of 20,000 credits held the page for 70 to 120 ms; read per batch but made records
 * all at once, 80 ms of records and 100 ms of garbage collection in one task.
 */
async function waitingCreditsBatchByBatch(db: RecouvraDb): Promise<BankCreditRecord[]> {
  const [keys, unmatched, batchKeys] = await Promise.all([
    db.bankCredits.toCollection().primaryKeys(),
    db.bankCredits.where('status').equals('unmatched').toArray(),
    db.bankCreditBatches.toCollection().primaryKeys(),
  ]);
  const recorded = new Set(keys);
  // Read in the caller's transaction: every key read is still there.
  const perBatch = await Promise.all(
    batchKeys.map((key) =>
      db.bankCreditBatches
        .get(key)
        .then((batch) => (batch ? unmatchedCredits([batch], recorded, []) : [])),
    ),
  );
  return unmatched.concat(...perBatch);
}

/**
 * The credits the ledger holds (inside a transaction over both tables): whether an id is stored
 * already (what a new statement must not repeat), and those waiting to be matched once `added`
 * batches are stored too.
 */
/**
 * The order the page lists credits in: by booking date, then id. By code unit, not
 * localeCompare: ISO dates and ids sort the same, and collating 20,000 credits' keys took tens
 * of milliseconds of the list's read.
 */
function inListOrder(a: BankCreditRecord, b: BankCreditRecord): number {
  return compareDates(a.bookingDate, b.bookingDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

async function storedCredits(db: RecouvraDb): Promise<{
  isStored: (id: string) => boolean;
  waiting: (added: readonly BankCreditBatch[]) => BankCreditRecord[];
}> {
  const [keys, unmatched, batches] = await Promise.all([
    db.bankCredits.toCollection().primaryKeys(),
    db.bankCredits.where('status').equals('unmatched').toArray(),
    db.bankCreditBatches.toArray(),
  ]);
  const recorded = new Set(keys);
  const inBatches = new Set(batches.flatMap((batch) => batch.credits.map((c) => c.id)));
  return {
    isStored: (id) => recorded.has(id) || inBatches.has(id),
    waiting: (added) => unmatchedCredits([...batches, ...added], recorded, unmatched),
  };
}

/**
 * A credit as it stands: its record, or else its batch's facts (waiting to be matched). Callers
 * name the batch of a credit read from one (the list's records carry it; `confirm` locates it).
 */
async function findCredit(
  db: RecouvraDb,
  creditId: string,
  batchId: string | undefined,
): Promise<BankCreditRecord | undefined> {
  const record = await db.bankCredits.get(creditId);
  if (record || !batchId) return record;
  const batch = await db.bankCreditBatches.get(batchId);
  const credit = batch?.credits.find((c) => c.id === creditId);
  return batch && credit ? waitingCredit(batch, credit) : undefined;
}

/** Credit id -> batch id for the decisions that do not name their batch (read once). */
async function batchLocator(decisions: readonly MatchDecision[]): Promise<Map<string, string>> {
  const located = new Map<string, string>();
  if (decisions.every((d) => d.batchId)) return located;
  for (const batch of await getDb().bankCreditBatches.toArray()) {
    for (const credit of batch.credits) located.set(credit.id, batch.id);
  }
  return located;
}

async function learnIban(debtorId: string, iban: string | undefined): Promise<void> {
  if (!iban) return;
  const db = getDb();
  const debtor = await db.debtors.get(debtorId);
  if (!debtor || debtor.payerIbans?.includes(iban)) return;
  await db.debtors.update(debtorId, { payerIbans: [...(debtor.payerIbans ?? []), iban] });
}

function paymentText(
  credit: BankCreditRecord,
  applied: readonly { invoice: Invoice; left: Cents }[],
  allocated: Cents,
): string {
  const detail = itemNumbers(
    applied.map(({ invoice, left }) =>
      left === 0 ? `${invoice.number} soldée` : `${invoice.number} : reste ${formatEuros(left)}`,
    ),
  );
  const rest =
    allocated < credit.amountCents
      ? ` ; ${formatEuros(subtractCents(credit.amountCents, allocated))} non affectés`
      : '';
  return `Virement reçu le ${formatDateFr(credit.bookingDate)} : ${formatEuros(allocated)} (réf. ${credit.bankReference}${credit.payerName ? `, ${credit.payerName}` : ''}) — ${detail}${rest}`;
}
