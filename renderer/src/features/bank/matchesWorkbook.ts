/**
 * The confirmed matches as an Excel file for the accountant's lettrage in the ERP: one row per
 * invoice paid, with the bank's date and reference, the customer account and the amounts. Dates
 * are real Excel dates and amounts real numbers, so the file sorts and sums as expected.
 */
import * as XLSX from 'xlsx';
import type { LedgerLabels } from '../../data/bankHooks';
import type { BankCreditRecord } from '../../domain/bank';
import { eurosFromCents } from '../../domain/money';

const HEADER = [
  'Date',
  'Référence banque',
  'Compte bancaire',
  'Payeur',
  'Compte client',
  'Débiteur',
  'Pièce',
  'Montant affecté',
  'Montant du virement',
];

/** `2026-11-05` -> an Excel date cell, without a time zone shift. */
function dateCell(iso: string): XLSX.CellObject {
  const days = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
  return { t: 'n', v: days + 25_569, z: 'dd/mm/yyyy' };
}

export function matchesWorkbook(
  credits: readonly BankCreditRecord[],
  labels: LedgerLabels,
): Uint8Array {
  const rows: XLSX.CellObject[][] = [];
  for (const credit of credits) {
    const debtor = credit.debtorId ? labels.debtors.get(credit.debtorId) : undefined;
    for (const allocation of credit.allocations ?? []) {
      rows.push([
        dateCell(credit.bookingDate),
        { t: 's', v: credit.bankReference },
        { t: 's', v: credit.accountId },
        { t: 's', v: credit.payerName ?? '' },
        { t: 's', v: debtor?.accountNo ?? '' },
        { t: 's', v: debtor?.name ?? '' },
        { t: 's', v: labels.invoices.get(allocation.invoiceId)?.number ?? '' },
        { t: 'n', v: eurosFromCents(allocation.cents), z: '#,##0.00' },
        { t: 'n', v: eurosFromCents(credit.amountCents), z: '#,##0.00' },
      ]);
    }
  }
  const sheet = XLSX.utils.aoa_to_sheet([HEADER, ...rows]);
  sheet['!cols'] = [12, 18, 30, 30, 14, 30, 16, 16, 18].map((wch) => ({ wch }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Rapprochements');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
