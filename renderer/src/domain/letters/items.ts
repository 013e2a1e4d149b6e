/**
 * Which of a debtor's items a letter concerns, and how they are listed. What they come to (the
 * décompte) is the claim's business: domain/claim.
 */
import { byDueDate } from '../claim';
import { currencyOf } from '../currency';
import { daysBetween } from '../dates';
import type { Invoice, IsoDate } from '../model';
import type { ItemRow } from './letterContent';
import type { LetterTemplate } from './templates';

function isOpen(item: Invoice): boolean {
  return item.openCents !== 0 && (item.status === 'open' || item.status === 'disputed');
}

/**
 * The items a template proposes by default: open ones, overdue only unless the template is a
 * statement, and without disputed items unless the template includes them (a mise en demeure
 * never claims an item under dispute). Credits are always proposed: they reduce the claim.
 */
export function defaultItemSelection(
  items: readonly Invoice[],
  template: LetterTemplate,
  date: IsoDate,
): Invoice[] {
  return items.filter((item) => {
    if (!isOpen(item)) return false;
    if (item.status === 'disputed' && !template.includeDisputed) return false;
    if (item.openCents < 0) return true;
    return template.itemScope === 'ouvertes' || item.dueDate < date;
  });
}

export function itemRows(items: readonly Invoice[], date: IsoDate): ItemRow[] {
  return [...items].sort(byDueDate).map((item) => ({
    invoiceId: item.id,
    number: item.number,
    kind: item.kind,
    ...(item.issueDate ? { issueDate: item.issueDate } : {}),
    dueDate: item.dueDate,
    amountCents: item.amountCents,
    openCents: item.openCents,
    currency: currencyOf(item),
    daysLate: Math.max(0, daysBetween(item.dueDate, date)),
    disputed: item.status === 'disputed',
  }));
}
