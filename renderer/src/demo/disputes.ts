/**
 * The disputes behind the demo's disputed items: every item the generator marked `disputed` is
 * covered by exactly one dispute, opened on the timeline as the app opens one (category, items,
 * owner, the customer's complaint, received in writing), sometimes followed by a note. A
 * debtor's disputed items that fell due close together are one dispute. No call raises them: a
 * call that reached the debtor would count as a ladder step done (escalationEvidence.ts), and the
 * story's ladder steps are the reminders it sends.
 */
import type { DisputeCategory } from '../domain/activityDetails';
import { addDays, daysBetween } from '../domain/dates';
import { DISPUTE_CATEGORY_LABELS } from '../domain/disputes';
import { itemNumbers } from '../domain/itemList';
import type { Debtor, Invoice, IsoDate } from '../domain/model';
import { formatEuros, sumCents } from '../domain/money';
import { DISPUTE_FOLLOW_UPS, DISPUTE_REASONS } from './pools/vocabulary';
import type { Random } from './random';
import { DEMO_AUTHOR, type DemoTimeline, earlierDate, laterDate } from './timeline';

/** Disputed items due within this many days of the first one are raised together. */
const SAME_DISPUTE_DAYS = 45;
const FOLLOW_UP_RATE = 0.4;

export interface DemoDispute {
  id: string;
  debtorId: string;
  category: DisputeCategory;
  invoiceIds: string[];
  openedOn: IsoDate;
}

function groupsOf(items: readonly Invoice[]): Invoice[][] {
  const sorted = [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const groups: Invoice[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && daysBetween(first.dueDate, item.dueDate) <= SAME_DISPUTE_DAYS) {
      group.push(item);
    } else groups.push([item]);
  }
  return groups;
}

/**
 * Opens the disputes of the disputed `items` on `timeline` and gives each item its dispute's
 * category as reason (as the app does). Items are changed in place.
 */
export function writeDemoDisputes(
  random: Random,
  debtors: readonly Debtor[],
  items: readonly Invoice[],
  asOfDate: IsoDate,
  idPrefix: string,
  timeline: DemoTimeline,
): DemoDispute[] {
  const byDebtor = new Map<string, Invoice[]>();
  for (const item of items) {
    if (item.status !== 'disputed') continue;
    const list = byDebtor.get(item.debtorId);
    if (list) list.push(item);
    else byDebtor.set(item.debtorId, [item]);
  }
  const yesterday = addDays(asOfDate, -1);
  const disputes: DemoDispute[] = [];
  for (const debtor of debtors) {
    for (const group of groupsOf(byDebtor.get(debtor.id) ?? [])) {
      const complaint = random.pick(DISPUTE_REASONS);
      const label = DISPUTE_CATEGORY_LABELS[complaint.category];
      for (const item of group) item.disputeReason = label;
      const last = group.at(-1);
      const first = group[0];
      if (!first || !last) continue;
      // Raised when the newest item was chased (or, for items not yet due, when they arrived).
      const raisedAfter = laterDate(last.dueDate, last.issueDate ?? last.dueDate);
      const openedOn = earlierDate(addDays(raisedAfter, random.int(2, 25)), yesterday);
      const id = `${idPrefix}-dispute${disputes.length + 1}`;
      const by = debtor.assignee ?? DEMO_AUTHOR;
      const total = sumCents(group.map((i) => i.openCents));
      timeline.add(openedOn, {
        debtorId: debtor.id,
        type: 'dispute',
        by,
        text: `Litige ouvert (${label}) sur ${itemNumbers(group.map((i) => i.number))} — ${formatEuros(total)}, suivi par ${by} : ${complaint.reason}`,
        amountCents: total,
        invoiceIds: group.map((i) => i.id),
        details: { kind: 'dispute-opened', disputeId: id, category: complaint.category, owner: by },
      });
      const noteOn = addDays(openedOn, random.int(5, 30));
      if (random.chance(FOLLOW_UP_RATE) && noteOn <= yesterday) {
        timeline.add(noteOn, {
          debtorId: debtor.id,
          type: 'dispute',
          by,
          text: `Litige : ${random.pick(DISPUTE_FOLLOW_UPS)}`,
          invoiceIds: group.map((i) => i.id),
          details: { kind: 'dispute-note', disputeId: id },
        });
      }
      disputes.push({
        id,
        debtorId: debtor.id,
        category: complaint.category,
        invoiceIds: group.map((i) => i.id),
        openedOn,
      });
    }
  }
  return disputes;
}
