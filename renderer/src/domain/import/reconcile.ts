/**
 * Reconciliation of what will be imported against the file's own « Total général », and the
 * file-level errors that forbid importing at all (no header, missing column, no as-of date).
 */
import type { Cents } from '../model';
import { addCents, formatEuros, subtractCents, ZERO_CENTS } from '../money';
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

/** What an import keeps of its reconciliation: the file's total and, when they differ, why. */
export interface ConfirmedGap {
  fileTotalCents?: Cents;
  gapCents?: Cents;
  gapReason?: string;
}

/**
 * The reconciliation an import record keeps. A gap with the file's total needs the user's
 * written reason: without one the import is refused with a French sentence, never written.
 */
export function confirmGap(
  items: readonly { openCents: Cents }[],
  fileTotalCents: Cents | undefined,
  reason: string | undefined,
): { ok: true; kept: ConfirmedGap } | { ok: false; message: string } {
  if (fileTotalCents === undefined) return { ok: true, kept: {} };
  let imported = ZERO_CENTS;
  for (const item of items) imported = addCents(imported, item.openCents);
  const gapCents = subtractCents(imported, fileTotalCents);
  if (gapCents === 0) return { ok: true, kept: { fileTotalCents } };
  const written = reason?.trim() ?? '';
  if (written === '') {
    return {
      ok: false,
      message: `Le total importé diffère du total du fichier de ${formatEuros(gapCents)} : indiquez pourquoi vous importez malgré cet écart.`,
    };
  }
  return { ok: true, kept: { fileTotalCents, gapCents, gapReason: written } };
}
