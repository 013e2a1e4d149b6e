import { formatDateFr } from '../../domain/dates';
import type { Invoice } from '../../domain/model';
import { formatEuros } from '../../domain/money';
import type { InvoiceOption } from './PieceFieldsForm';

/** The debtor's invoices a piece can be linked to: « F-1023 — 1 234,56 € — éch. 30/06/2026 ». */
export function invoiceOptionsOf(invoices: readonly Invoice[]): InvoiceOption[] {
  return invoices
    .filter((invoice) => invoice.kind === 'invoice')
    .sort((a, b) => b.dueDate.localeCompare(a.dueDate))
    .map((invoice) => ({
      value: invoice.id,
      label: `${invoice.number} — ${formatEuros(invoice.amountCents)} — éch. ${formatDateFr(invoice.dueDate)}`,
    }));
}

/** « F-1023, F-1024 » or « Tout le compte ». */
export function linkedNumbers(invoiceIds: readonly string[], invoices: readonly Invoice[]): string {
  if (invoiceIds.length === 0) return 'Tout le compte';
  const numbers = new Map(invoices.map((invoice) => [invoice.id, invoice.number]));
  const listed = invoiceIds.map((id) => numbers.get(id) ?? '?');
  return listed.length > 4
    ? `${listed.slice(0, 3).join(', ')} et ${listed.length - 3} autres`
    : listed.join(', ');
}
