import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import { cents } from '../money';
import { gapCause, subtotalLikeItems } from './gapCause';
import type { ParsedItem } from './types';

const item = (accountNo: string, open: number, sourceRow: number): ParsedItem => ({
  accountNo,
  number: `F-${sourceRow}`,
  kind: 'invoice',
  dueDate: isoDate('2026-10-01'),
  amountCents: cents(open),
  openCents: cents(open),
  currency: 'EUR',
  synthetic: false,
  sourceRow,
});

const items = [
  item('A', 100_00, 2),
  item('A', 50_00, 3),
  item('A', 150_00, 4),
  item('B', 70_00, 5),
];
const base = {
  importedCents: cents(370_00),
  fileTotalCents: cents(220_00),
  items,
  unused: [],
  errorRows: 0,
};

describe('gapCause', () => {
  it('finds a subtotal read as an item', () => {
    expect(subtotalLikeItems(items).map((i) => i.sourceRow)).toEqual([4]);
  });

  it.each<[string, Partial<Parameters<typeof gapCause>[0]>, RegExp]>([
    [
      'an unused column holding the gap',
      {
        differenceCents: cents(-50_00),
        unused: [{ index: 6, label: 'Douteux', sumCents: cents(50_00), explainedRows: 0 }],
      },
      /c’est le total de la colonne G «\sDouteux\s», qui n’est pas utilisée/,
    ],
    [
      'subtotals read as items',
      { differenceCents: cents(150_00) },
      /c’est la somme des lignes 4, qui ressemblent à des sous-totaux/,
    ],
    [
      'a filtered sheet',
      { differenceCents: cents(70_00), autoFilter: 'A3:H40' },
      /la feuille est filtrée \(filtre automatique A3:H40\)/,
    ],
    [
      'rows in error',
      { differenceCents: cents(-12_00), items: [], errorRows: 2 },
      /causes possibles\s: 2 lignes en erreur ne sont pas importées/,
    ],
    [
      'nothing found',
      { differenceCents: cents(-12_00), items: [] },
      /aucune colonne inutilisée, ligne de sous-total ni filtre ne l’explique/,
    ],
  ])('names %s', (_case, input, expected) => {
    expect(gapCause({ ...base, differenceCents: cents(0), ...input })).toMatch(expected);
  });
});
