/**
 * Checks on an open item that do not stop it being imported: due date before the document date,
 * the same document twice for a debtor (the commit adds such lines up). A row with nothing left
 * to pay is not an item at all (see `OpenItemRows`).
 */
import { formatDateFr } from '../dates';
import type { IssueList } from './issues';
import type { ColumnMapping, ParsedItem } from './types';

export class ItemWarnings {
  /** Document number -> first item with it; numbers are nearly always unique across debtors. */
  private readonly itemOfNumber = new Map<string, ParsedItem>();
  /** Same number under another debtor: keyed by debtor and number. */
  private readonly rowOfDebtorNumber = new Map<string, number>();

  constructor(
    private readonly mapping: ColumnMapping,
    private readonly issues: IssueList,
  ) {}

  check(item: ParsedItem, rowIndex: number): void {
    const { mapping, issues } = this;
    if (item.issueDate && item.dueDate < item.issueDate && mapping.dueDate !== undefined) {
      issues.cell(
        'warning',
        rowIndex,
        mapping.dueDate,
        formatDateFr(item.dueDate),
        `est antérieure à la date de pièce ${formatDateFr(item.issueDate)} (vérifiez l’échéance)`,
      );
    }
    const first = this.firstOccurrence(item, rowIndex);
    if (first !== undefined && mapping.documentNumber !== undefined) {
      issues.cell(
        'warning',
        rowIndex,
        mapping.documentNumber,
        item.number,
        `figure déjà ligne ${first + 1} pour le client ${item.accountNo} : les deux lignes seront cumulées`,
      );
    }
  }

  /** Row index of an earlier line with the same debtor and number, else undefined. */
  private firstOccurrence(item: ParsedItem, rowIndex: number): number | undefined {
    const seen = this.itemOfNumber.get(item.number);
    if (!seen) {
      this.itemOfNumber.set(item.number, item);
      return undefined;
    }
    if (seen.accountNo === item.accountNo) return seen.sourceRow - 1;
    const key = `${item.accountNo}\u0000${item.number}`;
    const first = this.rowOfDebtorNumber.get(key);
    if (first === undefined) this.rowOfDebtorNumber.set(key, rowIndex);
    return first;
  }
}
