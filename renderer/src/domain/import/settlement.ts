/**
 * What is already settled in a file and must not become an open item: a row whose status says
 * paid (« payée », « soldée », « paid »), and ledger lines carrying a lettrage code.
 *
 * Lettrage (French ledgers: Sage, Cegid, EBP…): lines matched together carry the same code.
 * An upper-case code (« AB ») is a complete lettrage: the lines cancel out, all are settled. A
 * lower-case code (« ab ») or one marked with `*` is partial: the invoice is only partly paid
 * by the payments carrying the same code, and what is left stays open. Unlettered lines are open.
 */
import type { Cents } from '../model';
import { addCents, minCents, negateCents, subtractCents, ZERO_CENTS } from '../money';
import { normalizeLabel } from './normalize';
import type { ParsedItem } from './types';

/** Statuses that mean nothing is left to pay (normalised). « Partiellement payée » is not one. */
const PAID_STATUSES = new Set([
  'payee',
  'paye',
  'payees',
  'payes',
  'reglee',
  'regle',
  'reglees',
  'soldee',
  'solde',
  'soldees',
  'lettree',
  'lettre',
  'close',
  'closed',
  'clos',
  'paid',
  'fully paid',
  'settled',
  'bezahlt',
  'ausgeglichen',
  'totalement payee',
  'entierement payee',
  'entierement reglee',
]);

/** Statuses repeat on every row: each distinct text is normalised once. */
const statusCache = new Map<string, boolean>();

export function isPaidStatus(status: string): boolean {
  if (status === '') return false;
  const cached = statusCache.get(status);
  if (cached !== undefined) return cached;
  const paid = PAID_STATUSES.has(normalizeLabel(status));
  if (statusCache.size < 1_000) statusCache.set(status, paid);
  return paid;
}

/** A partial lettrage code: lower-case letters only (« ab »), or marked with `*` (« AB* »). */
export function isPartialLettering(code: string): boolean {
  if (code.includes('*')) return true;
  return /\p{Ll}/u.test(code) && !/\p{Lu}/u.test(code);
}

/** The lettrage group a code belongs to (« ab », « AB* » and « *AB » name the same letters). */
function groupCode(code: string): string {
  return code.replace(/\*/g, '').trim().toUpperCase();
}

export interface PartialLetteringResult {
  /** The items, in file order, with partly lettered ones reduced to what is left. */
  items: ParsedItem[];
  /** Excel rows of partial-group lines nothing is left on (invoices covered, payments used). */
  settledRows: number[];
}

/**
 * Nets each partial lettrage group of a debtor: the payments of the group pay its invoices,
 * oldest due date first; an invoice still owed keeps its amount and what is left open, the
 * payments used up disappear. A group paid beyond its invoices keeps the surplus as a credit.
 */
export function settlePartialLettering(
  items: readonly ParsedItem[],
  codes: ReadonlyMap<ParsedItem, string>,
): PartialLetteringResult {
  if (codes.size === 0) return { items: [...items], settledRows: [] };
  const groups = new Map<string, ParsedItem[]>();
  for (const [item, code] of codes) {
    const key = `${item.accountNo}\u0000${groupCode(code)}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const settled = new Set<ParsedItem>();
  const reduced = new Map<ParsedItem, Cents>();
  for (const group of groups.values()) {
    const byAge = [...group].sort(
      (a, b) => a.dueDate.localeCompare(b.dueDate) || a.sourceRow - b.sourceRow,
    );
    const debits = byAge.filter((item) => item.openCents > 0);
    const credits = byAge.filter((item) => item.openCents <= 0);
    let net = ZERO_CENTS;
    for (const item of group) net = addCents(net, item.openCents);
    // The side that is used up entirely is settled; the other side keeps `net`, oldest first.
    const [kept, usedUp] = net > 0 ? [debits, credits] : [credits, debits];
    for (const item of usedUp) settled.add(item);
    let left = net > 0 ? net : negateCents(net);
    // What is left belongs to the most recent lines: the oldest are paid first.
    for (const item of [...kept].reverse()) {
      const size = item.openCents < 0 ? negateCents(item.openCents) : item.openCents;
      const keep = minCents(size, left);
      left = subtractCents(left, keep);
      if (keep === ZERO_CENTS) settled.add(item);
      else reduced.set(item, item.openCents < 0 ? negateCents(keep) : keep);
    }
  }
  const out: ParsedItem[] = [];
  for (const item of items) {
    if (settled.has(item)) continue;
    const open = reduced.get(item);
    out.push(open === undefined ? item : { ...item, openCents: open });
  }
  return { items: out, settledRows: [...settled].map((item) => item.sourceRow) };
}
