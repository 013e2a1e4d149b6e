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
  const selected = items.filter((item) => {
    if (!isOpen(item)) return false;
    if (item.status === 'disputed' && !template.includeDisputed) return false;
    if (item.openCents < 0) return true;
    return template.itemScope === 'ouvertes' || item.dueDate < date;
  });
  // A letter claims in one currency (computeClaim): a debtor owing in several gets, by default,
  // the letter of the currency of its oldest invoice due; the others are chosen by hand.
  const currencies = new Set(selected.map(currencyOf));
  if (currencies.size <= 1) return selected;
  const oldest = [...selected].filter((i) => i.openCents > 0).sort(byDueDate)[0] ?? selected[0];
  const currency = oldest ? currencyOf(oldest) : 'EUR';
  return selected.filter((item) => currencyOf(item) === currency);
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
