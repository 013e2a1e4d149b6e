/** A balance's import request as the import worker builds it, and its items, for tests. */
import type { CommitImportRequest } from '../../renderer/src/data/repositories/imports';
import { isoDate } from '../../renderer/src/domain/dates';
import type { ParsedDebtor, ParsedItem } from '../../renderer/src/domain/import/types';
import { cents } from '../../renderer/src/domain/money';

export function item(accountNo: string, number: string, openCents: number): ParsedItem {
  return {
    accountNo,
    number,
    kind: 'invoice',
    issueDate: isoDate('2026-08-01'),
    dueDate: isoDate('2026-09-15'),
    amountCents: cents(openCents),
    openCents: cents(openCents),
    currency: 'EUR',
    synthetic: false,
    sourceRow: 2,
  };
}

const DEBTORS: ParsedDebtor[] = [
  { accountNo: 'C001', name: 'Alpha SAS' },
  { accountNo: 'C002', name: 'Beta SARL' },
];

export function request(asOfDate: string, items: ParsedItem[]): CommitImportRequest {
  return {
    fileName: `balance-${asOfDate}.xlsx`,
    sha256: `sha-${asOfDate}`,
    asOfDate: isoDate(asOfDate),
    partialFile: false,
    mapping: { accountNo: 0, debtorName: 1, documentNumber: 2, dueDate: 3, openAmount: 4 },
    headerSignature: 'code client|client|n piece|echeance|solde',
    layout: 'open-items',
    sheetName: 'Balance',
    dataRowCount: items.length,
    debtors: DEBTORS,
    items,
    by: 'Julie Martin',
  };
}

export const OCTOBER = [
  item('C001', 'F-1', 100_00),
  item('C001', 'F-2', 250_50),
  item('C002', 'F-3', 9_00),
];
export const NOVEMBER = [
  item('C001', 'F-2', 150_50),
  item('C002', 'F-3', 9_00),
  item('C002', 'F-4', 7_00),
];
