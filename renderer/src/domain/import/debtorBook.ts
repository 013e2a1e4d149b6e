/**
 * Debtors met while reading rows, one per account number. The first non-empty value of each
 * field wins: later rows of the same debtor repeat it or leave it blank.
 */
import type { GridRow } from './grid';
import type { ColumnMapping, ImportField, ParsedDebtor } from './types';
import { readText } from './values';

// Odoo writes partners as « [C00042] Alpha Industrie »: the bracketed reference is the code.
const BRACKETED_CODE = /^\[([^\]]{1,40})\]\s*(.*)$/;

/** Account number and name from a name cell when the file has no code column. */
export function identityFromName(name: string): { accountNo: string; name: string } {
  const m = BRACKETED_CODE.exec(name);
  if (m?.[1] && m[2]) return { accountNo: m[1].trim(), name: m[2].trim() };
  return { accountNo: name, name };
}

const OPTIONAL_FIELDS = ['siren', 'postalCode', 'city', 'phone', 'email'] as const;

export class DebtorBook {
  private readonly byAccount = new Map<string, ParsedDebtor>();
  /** Only the optional columns the file has, so a row costs nothing for the others. */
  private readonly optionalFields: (typeof OPTIONAL_FIELDS)[number][];

  constructor(private readonly mapping: ColumnMapping) {
    this.optionalFields = OPTIONAL_FIELDS.filter((field) => mapping[field] !== undefined);
  }

  private text(row: GridRow, field: ImportField): string {
    const column = this.mapping[field];
    return column === undefined ? '' : readText(row[column]);
  }

  /** Records the debtor of a row; `row` gives the optional columns (SIREN, address…). */
  add(accountNo: string, name: string, row: GridRow): void {
    let debtor = this.byAccount.get(accountNo);
    if (!debtor) {
      debtor = { accountNo, name: name || accountNo };
      this.byAccount.set(accountNo, debtor);
    } else if (debtor.name === accountNo && name) {
      debtor.name = name;
    }
    for (const field of this.optionalFields) {
      if (debtor[field] === undefined) {
        const value = this.text(row, field);
        if (value) debtor[field] = value;
      }
    }
    if (debtor.addressLines === undefined && this.mapping.address !== undefined) {
      const address = this.text(row, 'address');
      if (address) debtor.addressLines = address.split(/\r?\n/).map((line) => line.trim());
    }
  }

  has(accountNo: string): boolean {
    return this.byAccount.has(accountNo);
  }

  list(): ParsedDebtor[] {
    return [...this.byAccount.values()];
  }
}
