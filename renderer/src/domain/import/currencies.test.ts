import { describe, expect, it } from 'vitest';
import { eurEquivalent, eurOpenCents, formatMoney, parseEurRate } from '../currency';
import { cents } from '../money';
import { applyEurRates, currencySummaries } from './currencyTotals';
import type { Cell, Grid } from './grid';
import { type ParseGridOptions, parseGrid } from './parseGrid';
import { previewOf } from './preview';
import { currencyFromTitleText } from './sheetCurrency';
import { readAmount } from './values';

const options: ParseGridOptions = { fileName: 'balance.xlsx', sheetName: 'Balance' };
const parse = (rows: Cell[][], extra: Partial<ParseGridOptions> = {}) =>
  parseGrid({ rows } satisfies Grid, { ...options, ...extra });
const HEADER: Cell[] = ['Code client', 'N° facture', 'Échéance', 'Montant'];

describe('currency in an amount cell', () => {
  it.each<[Cell, number, string | undefined]>([
    ['1 200,00 GBP', 120000, 'GBP'],
    ['1 200,00 £', 120000, 'GBP'],
    ['£1,200.00', 120000, 'GBP'],
    ['$1,200.00', 120000, 'USD'],
    ['US$ 1,200.00', 120000, 'USD'],
    ['1 200,00 USD', 120000, 'USD'],
    ["CHF 1'234.50", 123450, 'CHF'],
    ['-1 200,00 GBP', -120000, 'GBP'],
    ['(1 200,00 £)', -120000, 'GBP'],
    ['1 200,00 €', 120000, 'EUR'],
    ['1 200,00', 120000, undefined],
  ])('%j -> %i %s', (cell, value, currency) => {
    const read = readAmount(cell);
    expect(read).toEqual(currency ? { kind: 'ok', value, currency } : { kind: 'ok', value });
  });

  it('refuses a code that is no currency rather than inventing one', () => {
    expect(readAmount('1 200,00 ABC').kind).toBe('invalid');
  });
});

describe('currency of a sheet', () => {
  it.each<[string, string | null]>([
    ['Devise : GBP', 'GBP'],
    ['Balance âgée — montants en USD', 'USD'],
    ['Currency: CHF', 'CHF'],
    ['Montants exprimés en £', 'GBP'],
    ['Balance âgée clients au 31/10/2026', null],
    ['Devise : XYZ', null],
  ])('%j -> %s', (text, code) => {
    expect(currencyFromTitleText(text)).toBe(code);
  });
});

describe('parseGrid keeps each item in its currency', () => {
  it.each<[string, Cell[][], string[]]>([
    [
      'a currency column',
      [
        [...HEADER, 'Devise'],
        ['411A', 'F1', '01/10/2026', 100, 'EUR'],
        ['411A', 'F2', '01/10/2026', 200, 'gbp'],
        ['411A', 'F3', '01/10/2026', 300, 'USD'],
      ],
      ['EUR', 'GBP', 'USD'],
    ],
    [
      'a currency written in the amount',
      [
        HEADER,
        ['411A', 'F1', '01/10/2026', '1 200,00 GBP'],
        ['411A', 'F2', '01/10/2026', '$1,200.00'],
      ],
      ['GBP', 'USD'],
    ],
    [
      'the sheet currency from a title line',
      [
        ['Devise : GBP'],
        HEADER,
        ['411A', 'F1', '01/10/2026', 100],
        ['411A', 'F2', '01/10/2026', '5 €'],
      ],
      ['GBP', 'EUR'],
    ],
    [
      'the sheet currency from the amount header',
      [
        ['Code client', 'N° facture', 'Échéance', 'Solde (USD)'],
        ['411A', 'F1', '01/10/2026', 100],
      ],
      ['USD'],
    ],
    ['euros by default', [HEADER, ['411A', 'F1', '01/10/2026', 100]], ['EUR']],
  ])('%s', (_label, rows, currencies) => {
    const balance = parse(rows);
    expect(balance.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(balance.items.map((i) => i.currency)).toEqual(currencies);
  });

  it('reads the EUR counter-value column and reconciles each currency with its total row', () => {
    const balance = parse([
      [
        'Code client',
        'N° facture',
        'Type',
        'Échéance',
        'Solde devise',
        'Devise',
        'Montant contre-valeur EUR',
      ],
      ['411A', 'F1', 'Facture', '01/10/2026', 1000, 'EUR', 1000],
      ['411B', 'F2', 'Facture', '01/10/2026', 1200, 'GBP', 1398],
      ['411B', 'A1', 'Avoir', '01/10/2026', 100, 'GBP', 116.5],
      ['411C', 'F3', 'Facture', '01/10/2026', 500, 'USD', 430.25],
      ['Total EUR', '', '', '', 1000, 'EUR', 1000],
      ['Total GBP', '', '', '', 1100, 'GBP', 1281.5],
      ['Total USD', '', '', '', 499, 'USD', 430.25],
      ['Total général', '', '', '', '', '', 2711.75],
    ]);
    expect(balance.mapping.eurAmount).toBe(6);
    expect(balance.mapping.openAmount).toBe(4);
    expect(balance.items.map((i) => [i.number, i.currency, i.openCents, i.eurCents])).toEqual([
      ['F1', 'EUR', 100000, undefined],
      ['F2', 'GBP', 120000, 139800],
      ['A1', 'GBP', -10000, -11650],
      ['F3', 'USD', 50000, 43025],
    ]);
    expect(balance.fileTotalCents).toBeUndefined();
    expect(balance.fileTotalsByCurrency).toEqual({ EUR: 100000, GBP: 110000, USD: 49900 });
    expect(balance.fileTotalEurCents).toBe(271175);
    // USD is one dollar off its total row: said in dollars, never mixed with the others.
    expect(balance.issues.map((i) => i.message.replace(/[\u202f\u00a0]/g, ' '))).toEqual([
      'balance.xlsx, feuille « Balance » : le total USD importé (500,00 $US) diffère de la ligne de total USD du fichier (499,00 $US) : écart de 1,00 $US',
    ]);
    const summary = previewOf(balance).summary;
    expect(summary.currencies.map((c) => [c.currency, c.openCents, c.eurCents])).toEqual([
      ['EUR', 100000, 100000],
      ['GBP', 110000, 128150],
      ['USD', 50000, 43025],
    ]);
    expect(summary.totalCents).toBe(271175);
    expect(summary.unconvertedItems).toBe(0);
  });
});

describe('EUR equivalents and rates', () => {
  const items = parse([
    [...HEADER, 'Devise'],
    ['411A', 'F1', '01/10/2026', 100, 'EUR'],
    ['411B', 'F2', '01/10/2026', '1 234,56', 'GBP'],
    ['411B', 'F3', '01/10/2026', 0.01, 'GBP'],
    ['411C', 'F4', '01/10/2026', 500, 'USD'],
  ]).items;

  it('refuses, in French, while a foreign currency has neither an EUR column nor a rate', () => {
    expect(applyEurRates(items, undefined, { GBP: '1,1650' })).toEqual({
      ok: false,
      message:
        'Import impossible : 1 pièce en USD n’a ni colonne de contre-valeur en euros ni taux de conversion. Indiquez le taux « 1 USD = … EUR » dans l’aperçu : aucune somme de devises différentes n’est comptée en euros.',
    });
    expect(applyEurRates(items, undefined, { GBP: 'abc', USD: '0,86' })).toEqual({
      ok: false,
      message: '« abc » n’est pas un taux valide pour 1 GBP (attendu un nombre comme 1,1650).',
    });
  });

  it('gives each foreign item its rate; EUR equivalents are rounded per item, half up', () => {
    const applied = applyEurRates(items, undefined, { GBP: '1,1650', USD: '0.8600', CHF: '1' });
    if (!applied.ok) throw new Error(applied.message);
    expect(applied.rates).toEqual({ GBP: '1.1650', USD: '0.8600' });
    expect(applied.items.map((i) => [i.number, i.eurRate])).toEqual([
      ['F1', undefined],
      ['F2', 1.165],
      ['F3', 1.165],
      ['F4', 0.86],
    ]);
    // 1 234,56 × 1,165 = 1 438,2624 -> 1 438,26; 0,01 × 1,165 = 0,01165 -> 0,01.
    expect(applied.summaries.map((s) => [s.currency, s.openCents, s.eurCents])).toEqual([
      ['EUR', 10000, 10000],
      ['GBP', 123457, 143827],
      ['USD', 50000, 43000],
    ]);
    expect(
      applied.items.map((i) =>
        eurOpenCents({ openCents: i.openCents, currency: i.currency, eurRate: i.eurRate }),
      ),
    ).toEqual([10000, 143826, 1, 43000]);
  });

  it('summarises per currency without a rate as « no EUR equivalent yet »', () => {
    const summaries = currencySummaries(items);
    expect(summaries.map((s) => [s.currency, s.needRateItems, s.eurCents])).toEqual([
      ['EUR', 0, 10000],
      ['GBP', 2, null],
      ['USD', 1, null],
    ]);
  });

  it.each<[string, number | null]>([
    ['1,1650', 1.165],
    ['0.86', 0.86],
    [' 1 ', 1],
    ['0', null],
    ['-1,2', null],
    ['1,2,3', null],
    ['', null],
  ])('rate %j -> %s', (text, rate) => {
    const parsed = parseEurRate(text, 'GBP');
    expect(parsed.ok ? parsed.rate : null).toBe(rate);
  });

  it.each<[number, string, string]>([
    [120000, 'GBP', '1\u202f200,00\u00a0£'],
    [120000, 'USD', '1\u202f200,00\u00a0$US'],
    [120000, 'EUR', '1\u202f200,00\u00a0€'],
    // The true minus sign, as formatEuros writes it (French typography), in every currency.
    [-4000, 'EUR', '\u221240,00\u00a0€'],
    [-4000, 'GBP', '\u221240,00\u00a0£'],
    [-4000, 'XAU', '\u221240,00\u00a0XAU'],
  ])('formatMoney(%i, %s) = %j', (value, currency, text) => {
    expect(formatMoney(cents(value), currency)).toBe(text);
  });

  it('eurEquivalent rounds half up, away from zero', () => {
    expect(eurEquivalent(cents(1), 0.5)).toBe(1);
    expect(eurEquivalent(cents(-1), 0.5)).toBe(-1);
    expect(eurEquivalent(cents(12345), 1.165)).toBe(14382);
  });
});
