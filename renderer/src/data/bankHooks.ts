/** The bank statements page's live reads: credits by status, files imported, and labels. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { BankCreditRecord, BankImportRecord } from '../domain/bank';
import type { Debtor, Invoice } from '../domain/model';
import { getDb } from './db';
import { bankRepo } from './repositories/bank';
import { debtorNames } from './repositories/summaryDebtors';

export interface BankCredits {
  unmatched: BankCreditRecord[];
  matched: BankCreditRecord[];
  ignored: BankCreditRecord[];
}

/**
 * After a hold, what changed meanwhile is read this much later: once the job's answer is drawn
 * (reading 20,000 credits back competed with drawing them).
 */
const READ_AFTER_HOLD_MS = 1_000;

/**
 * The credits by status, read again whenever they change, except while `held`: during a
 * statement's import the worker stores the credits and then matches them, and reading and drawing
 * 20,000 credits meanwhile took the cores the matching needed. The last list read stays returned
 * (the job answers the list it stored), and the changes skipped are read once the hold has ended.
 */
export function useBankCredits(held = false): BankCredits | undefined {
  const last = useRef<BankCredits | undefined>(undefined);
  const holding = useRef(held);
  holding.current = held;
  const skipped = useRef(false);
  const [reads, setReads] = useState(0);
  const credits = useLiveQuery(async () => {
    if (holding.current && last.current) {
      skipped.current = true;
      return last.current;
    }
    const [unmatched, matched, ignored] = await Promise.all([
      bankRepo.credits('unmatched'),
      bankRepo.credits('matched'),
      bankRepo.credits('ignored'),
    ]);
    return { unmatched, matched, ignored };
  }, [reads]);
  last.current = credits;
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => {
      if (!skipped.current) return;
      skipped.current = false;
      setReads((n) => n + 1);
    }, READ_AFTER_HOLD_MS);
    return () => clearTimeout(timer);
  }, [held]);
  return credits;
}

export function useBankImports(): BankImportRecord[] | undefined {
  return useLiveQuery(() => bankRepo.imports(), []);
}

export interface LedgerLabels {
  debtors: Map<string, Debtor>;
  invoices: Map<string, Invoice>;
}

/** The debtors and invoices a list of matches names, read together. */
export function useLedgerLabels(
  debtorIds: readonly string[],
  invoiceIds: readonly string[],
): LedgerLabels | undefined {
  const key = `${debtorIds.join(',')}|${invoiceIds.join(',')}`;
  return useLiveQuery(async () => {
    const db = getDb();
    const [debtors, invoices] = await Promise.all([
      db.debtors.bulkGet([...debtorIds]),
      db.invoices.bulkGet([...invoiceIds]),
    ]);
    return {
      debtors: new Map(debtors.filter((d) => d !== undefined).map((d) => [d.id, d])),
      invoices: new Map(invoices.filter((i) => i !== undefined).map((i) => [i.id, i])),
    };
  }, [key]);
}

/** The debtor's open invoices, oldest due first (choosing or splitting a match by hand). */
export function useOpenInvoices(debtorId: string | null): Invoice[] | undefined {
  return useLiveQuery(async () => {
    if (!debtorId) return [];
    const rows = await getDb().invoices.where('debtorId').equals(debtorId).toArray();
    return rows
      .filter((i) => i.status === 'open' && i.kind === 'invoice' && i.openCents > 0)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  }, [debtorId]);
}

/** Every debtor as a choice (name and account number), by name. */
export function useDebtorChoices(): { value: string; label: string }[] | undefined {
  return useLiveQuery(async () => {
    const debtors = await debtorNames();
    return debtors.map((d) => ({ value: d.id, label: `${d.name} (${d.accountNo})` }));
  }, []);
}
