/**
 * Why the imported total differs from the file's own total row: the likely cause, named in
 * French, instead of a bare figure. Tried in order: an unused column holding exactly the gap,
 * lines that look like subtotals read as items, a filtered sheet, rows refused for errors.
 */
import type { Cents } from '../model';
import { addCents, negateCents, ZERO_CENTS } from '../money';
import { centsText } from './amountColumns';
import { columnLetter } from './grid';
import type { ParsedItem } from './types';
import type { UnusedAmountColumn } from './unusedColumns';

export interface GapInput {
  /** Imported total minus the file's total; not zero. */
  differenceCents: Cents;
  importedCents: Cents;
  fileTotalCents: Cents;
  items: readonly ParsedItem[];
  unused: readonly UnusedAmountColumn[];
  /** Range of the sheet's automatic filter, when it has one. */
  autoFilter?: string;
  /** Data rows refused for an error (their amounts are not imported). */
  errorRows: number;
}

/**
 * Items whose open amount is the sum of the items of the same debtor just above them (at least
 * two): a subtotal line the reader took for a document.
 */
export function subtotalLikeItems(items: readonly ParsedItem[]): ParsedItem[] {
  const found: ParsedItem[] = [];
  let account = '';
  let sum = ZERO_CENTS;
  let count = 0;
  for (const item of items) {
    if (item.accountNo !== account) {
      account = item.accountNo;
      sum = ZERO_CENTS;
      count = 0;
    }
    if (count >= 2 && item.openCents !== 0 && item.openCents === sum) {
      found.push(item);
      sum = ZERO_CENTS;
      count = 0;
      continue;
    }
    sum = addCents(sum, item.openCents);
    count++;
  }
  return found;
}

function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 5).join(', ');
  return rows.length > 5 ? `${shown}… (${rows.length} lignes)` : shown;
}

/** The sentence that explains the gap, as precisely as the file allows. */
export function gapCause(input: GapInput): string {
  const { differenceCents: gap } = input;
  const head = `le total importé (${centsText(input.importedCents)}) diffère du total du fichier (${centsText(input.fileTotalCents)}) de ${centsText(gap)}`;
  const missing = negateCents(gap);
  const column = input.unused.find((c) => c.sumCents === missing);
  if (column) {
    return `${head} : c’est le total de la colonne ${columnLetter(column.index)} « ${column.label} », qui n’est pas utilisée ; indiquez-la dans la correspondance des colonnes si elle fait partie du solde`;
  }
  const subtotals = subtotalLikeItems(input.items);
  let subtotalSum = ZERO_CENTS;
  for (const item of subtotals) subtotalSum = addCents(subtotalSum, item.openCents);
  if (subtotals.length > 0 && subtotalSum === gap) {
    return `${head} : c’est la somme des lignes ${rowList(subtotals.map((i) => i.sourceRow))}, qui ressemblent à des sous-totaux lus comme des pièces (leur montant est la somme des pièces du client au-dessus) ; retirez-les du fichier ou vérifiez leur libellé`;
  }
  const causes: string[] = [];
  if (input.unused.length > 0) {
    const names = input.unused.map((c) => `${columnLetter(c.index)} « ${c.label} »`).join(', ');
    causes.push(
      `des montants restent dans ${input.unused.length > 1 ? 'les colonnes' : 'la colonne'} ${names}, non utilisée${input.unused.length > 1 ? 's' : ''}`,
    );
  }
  if (subtotals.length > 0) {
    causes.push(
      `les lignes ${rowList(subtotals.map((i) => i.sourceRow))} ressemblent à des sous-totaux lus comme des pièces`,
    );
  }
  if (input.autoFilter) {
    causes.push(
      `la feuille est filtrée (filtre automatique ${input.autoFilter}) : un total calculé par SOUS.TOTAL ne compte que les lignes visibles, alors que toutes les lignes sont lues ; retirez le filtre dans Excel et exportez à nouveau`,
    );
  }
  if (input.errorRows > 0) {
    causes.push(
      `${input.errorRows} ligne${input.errorRows > 1 ? 's' : ''} en erreur ne ${input.errorRows > 1 ? 'sont' : 'est'} pas importée${input.errorRows > 1 ? 's' : ''}`,
    );
  }
  if (causes.length === 0) {
    return `${head} : aucune colonne inutilisée, ligne de sous-total ni filtre ne l’explique ; comparez avec la balance de l’ERP avant d’importer`;
  }
  return `${head} ; causes possibles : ${causes.join(' ; ')}`;
}
