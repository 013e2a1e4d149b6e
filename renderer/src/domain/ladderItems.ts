/**
 * A debtor's open items as the escalation ladder reads them: whether any is overdue, and the
 * reminder's items (overdue, open, undisputed invoices still owing, the paused ones left out)
 * counted and summed, with the oldest named; the list itself is only read when it is needed (a
 * row drawn, a search, a letter). Two sources give the same answers: the ledger's rows
 * (`itemRows`) and the queue summary's entry (queueSummary.ts), which answers without building
 * an object per item — the File d'actions asks this of every debtor each time it is read.
 */
import type { Cents, Invoice, IsoDate } from './model';
import { addCents, ZERO_CENTS } from './money';

/** What the ladder reads of an item (the ledger's `Invoice` fits, so does the queue summary's). */
export type LadderItem = Pick<
  Invoice,
  'id' | 'number' | 'kind' | 'status' | 'dueDate' | 'openCents'
>;

/** An item of a reminder, as the queue and the letters name it. */
export type ReminderItem = Pick<Invoice, 'id' | 'number' | 'dueDate' | 'openCents'>;

/**
 * Items decoded when needed: how many, and the list, built on the first call (a row drawn, a
 * search, a dispute) — the queue does not build an object per item for every debtor it reads.
 */
export interface ItemList {
  readonly count: number;
  list(): readonly ReminderItem[];
}

/** The items of a reminder: oldest due date first (ties: the ledger's order, by id). */
export interface ReminderItems extends ItemList {
  readonly amountCents: Cents;
  /** The oldest item. */
  readonly oldest: Pick<ReminderItem, 'id' | 'number' | 'dueDate'>;
  has(id: string): boolean;
}

/** Overdue invoices still owing, open or disputed (why a ladder stops): none, some, some disputed. */
export type OverdueOwing = 'none' | 'undisputed' | 'disputed';

export interface LadderItems {
  /** Whether an open, undisputed invoice still owing is overdue (paused by a promise or not). */
  anyOverdue(today: IsoDate): boolean;
  overdueOwing(today: IsoDate): OverdueOwing;
  /** The reminder's items today, without those in `paused`; null when none is left. */
  reminder(today: IsoDate, paused: ReadonlySet<string>): ReminderItems | null;
}

/**
 * A debtor's items kept apart from the ledger's rows (the queue summary's): the ladder's view,
 * the items by id when a promise needs them, and the invoices still owing due by a day when the
 * prescription alerts need them.
 */
export interface HeldItems extends LadderItems {
  readonly isEmpty: boolean;
  /** Every item, by due date then id. */
  all(): readonly LadderItem[];
  byId(): ReadonlyMap<string, LadderItem>;
  /** Invoices still owing (open or disputed) due on or before `bound` (a date, or `YYYY-MM-32`). */
  owingDueBy(bound: string): readonly LadderItem[];
}

/** A debtor's items: the rows (any status), or held apart (`HeldItems`). */
export type CollectedItems = readonly LadderItem[] | HeldItems;

export const isHeld = <T>(items: readonly T[] | HeldItems): items is HeldItems =>
  'reminder' in items;

const EMPTY: readonly ReminderItem[] = [];
export const NO_ITEMS: ItemList = { count: 0, list: () => EMPTY };

export function isLadderItem(item: LadderItem, today: IsoDate): boolean {
  return (
    item.kind === 'invoice' && item.status === 'open' && item.openCents > 0 && item.dueDate < today
  );
}

export const reminderItem = (item: ReminderItem): ReminderItem => ({
  id: item.id,
  number: item.number,
  dueDate: item.dueDate,
  openCents: item.openCents,
});

const byDueDate = (a: LadderItem, b: LadderItem) =>
  a.dueDate === b.dueDate ? 0 : a.dueDate < b.dueDate ? -1 : 1;

/** The reminder's items given as a list, oldest first. */
class ListedReminder implements ReminderItems {
  readonly count: number;
  readonly amountCents: Cents;
  readonly oldest: ReminderItem;
  private listed: readonly ReminderItem[] | undefined;
  private ids: Set<string> | undefined;

  constructor(private readonly items: readonly ReminderItem[]) {
    let amount = ZERO_CENTS;
    for (const item of items) amount = addCents(amount, item.openCents);
    this.count = items.length;
    this.amountCents = amount;
    const first = items[0];
    if (!first) throw new Error('A reminder has at least one item');
    this.oldest = first;
  }

  has(id: string): boolean {
    this.ids ??= new Set(this.items.map((item) => item.id));
    return this.ids.has(id);
  }

  list(): readonly ReminderItem[] {
    this.listed ??= this.items.map(reminderItem);
    return this.listed;
  }
}

/** The ladder's view of the ledger's rows (any status), in the ledger's order. */
export function itemRows(items: readonly LadderItem[]): LadderItems {
  return {
    anyOverdue: (today) => items.some((item) => isLadderItem(item, today)),
    overdueOwing(today) {
      let owing: OverdueOwing = 'none';
      for (const item of items) {
        if (item.kind !== 'invoice' || item.openCents <= 0 || item.dueDate >= today) continue;
        if (item.status === 'disputed') return 'disputed';
        owing = 'undisputed';
      }
      return owing;
    },
    reminder(today, paused) {
      // Filtered into a new array, then sorted (stable: ties keep the ledger's order).
      const overdue = items
        .filter((item) => isLadderItem(item, today) && !paused.has(item.id))
        .sort(byDueDate);
      return overdue.length > 0 ? new ListedReminder(overdue) : null;
    },
  };
}

/** The items of a reminder given as a list (tests, and callers that already hold them). */
export function reminderOf(items: readonly ReminderItem[]): ReminderItems {
  return new ListedReminder(items);
}
