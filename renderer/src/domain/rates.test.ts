import { describe, expect, it } from 'vitest';
import ecb from '../../../resources/rates/bce-refinancement.json';
import {
  buildRateBook,
  formatRateFr,
  lookupRate,
  ratesOf,
  shippedRateTables,
  toMilliPercent,
  upsertUserRate,
  userRatesSchema,
  validateUserRate,
} from './rates';
import { semesterBounds } from './semesters';

describe('shipped rate tables', () => {
  it('parse, and every row names its source', () => {
    const tables = shippedRateTables();
    expect(tables.map((t) => t.id).sort()).toEqual([
      'l441-10',
      'taux-legal-autres',
      'taux-legal-particulier',
    ]);
    for (const table of tables) for (const rate of table.rates) expect(rate.source).not.toBe('');
  });

  it('L441-10 = ECB rate in force on 1 January / 1 July + 10 points, for every verified row', () => {
    const book = buildRateBook();
    for (const rate of ratesOf(book, 'l441-10').filter((r) => r.verified)) {
      const start = semesterBounds(rate.semester).from;
      const inForce = ecb.changes.filter((c) => c.from <= start).at(-1);
      expect(inForce, rate.semester).toBeDefined();
      expect(rate.milliPercent, rate.semester).toBe(
        toMilliPercent((inForce?.ratePercent ?? 0) + 10),
      );
    }
  });

  it.each(['l441-10', 'taux-legal-autres', 'taux-legal-particulier'] as const)(
    '%s has a 2026 S2 row, provisional (not confirmed)',
    (table) => {
      const found = lookupRate(buildRateBook(), table, '2026-S2');
      expect(found.ok && found.rate.verified).toBe(false);
      expect(found.ok && found.rate.source).toMatch(/^Valeur provisoire/);
      const s1 = lookupRate(buildRateBook(), table, '2026-S1');
      expect(found.ok && found.rate.milliPercent).toBe(s1.ok && s1.rate.milliPercent);
    },
  );

  it('a semester that no table ships is not known at all (an error, not a provisional value)', () => {
    const found = lookupRate(buildRateBook(), 'taux-legal-autres', '2027-S1');
    expect(found.ok ? '' : found.reason).toMatch(/Aucun taux connu.*1ᵉʳ semestre 2027/);
  });

  it.each([
    ['taux-legal-autres', '2024-S1', 5_070],
    ['taux-legal-particulier', '2024-S1', 8_010],
    ['taux-legal-autres', '2026-S1', 2_620],
    ['l441-10', '2023-S2', 14_000],
  ] as const)('%s %s = %i m%%', (table, semester, milli) => {
    const found = lookupRate(buildRateBook(), table, semester);
    expect(found.ok && found.rate.milliPercent).toBe(milli);
  });
});

describe('user rates', () => {
  it('a confirmed row keeps its reference; rows saved before references existed still read', () => {
    const row = {
      table: 'taux-legal-autres' as const,
      semester: '2026-S2' as const,
      ratePercent: 2.5,
      verified: true,
      source: 'Arrêté',
      reference: 'Arrêté du 22/06/2026, JO du 27/06/2026',
    };
    const valid = validateUserRate(row);
    expect(valid.ok && valid.rate.reference).toBe('Arrêté du 22/06/2026, JO du 27/06/2026');
    const found = lookupRate(
      buildRateBook(undefined, valid.ok ? [valid.rate] : []),
      row.table,
      row.semester,
    );
    expect(found.ok && [found.rate.verified, found.rate.reference]).toEqual([true, row.reference]);
    const { reference: _old, ...before } = row;
    expect(userRatesSchema.safeParse([before]).success).toBe(true);
  });

  it('a user row adds a semester and overrides a shipped default', () => {
    const user = upsertUserRate([], {
      table: 'l441-10',
      semester: '2026-S2',
      ratePercent: 12.4,
      verified: true,
      source: 'BCE au 01/07/2026',
    });
    const book = buildRateBook(
      undefined,
      upsertUserRate(user, {
        table: 'taux-legal-autres',
        semester: '2026-S2',
        ratePercent: 2.5,
        verified: true,
        source: 'Arrêté',
      }),
    );
    const l441 = lookupRate(book, 'l441-10', '2026-S2');
    expect(l441.ok && [l441.rate.milliPercent, l441.rate.origin]).toEqual([12_400, 'user']);
    expect(lookupRate(book, 'taux-legal-autres', '2026-S2').ok).toBe(true);
  });

  it.each([
    [
      { table: 'l441-10', semester: '2026-S3', ratePercent: 12, verified: true, source: 'x' },
      'AAAA-S1',
    ],
    [
      { table: 'l441-10', semester: '2026-S2', ratePercent: -1, verified: true, source: 'x' },
      'négatif',
    ],
    [
      { table: 'l441-10', semester: '2026-S2', ratePercent: 1.2345, verified: true, source: 'x' },
      'trois décimales',
    ],
    [
      { table: 'l441-10', semester: '2026-S2', ratePercent: 12, verified: true, source: '' },
      'source',
    ],
    [
      { table: 'l441-10', semester: '2026-S2', ratePercent: 12, verified: true, source: 'x' },
      'référence du texte publié',
    ],
    [
      {
        table: 'taux-legal-autres',
        semester: '2026-S2',
        ratePercent: 2.5,
        verified: true,
        source: 'x',
        reference: '  ',
      },
      'référence du texte publié',
    ],
  ])('refuses %o with a French reason', (input, reason) => {
    const result = validateUserRate(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join(' ')).toContain(reason);
  });
});

it.each([
  [12_150, '12,15 %'],
  [5_000, '5,00 %'],
  [7_875, '7,875 %'],
])('formatRateFr(%i) = %s', (milli, text) => {
  expect(formatRateFr(milli).replace('\u00a0', ' ')).toBe(text);
});
