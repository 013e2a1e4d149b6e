/**
 * Which amount is the balance when a file has several (invoice amount, paid, left, debit,
 * credit), which rows are settled and skipped, and how a partial lettrage nets.
 */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import { cents } from '../money';
import { balanceRule } from './balanceSource';
import type { Cell, Grid } from './grid';
import { readHeader } from './header';
import { guessMapping } from './mapping';
import { parseGrid } from './parseGrid';
import { isPaidStatus, isPartialLettering, settlePartialLettering } from './settlement';
import type { ImportField, ParsedItem } from './types';

const BASE = ['Code client', 'N° facture', 'Échéance'];
const ROW = ['411A', 'FA-1', '31/10/2026'];

/** One data row under `BASE + labels`, its amounts as given: the item's [amount, open]. */
function read(labels: string[], values: Cell[]) {
  const grid: Grid = {
    rows: [
      [...BASE, ...labels],
      [...ROW, ...values],
    ],
  };
  const balance = parseGrid(grid, {
    fileName: 'f.xlsx',
    sheetName: 'F',
    asOfDate: isoDate('2026-10-31'),
  });
  const item = balance.items[0];
  return {
    rule: balanceRule(balance.mapping, balance.layout).kind,
    amountOpen: item ? [item.amountCents, item.openCents] : null,
    settled: balance.settled ?? null,
    source: balance.balanceSource,
  };
}

describe('the balance is what is left to pay', () => {
  it.each<[string, string[], Cell[], string, [number, number] | null]>([
    ['amount alone', ['Montant'], [1000], 'single', [100000, 100000]],
    ['amount and balance', ['Montant TTC', 'Solde'], [1000, 400], 'open', [100000, 40000]],
    [
      'amount, paid and left',
      ['Montant TTC', 'Réglé', 'Reste à régler'],
      [1000, 600, 400],
      'open',
      [100000, 40000],
    ],
    [
      'amount and paid',
      ['Montant TTC', 'Réglé'],
      [1000, 250],
      'amount-minus-paid',
      [100000, 75000],
    ],
    [
      'credit note and paid',
      ['Montant TTC', 'Déjà réglé'],
      [-300, 100],
      'amount-minus-paid',
      [-30000, -20000],
    ],
    [
      'open amount in English',
      ['Invoice amount', 'Amount paid', 'Open amount'],
      [50, 20, 30],
      'open',
      [5000, 3000],
    ],
    [
      'amount before tax is never the balance',
      ['Montant HT', 'Montant TTC'],
      [1000, 1200],
      'single',
      [120000, 120000],
    ],
    ['debit and credit', ['Débit', 'Crédit'], [500, null], 'debit-minus-credit', [50000, 50000]],
    ['balance without amount', ['Reste dû'], [75.5], 'open', [7550, 7550]],
  ])('%s', (_case, labels, values, rule, amountOpen) => {
    const got = read(labels, values);
    expect(got.rule).toBe(rule);
    expect(got.amountOpen).toEqual(amountOpen);
  });

  it.each<[string, string[], Cell[], keyof NonNullable<ReturnType<typeof read>['settled']>]>([
    ['nothing left', ['Montant TTC', 'Reste à régler'], [1000, 0], 'nothingLeft'],
    ['paid in full', ['Montant TTC', 'Réglé'], [1000, 1000], 'nothingLeft'],
    ['status « Payée »', ['Montant TTC', 'Statut'], [1000, 'Payée'], 'paidStatus'],
    ['status « Soldée »', ['Montant', 'État'], [1000, 'Soldée'], 'paidStatus'],
    ['status « Paid »', ['Amount', 'Payment status'], [1000, 'Paid'], 'paidStatus'],
    ['lettered', ['Débit', 'Crédit', 'Lettrage'], [1000, null, 'AB'], 'lettered'],
  ])('skips a settled row: %s', (_case, labels, values, reason) => {
    const got = read(labels, values);
    expect(got.amountOpen).toBeNull();
    expect(got.settled?.[reason]).toBe(1);
  });

  it('keeps a « payée » row that still has something left, with a warning', () => {
    const grid: Grid = {
      rows: [
        [...BASE, 'Montant TTC', 'Reste à régler', 'Statut'],
        [...ROW, 1000, 200, 'Payée'],
      ],
    };
    const balance = parseGrid(grid, { fileName: 'f.xlsx', sheetName: 'F' });
    expect(balance.items.map((i) => i.openCents)).toEqual([20000]);
    expect(balance.issues.map((i) => i.message)).toEqual([
      'f.xlsx, feuille « F », ligne 2, colonne F : « Payée » alors qu’il reste 200,00 à payer : la pièce est importée avec ce reste',
    ]);
  });

  it('says which column it used', () => {
    expect(read(['Montant TTC', 'Réglé', 'Reste à régler'], [1, 0, 1]).source).toBe(
      'Reste à payer lu dans la colonne F « Reste à régler » (montant de la pièce : colonne D « Montant TTC »)',
    );
    expect(read(['Montant TTC', 'Réglé'], [1, 0]).source).toBe(
      'Reste à payer = colonne D « Montant TTC » moins colonne E « Réglé »',
    );
    expect(read(['Montant'], [1]).source).toBe(
      'Reste à payer lu dans la colonne D « Montant » : le fichier n’a pas de colonne de reste à payer',
    );
  });
});

describe('header to mapping', () => {
  it.each<[string[], Partial<Record<ImportField, number>>]>([
    [
      ['Partenaire', 'Pas dû', '1 - 30', '31 - 60', '61 - 90', '91 - 120', 'Plus ancien', 'Total'],
      { bucketNotDue: 1, bucket1_30: 2, bucket91_120: 5, bucketOver120: 6, total: 7 },
    ],
    [
      ['Customer', 'Current', '1 - 30', '31 - 60', '61 - 90', '91 and over', 'Total'],
      { bucketNotDue: 1, bucketOver90: 5 },
    ],
    [
      ['Client', 'À échoir', '0-30', '31-60', '61-90', '91-180', '181-360', 'Older'],
      { bucketNotDue: 1, bucket1_30: 2, bucket91_180: 5, bucket181_360: 6, bucketOver360: 7 },
    ],
  ])('%j', (labels, expected) => {
    const header = readHeader({ rows: [labels] }, 0, 0);
    expect(guessMapping(header.columns)).toMatchObject(expected);
  });
});

describe('settlement', () => {
  it.each([
    ['Payée', true],
    ['PAYÉE', true],
    ['Réglée', true],
    ['Soldée', true],
    ['Paid', true],
    ['Partiellement payée', false],
    ['Non payée', false],
    ['En retard', false],
    ['', false],
  ])('status %j paid: %s', (status, paid) => {
    expect(isPaidStatus(status)).toBe(paid);
  });

  it.each([
    ['AB', false],
    ['A12', false],
    ['ab', true],
    ['AB*', true],
    ['*12', true],
  ])('lettrage %j partial: %s', (code, partial) => {
    expect(isPartialLettering(code)).toBe(partial);
  });

  const line = (number: string, open: number, dueDate: string, sourceRow: number): ParsedItem => ({
    accountNo: '411A',
    number,
    kind: open < 0 ? 'unapplied-payment' : 'invoice',
    dueDate: isoDate(dueDate),
    amountCents: cents(open),
    openCents: cents(open),
    currency: 'EUR',
    synthetic: false,
    sourceRow,
  });

  it('pays the oldest invoices of a partial group first and keeps what is left', () => {
    const f1 = line('F-1', 400_00, '2026-08-31', 2);
    const f2 = line('F-2', 300_00, '2026-09-09', 3);
    const rg = line('RG-1', -500_00, '2026-09-25', 4);
    const other = line('F-3', 100_00, '2026-10-01', 5);
    const result = settlePartialLettering(
      [f1, f2, rg, other],
      new Map([
        [f1, 'ae'],
        [f2, 'ae'],
        [rg, 'ae'],
      ]),
    );
    expect(result.items.map((i) => [i.number, i.amountCents, i.openCents])).toEqual([
      ['F-2', 300_00, 200_00],
      ['F-3', 100_00, 100_00],
    ]);
    expect(result.settledRows.sort()).toEqual([2, 4]);
  });

  it('keeps an overpayment as a credit', () => {
    const f1 = line('F-1', 100_00, '2026-08-31', 2);
    const rg = line('RG-1', -150_00, '2026-09-25', 3);
    const result = settlePartialLettering(
      [f1, rg],
      new Map([
        [f1, 'x*'],
        [rg, 'X*'],
      ]),
    );
    expect(result.items.map((i) => [i.number, i.openCents])).toEqual([['RG-1', -50_00]]);
  });
});
