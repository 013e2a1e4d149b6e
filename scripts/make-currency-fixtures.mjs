#!/usr/bin/env node
/**
 * Writes the mixed-currency import fixtures under tests/fixtures/import/currencies/ and their
 * expected.json (what a correct import finds, to the cent). Deterministic.
 *
 *   node scripts/make-currency-fixtures.mjs
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  writeCurrenciesWithEurColumn,
  writeCurrenciesWithoutEurColumn,
} from './import-fixtures/currencies.mjs';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures', 'import', 'currencies');
const WITH = 'balance_devises_contre_valeur_2026-10-31.xlsx';
const WITHOUT = 'balance_devises_sans_contre_valeur_2026-10-31.xlsx';

const expected = {
  [WITH]: writeCurrenciesWithEurColumn(join(root, WITH)),
  [WITHOUT]: writeCurrenciesWithoutEurColumn(join(root, WITHOUT)),
};
writeFileSync(join(root, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
console.log(`Écrit : ${Object.keys(expected).join(', ')}`);
