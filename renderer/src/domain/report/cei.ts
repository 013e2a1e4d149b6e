/**
 * CEI (collection effectiveness index, « indice d’efficacité du recouvrement »): the share of
 * what could be collected in a period that was collected.
 *
 *   CEI = (opening receivables + credit sales − closing receivables)
 *       ÷ (opening receivables + credit sales − closing current receivables) × 100
 *
 * Opening and closing receivables are the totals of the period's two aged balances, closing
 * current receivables the not-yet-due bucket of the closing one, credit sales the documents
 * issued in the period (after the opening balance's date, up to the closing one's). Sales come
 * from the imported history, as for the DSO: a document issued and paid between two imports is
 * never seen, so sales are understated, and the index with them, when imports are far apart.
 */
import type { DsoDocument } from '../dso';
import type { Cents, IsoDate } from '../model';
import { addCents, subtractCents, ZERO_CENTS } from '../money';

export interface CeiInputs {
  openingCents: Cents;
  creditSalesCents: Cents;
  closingCents: Cents;
  closingCurrentCents: Cents;
}

export interface CeiFigures extends CeiInputs {
  /** Opening + sales − closing: what was collected (or otherwise cleared) in the period. */
  collectedCents: Cents;
  /** Opening + sales − closing current: what was there to collect. */
  collectibleCents: Cents;
  /** The index, in percent (87.5 for 87,5 %); null when nothing was collectible. */
  percent: number | null;
}

export function collectionEffectiveness(inputs: CeiInputs): CeiFigures {
  const available = addCents(inputs.openingCents, inputs.creditSalesCents);
  const collectedCents = subtractCents(available, inputs.closingCents);
  const collectibleCents = subtractCents(available, inputs.closingCurrentCents);
  return {
    ...inputs,
    collectedCents,
    collectibleCents,
    percent: collectibleCents > 0 ? (collectedCents / collectibleCents) * 100 : null,
  };
}

/**
 * Credit sales issued after `after` up to `upTo` (inclusive): invoices add, credit notes
 * subtract; unapplied payments are cash, and documents without an issue date are unknown.
 */
export function creditSalesBetween(
  documents: Iterable<Pick<DsoDocument, 'kind' | 'issueDate' | 'amountCents'>>,
  after: IsoDate,
  upTo: IsoDate,
): Cents {
  let total = ZERO_CENTS;
  for (const d of documents) {
    if (d.kind === 'unapplied-payment' || !d.issueDate) continue;
    if (d.issueDate > after && d.issueDate <= upTo) total = addCents(total, d.amountCents);
  }
  return total;
}
