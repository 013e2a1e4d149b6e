/**
 * The queue summary: per debtor, what the File d'actions reads instead of the debtor's row and
 * its items — the debtor's facts the ladder and the rows use, and its open or disputed items
 * reduced to what the ladder, the promises and the prescription read (id, number, kind, status,
 * due date, open amount) as one string. Kept by the aggregates middleware (data/aggregates) in the
 * same transaction as every write of a debtor or an item, and rebuilt from the rows by
 * `summarizeLedger`.
 *
 * Why not the rows themselves: reading 10,000 debtors and 100,000 items out of IndexedDB takes
 * seconds, most of it per record and per field decoded. An entry is stored as an array (no
 * property names to decode) and the entries are stored many to a record (`SUMMARY_BUCKETS`
 * records in all): measured in Chromium, a few large records read several times faster than
 * hundreds of small ones, and objects slower than arrays.
 *
 * The items of an entry are sorted by due date then id: the order the ladder sorts them in (its
 * stable sort by due date over the ledger's order by id), so the oldest item it names is the
 * same whichever way the items were read. They are decoded only when asked for
 * (summaryItems.ts).
 */
import { currencyOf, EUR } from './currency';
import type {
  Contact,
  Debtor,
  DebtorStatus,
  Invoice,
  InvoiceKind,
  InvoiceStatus,
  LadderOverrides,
} from './model';

/** Which channels can reach the debtor (`contactFailure` reads it). */
export interface Reach {
  phone: boolean;
  email: boolean;
  /** A postal address complete enough for a letter. */
  postal: boolean;
}

export function reachOf(
  debtor: Pick<Debtor, 'addressLines' | 'postalCode' | 'city'> & { contacts: readonly Contact[] },
): Reach {
  return {
    phone: debtor.contacts.some((c) => !!c.phone?.trim()),
    email: debtor.contacts.some((c) => !!c.email?.trim()),
    postal: !!(debtor.addressLines.some((l) => l.trim()) && debtor.postalCode && debtor.city),
  };
}

/** What the queue knows of a debtor without reading its row. */
export interface QueueDebtor {
  id: string;
  name: string;
  accountNo: string;
  assignee?: string;
  tags: readonly string[];
  status: DebtorStatus;
  isConsumer?: boolean;
  ladderOverrides?: LadderOverrides;
  reach: Reach;
  /** IBANs its payments came from (bank matching), when any was learned. */
  payerIbans?: readonly string[];
  /** Shown and searched in the debtor list, which reads the summary too. */
  siren?: string;
  city?: string;
}

export function queueDebtorOf(debtor: Debtor): QueueDebtor {
  return {
    id: debtor.id,
    name: debtor.name,
    accountNo: debtor.accountNo,
    ...(debtor.assignee !== undefined ? { assignee: debtor.assignee } : {}),
    tags: debtor.tags,
    status: debtor.status,
    ...(debtor.isConsumer !== undefined ? { isConsumer: debtor.isConsumer } : {}),
    ...(debtor.ladderOverrides !== undefined ? { ladderOverrides: debtor.ladderOverrides } : {}),
    reach: reachOf(debtor),
    ...(debtor.payerIbans?.length ? { payerIbans: debtor.payerIbans } : {}),
    ...(debtor.siren !== undefined ? { siren: debtor.siren } : {}),
    ...(debtor.city !== undefined ? { city: debtor.city } : {}),
  };
}

/** An open or disputed item as the queue reads it. */
export type OpenItem = Pick<
  Invoice,
  'id' | 'debtorId' | 'number' | 'kind' | 'status' | 'dueDate' | 'openCents' | 'currency'
>;

export const isSummarizedItem = (item: Pick<Invoice, 'status'>): boolean =>
  item.status === 'open' || item.status === 'disputed';

/** One debtor's entry. */
export interface QueueSummary {
  debtorId: string;
  /** Absent while no debtor row exists for items already written. */
  debtor?: QueueDebtor;
  /** The open or disputed items, by due date then id (`encodeOpenItems`); '' for none. */
  items: string;
}

// Items are records separated by RS, fields by US; a field holding one of the three control
// characters has them escaped with GS (never seen in an export, but an id or a number is free
// text and must come back as it was).
export const RS = '\u001e';
export const US = '\u001f';
const GS = '\u001d';
const ESCAPES: Record<string, string> = { [GS]: 'g', [RS]: 'r', [US]: 'u' };
const UNESCAPES: Record<string, string> = { g: GS, r: RS, u: US };

function escapeField(value: string): string {
  if (!value.includes(GS) && !value.includes(RS) && !value.includes(US)) return value;
  let out = '';
  for (const c of value) {
    const code = ESCAPES[c];
    out += code === undefined ? c : `${GS}${code}`;
  }
  return out;
}

export function unescapeField(value: string): string {
  if (!value.includes(GS)) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (c === GS) {
      i += 1;
      out += UNESCAPES[value.charAt(i)] ?? '';
    } else {
      out += c;
    }
  }
  return out;
}

const KIND_CODES: Record<InvoiceKind, string> = {
  invoice: 'i',
  'credit-note': 'c',
  'unapplied-payment': 'u',
};
export const KINDS: Record<string, InvoiceKind> = {
  i: 'invoice',
  c: 'credit-note',
  u: 'unapplied-payment',
};
const STATUS_CODES: Partial<Record<InvoiceStatus, string>> = { open: 'o', disputed: 'd' };
export const STATUSES: Record<string, InvoiceStatus> = { o: 'open', d: 'disputed' };

/** By due date, then id (IndexedDB's order of string keys: code units, as `<`). */
export function compareOpenItems(
  a: Pick<OpenItem, 'dueDate' | 'id'>,
  b: Pick<OpenItem, 'dueDate' | 'id'>,
): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * The items, given in `compareOpenItems` order, as one string: `dueDate US id US number US
 * kind status US openCents`, then `US currency` for an item not in euros (rare: the euro is not
 * written).
 */
export function encodeOpenItems(items: readonly OpenItem[]): string {
  return items
    .map(
      (item) =>
        `${escapeField(item.dueDate)}${US}${escapeField(item.id)}${US}${escapeField(item.number)}${US}${KIND_CODES[item.kind]}${STATUS_CODES[item.status] ?? 'o'}${US}${item.openCents}${item.currency === EUR ? '' : `${US}${escapeField(item.currency)}`}`,
    )
    .join(RS);
}

/** The item reduced to what the summary keeps. */
export function openItemOf(item: Invoice): OpenItem {
  return {
    id: item.id,
    debtorId: item.debtorId,
    number: item.number,
    kind: item.kind,
    status: item.status,
    dueDate: item.dueDate,
    openCents: item.openCents,
    currency: currencyOf(item),
  };
}

/**
 * Every debtor's entry recomputed from the rows: the schema upgrade, a repair, and the reference
 * the maintained entries are tested against. In debtor id order.
 */
export function summarizeLedger(
  debtors: Iterable<Debtor>,
  items: Iterable<Invoice>,
): QueueSummary[] {
  const open = new Map<string, OpenItem[]>();
  for (const item of items) {
    if (!isSummarizedItem(item)) continue;
    const list = open.get(item.debtorId);
    if (list) list.push(openItemOf(item));
    else open.set(item.debtorId, [openItemOf(item)]);
  }
  const entries = new Map<string, QueueSummary>();
  for (const debtor of debtors) {
    entries.set(debtor.id, { debtorId: debtor.id, debtor: queueDebtorOf(debtor), items: '' });
  }
  for (const [debtorId, list] of open) {
    const entry = entries.get(debtorId) ?? { debtorId, items: '' };
    entry.items = encodeOpenItems(list.sort(compareOpenItems));
    entries.set(debtorId, entry);
  }
  return [...entries.values()].sort((a, b) => byCodeUnits(a.debtorId, b.debtorId));
}

export const byCodeUnits = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

/**
 * How many records the entries are spread over: fixed (the record of a debtor never moves), few
 * (a few large records read fastest), and the price is that a write rewrites its debtor's record,
 * about a sixteenth of the summary.
 */
export const SUMMARY_BUCKETS = 16;

/** The record holding a debtor's entry: FNV-1a of its id. */
export function summaryBucket(debtorId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < debtorId.length; i++) {
    hash ^= debtorId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % SUMMARY_BUCKETS;
}

/**
 * An entry as stored: `[debtorId, items]` without a debtor row, otherwise followed by the
 * debtor's name, account, assignee, tags, status, reach (1 phone, 2 e-mail, 4 postal address),
 * consumer flag, ladder overrides, payer IBANs, SIREN and city (null for an absent field).
 */
export type StoredEntry =
  | readonly [debtorId: string, items: string]
  | readonly [
      debtorId: string,
      items: string,
      name: string,
      accountNo: string,
      assignee: string | null,
      tags: readonly string[],
      status: DebtorStatus,
      reach: number,
      isConsumer: boolean | null,
      ladderOverrides: LadderOverrides | null,
      payerIbans: readonly string[] | null,
      siren: string | null,
      city: string | null,
    ];

/** A stored record: the entries of the debtors whose id falls in `bucket`. */
export interface SummaryBucket {
  bucket: number;
  entries: StoredEntry[];
}

export function storedEntry({ debtorId, items, debtor }: QueueSummary): StoredEntry {
  if (!debtor) return [debtorId, items];
  const { reach } = debtor;
  return [
    debtorId,
    items,
    debtor.name,
    debtor.accountNo,
    debtor.assignee ?? null,
    debtor.tags,
    debtor.status,
    (reach.phone ? 1 : 0) | (reach.email ? 2 : 0) | (reach.postal ? 4 : 0),
    debtor.isConsumer ?? null,
    debtor.ladderOverrides ?? null,
    debtor.payerIbans ?? null,
    debtor.siren ?? null,
    debtor.city ?? null,
  ];
}

/**
 * Every debtor's id, name and account, read in place from the records (no entry built, no sort):
 * the debtor pickers of 10,000 debtors.
 */
export function debtorNamesOf(
  buckets: Iterable<SummaryBucket>,
): { id: string; name: string; accountNo: string }[] {
  const names: { id: string; name: string; accountNo: string }[] = [];
  for (const row of buckets) {
    for (const stored of row.entries) {
      if (stored.length === 2) continue;
      names.push({ id: stored[0], name: stored[2], accountNo: stored[3] });
    }
  }
  return names;
}

export function entryOf(stored: StoredEntry): QueueSummary {
  if (stored.length === 2) return { debtorId: stored[0], items: stored[1] };
  const [
    id,
    items,
    name,
    accountNo,
    assignee,
    tags,
    status,
    reach,
    isConsumer,
    overrides,
    ibans,
    siren,
    city,
  ] = stored;
  const debtor: QueueDebtor = {
    id,
    name,
    accountNo,
    ...(assignee !== null ? { assignee } : {}),
    tags,
    status,
    ...(isConsumer !== null ? { isConsumer } : {}),
    ...(overrides !== null ? { ladderOverrides: overrides } : {}),
    reach: { phone: (reach & 1) !== 0, email: (reach & 2) !== 0, postal: (reach & 4) !== 0 },
    ...(ibans ? { payerIbans: ibans } : {}),
    // Entries written before the two fields had none (a schema upgrade rebuilds them).
    ...(typeof siren === 'string' ? { siren } : {}),
    ...(typeof city === 'string' ? { city } : {}),
  };
  return { debtorId: id, debtor, items };
}

/**
 * Per-debtor values spread over their records, each stored by `store`, records in bucket order:
 * the queue summary's and the debtor aggregates' rebuilds.
 */
export function spreadOverBuckets<T extends { debtorId: string }, S>(
  values: Iterable<T>,
  store: (value: T) => S,
): { bucket: number; entries: S[] }[] {
  const buckets = new Map<number, { bucket: number; entries: S[] }>();
  for (const value of values) {
    const bucket = summaryBucket(value.debtorId);
    let row = buckets.get(bucket);
    if (!row) {
      row = { bucket, entries: [] };
      buckets.set(bucket, row);
    }
    row.entries.push(store(value));
  }
  return [...buckets.values()].sort((a, b) => a.bucket - b.bucket);
}

/** The entries spread over their records (the upgrade's and a rebuild's write). */
export function bucketsOf(entries: Iterable<QueueSummary>): SummaryBucket[] {
  return spreadOverBuckets(entries, storedEntry);
}

/** The debtors of the records, in debtor id order (entries of items without a debtor left out). */
export function debtorsOf(buckets: Iterable<SummaryBucket>): QueueDebtor[] {
  return entriesOf(buckets).flatMap((entry) => (entry.debtor ? [entry.debtor] : []));
}

/** Every entry of the records, in debtor id order. */
export function entriesOf(buckets: Iterable<SummaryBucket>): QueueSummary[] {
  const all: QueueSummary[] = [];
  for (const row of buckets) for (const stored of row.entries) all.push(entryOf(stored));
  return all.sort((a, b) => byCodeUnits(a.debtorId, b.debtorId));
}
