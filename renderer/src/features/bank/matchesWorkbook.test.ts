/** The lettrage export read back with SheetJS: one row per invoice paid, real dates and numbers. */

import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { BankCreditRecord } from '../../domain/bank';
import { isoDate } from '../../domain/dates';
import type { Debtor, Invoice } from '../../domain/model';
import { cents } from '../../domain/money';
import { matchesWorkbook } from './matchesWorkbook';

const credit: BankCreditRecord = {
  id: 'FR76|NOV0501',
  importId: 'i1',
  status: 'matched',
  accountId: 'FR7630004008230001234567819',
  bankReference: 'NOV0501',
  bookingDate: isoDate('2026-11-05'),
  amountCents: cents(3_129_056),
  currency: 'EUR',
  payerName: 'Alpha Industrie SARL',
  references: [],
  remittance: 'VIR SEPA FACT FA2026-0001 FA2026-0002',
  origin: 'écriture 1',
  debtorId: 'd1',
  allocations: [
    { invoiceId: 'f1', cents: cents(2_069_190) },
    { invoiceId: 'f2', cents: cents(1_059_866) },
  ],
};

describe('matchesWorkbook', () => {
  it('writes one row per invoice with the bank date, reference, account and amounts', () => {
    const labels = {
      debtors: new Map([
        ['d1', { id: 'd1', accountNo: '411ALPHA', name: 'Alpha Industrie SARL' } as Debtor],
      ]),
      invoices: new Map([
        ['f1', { id: 'f1', number: 'FA2026-0001' } as Invoice],
        ['f2', { id: 'f2', number: 'FA2026-0002' } as Invoice],
      ]),
    };
    const book = XLSX.read(matchesWorkbook([credit], labels), { cellDates: true });
    const sheet = book.Sheets.Rapprochements;
    if (!sheet) throw new Error('feuille absente');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    expect(rows[0]).toEqual([
      'Date',
      'Référence banque',
      'Compte bancaire',
      'Payeur',
      'Compte client',
      'Débiteur',
      'Pièce',
      'Montant affecté',
      'Montant du virement',
    ]);
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      [
        'NOV0501',
        credit.accountId,
        'Alpha Industrie SARL',
        '411ALPHA',
        'Alpha Industrie SARL',
        'FA2026-0001',
        20_691.9,
        31_290.56,
      ],
      [
        'NOV0501',
        credit.accountId,
        'Alpha Industrie SARL',
        '411ALPHA',
        'Alpha Industrie SARL',
        'FA2026-0002',
        10_598.66,
        31_290.56,
      ],
    ]);
    const date = rows[1]?.[0];
    expect(date instanceof Date && date.toISOString().slice(0, 10)).toBe('2026-11-05');
  });
});
