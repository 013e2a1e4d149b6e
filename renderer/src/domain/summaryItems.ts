/**
 * The ladder's questions (ladderItems.ts) answered from a queue summary entry's items
 * (queueSummary.ts), read in place, record by record: the records are in due date order, so the
 * overdue ones come first and reading stops at the first one not yet due, and an item becomes an
 * object only when it is asked for (the oldest of a reminder, a promise's items, a list).
 */
import type { CollectedActivity } from './collectionHistory';
import {
  type CollectionContext,
  type CollectionOf,
  collectionsOf,
  type GroupedRows,
} from './collectionView';
import { EUR } from './currency';
import { isoDate } from './dates';
import {
  type HeldItems,
  type LadderItem,
  type OverdueOwing,
  type ReminderItem,
  type ReminderItems,
  reminderItem,
} from './ladderItems';
import type { Cents, IsoDate } from './model';
import { addCents, cents, ZERO_CENTS } from './money';
import {
  KINDS,
  type OpenItem,
  type QueueDebtor,
  type QueueSummary,
  RS,
  STATUSES,
  US,
  unescapeField,
} from './queueSummary';

/** `encoded[from, to)` (a field, unescaped) compared with `value`, by code units. */
function compareField(encoded: string, from: number, to: number, value: string): number {
  const length = to - from;
  for (let i = 0; i < length && i < value.length; i++) {
    const a = encoded.charCodeAt(from + i);
    if (a === 0x1d) {
      const field = unescapeField(encoded.slice(from, to));
      return field === value ? 0 : field < value ? -1 : 1;
    }
    const b = value.charCodeAt(i);
    if (a !== b) return a < b ? -1 : 1;
  }
  return length === value.length ? 0 : length < value.length ? -1 : 1;
}

/** The integer written in `encoded[from, to)` (digits read in place; anything else by Number). */
function numberAt(encoded: string, from: number, to: number): number {
  let i = from;
  const negative = encoded.charCodeAt(i) === 45;
  if (negative) i += 1;
  if (i === to) return Number(encoded.slice(from, to));
  let value = 0;
  for (; i < to; i++) {
    const digit = encoded.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number(encoded.slice(from, to));
    value = value * 10 + digit;
  }
  return negative ? -value : value;
}

// —— the items themselves: `dueDate US id US number US kind status US openCents[ US currency]` ——

/** Where one item record's fields are (reused while reading: no allocation). */
interface ItemCursor {
  at: number;
  dueEnd: number;
  idEnd: number;
  numberEnd: number;
  amountEnd: number;
  end: number;
}

const itemCursor = (): ItemCursor => ({
  at: 0,
  dueEnd: 0,
  idEnd: 0,
  numberEnd: 0,
  amountEnd: 0,
  end: 0,
});

/** Where an item's amount ends: at its currency, or at the record's end (`end`) for euros. */
function amountEndOf(encoded: string, codesEnd: number, end: number): number {
  const currency = encoded.indexOf(US, codesEnd + 1);
  return currency >= 0 && currency < end ? currency : end;
}

function readItem(encoded: string, at: number, c: ItemCursor): boolean {
  if (at >= encoded.length) return false;
  c.at = at;
  c.dueEnd = encoded.indexOf(US, at);
  c.idEnd = encoded.indexOf(US, c.dueEnd + 1);
  c.numberEnd = encoded.indexOf(US, c.idEnd + 1);
  const end = encoded.indexOf(RS, c.numberEnd + 4);
  c.end = end < 0 ? encoded.length : end;
  c.amountEnd = amountEndOf(encoded, c.numberEnd + 3, c.end);
  return true;
}

const isInvoice = (encoded: string, c: ItemCursor) => encoded.charCodeAt(c.numberEnd + 1) === 105; // i
const isOpen = (encoded: string, c: ItemCursor) => encoded.charCodeAt(c.numberEnd + 2) === 111; // o
const centsOf = (encoded: string, c: ItemCursor) => numberAt(encoded, c.numberEnd + 4, c.amountEnd);
const idOf = (encoded: string, c: ItemCursor) =>
  unescapeField(encoded.slice(c.dueEnd + 1, c.idEnd));

function itemOf(debtorId: string, encoded: string, c: ItemCursor): OpenItem {
  return {
    id: idOf(encoded, c),
    debtorId,
    number: unescapeField(encoded.slice(c.idEnd + 1, c.numberEnd)),
    kind: KINDS[encoded.charAt(c.numberEnd + 1)] ?? 'invoice',
    status: STATUSES[encoded.charAt(c.numberEnd + 2)] ?? 'open',
    dueDate: isoDate(unescapeField(encoded.slice(c.at, c.dueEnd))),
    openCents: cents(centsOf(encoded, c)),
    currency: c.amountEnd < c.end ? unescapeField(encoded.slice(c.amountEnd + 1, c.end)) : EUR,
  };
}

/** The items of an entry (`QueueSummary.items`), in their stored order. */
export function decodeOpenItems(debtorId: string, encoded: string): OpenItem[] {
  const items: OpenItem[] = [];
  const c = itemCursor();
  for (let at = 0; readItem(encoded, at, c); at = c.end + 1)
    items.push(itemOf(debtorId, encoded, c));
  return items;
}

/** The sum of an entry's open amounts (its open and disputed items), read in place. */
export function openCentsOfItems(encoded: string): Cents {
  let sum = 0;
  const c = itemCursor();
  for (let at = 0; readItem(encoded, at, c); at = c.end + 1) sum += centsOf(encoded, c);
  return cents(sum);
}

/** A reminder's items within a debtor's stored items (open, owing, overdue, not paused). */
class StoredReminder implements ReminderItems {
  private listed: ReminderItem[] | undefined;
  private ids: Set<string> | undefined;

  constructor(
    private readonly items: SummaryItems,
    private readonly today: IsoDate,
    private readonly paused: ReadonlySet<string>,
    readonly count: number,
    readonly amountCents: Cents,
    readonly oldest: Pick<ReminderItem, 'id' | 'number' | 'dueDate'>,
  ) {}

  list(): readonly ReminderItem[] {
    if (!this.listed) {
      const listed: ReminderItem[] = [];
      this.items.scanReminder(this.today, this.paused, (c) => {
        listed.push(reminderItem(this.items.itemAt(c)));
      });
      this.listed = listed;
    }
    return this.listed;
  }

  has(id: string): boolean {
    this.ids ??= new Set(this.list().map((item) => item.id));
    return this.ids.has(id);
  }
}

/** A debtor's items as its summary entry holds them (`QueueSummary.items`). */
export class SummaryItems implements HeldItems {
  private decoded: OpenItem[] | undefined;
  private indexed: Map<string, OpenItem> | undefined;

  constructor(
    readonly debtorId: string,
    private readonly encoded: string,
  ) {}

  get isEmpty(): boolean {
    return this.encoded === '';
  }

  itemAt(c: ItemCursor): OpenItem {
    return itemOf(this.debtorId, this.encoded, c);
  }

  /** Every item, decoded (once). */
  all(): readonly OpenItem[] {
    this.decoded ??= decodeOpenItems(this.debtorId, this.encoded);
    return this.decoded;
  }

  byId(): ReadonlyMap<string, LadderItem> {
    this.indexed ??= new Map(this.all().map((item) => [item.id, item]));
    return this.indexed;
  }

  anyOverdue(today: IsoDate): boolean {
    const { encoded } = this;
    const c = itemCursor();
    for (let at = 0; readItem(encoded, at, c); at = c.end + 1) {
      if (compareField(encoded, c.at, c.dueEnd, today) >= 0) return false;
      if (isInvoice(encoded, c) && isOpen(encoded, c) && centsOf(encoded, c) > 0) return true;
    }
    return false;
  }

  overdueOwing(today: IsoDate): OverdueOwing {
    const { encoded } = this;
    const c = itemCursor();
    let owing: OverdueOwing = 'none';
    for (let at = 0; readItem(encoded, at, c); at = c.end + 1) {
      if (compareField(encoded, c.at, c.dueEnd, today) >= 0) break;
      if (!isInvoice(encoded, c) || centsOf(encoded, c) <= 0) continue;
      if (!isOpen(encoded, c)) return 'disputed';
      owing = 'undisputed';
    }
    return owing;
  }

  /** Calls `found` on each record of the reminder (see `StoredReminder`), oldest first. */
  scanReminder(today: IsoDate, paused: ReadonlySet<string>, found: (c: ItemCursor) => void): void {
    const { encoded } = this;
    const c = itemCursor();
    for (let at = 0; readItem(encoded, at, c); at = c.end + 1) {
      if (compareField(encoded, c.at, c.dueEnd, today) >= 0) return;
      if (!isInvoice(encoded, c) || !isOpen(encoded, c) || centsOf(encoded, c) <= 0) continue;
      if (paused.size > 0 && paused.has(idOf(encoded, c))) continue;
      found(c);
    }
  }

  reminder(today: IsoDate, paused: ReadonlySet<string>): ReminderItems | null {
    let count = 0;
    let amount = ZERO_CENTS;
    let oldest: OpenItem | undefined;
    this.scanReminder(today, paused, (c) => {
      count += 1;
      amount = addCents(amount, cents(centsOf(this.encoded, c)));
      oldest ??= this.itemAt(c);
    });
    return oldest ? new StoredReminder(this, today, paused, count, amount, oldest) : null;
  }

  owingDueBy(bound: string): readonly OpenItem[] {
    const { encoded } = this;
    const c = itemCursor();
    const items: OpenItem[] = [];
    for (let at = 0; readItem(encoded, at, c); at = c.end + 1) {
      if (compareField(encoded, c.at, c.dueEnd, bound) > 0) break;
      if (isInvoice(encoded, c) && centsOf(encoded, c) > 0) items.push(this.itemAt(c));
    }
    return items;
  }
}

/**
 * The collection state of every debtor with open items or promises, from the summary's entries
 * (in debtor id order) and the other rows grouped by debtor: the same states as
 * `debtorCollections` on the ledger's rows.
 */
/** A debtor's collection state from the queue summary and the collection history. */
export type SummaryCollection = CollectionOf<QueueDebtor, SummaryItems, CollectedActivity>;

export function summaryCollections(
  entries: readonly QueueSummary[],
  grouped: GroupedRows<CollectedActivity>,
  context: CollectionContext,
): SummaryCollection[] {
  const items = new Map<string, string>();
  const debtors: QueueDebtor[] = [];
  for (const entry of entries) {
    if (!entry.debtor) continue;
    debtors.push(entry.debtor);
    items.set(entry.debtorId, entry.items);
  }
  return collectionsOf(
    debtors,
    (debtor) => new SummaryItems(debtor.id, items.get(debtor.id) ?? ''),
    grouped,
    context,
  );
}
