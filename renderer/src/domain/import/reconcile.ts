/**
 * Reconciliation of what will be imported against the file's own « Total général », and the
 * file-level errors that forbid importing at all (no header, missing column, no as-of date).
 */
import type { Cents } from '../model';
import { addCents, subtractCents, ZERO_CENTS } from '../money';
import type { ImportIssue, ParsedBalance } from './types';

export interface Reconciliation {
  /** Sum of the open amounts of the items that will be imported. */
  importedCents: Cents;
  /** The file's own total, when it has a total row. */
  fileTotalCents?: Cents;
  /** importedCents - fileTotalCents; 0 when they agree to the cent. */
  differenceCents?: Cents;
}

export function reconcile(balance: ParsedBalance): Reconciliation {
  let importedCents = ZERO_CENTS;
  for (const item of balance.items) importedCents = addCents(importedCents, item.openCents);
  if (balance.fileTotalCents === undefined) return { importedCents };
  return {
    importedCents,
    fileTotalCents: balance.fileTotalCents,
    differenceCents: subtractCents(importedCents, balance.fileTotalCents),
  };
}

/** Errors about the whole file: while there is one, nothing can be imported. */
export function blockingIssues(balance: ParsedBalance): ImportIssue[] {
  return balance.issues.filter((issue) => issue.severity === 'error' && issue.row === undefined);
}
