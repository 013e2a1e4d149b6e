#!/usr/bin/env node
/**
 * Writes the import fixtures under tests/fixtures/import/ and expected.json, the facts a correct
 * parse must find in each file. Deterministic: seeded data, dates as Excel serials, no clock.
 *
 *   node scripts/make-import-fixtures.mjs
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as bad from './import-fixtures/bad.mjs';
import { writeErpFixtures } from './import-fixtures/erp.mjs';
import {
  writeEnglishCsv,
  writeHiddenSheets,
  writeOds,
  writeWindows1252Csv,
} from './import-fixtures/generic.mjs';
import {
  writeInvoicesWithPaid,
  writeLettrageLedger,
  writeOdooPasDu,
  writeUnknownColumnGap,
} from './import-fixtures/layouts.mjs';
import { NOVEMBER, novemberLedger, OCTOBER, octoberLedger } from './import-fixtures/ledger.mjs';
import { writeCegid, writeSage } from './import-fixtures/sageCegid.mjs';
import { writeOdoo, writeSap } from './import-fixtures/sapOdoo.mjs';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures', 'import');
const at = (name) => join(root, name);
const badAt = (name) => join(root, 'bad', name);

const october = octoberLedger();
const november = novemberLedger();

const expected = {
  presets: {
    'sage100_balance_agee_2026-10-31.xlsx': writeSage(
      at('sage100_balance_agee_2026-10-31.xlsx'),
      OCTOBER,
      october,
    ),
    'sage100_balance_agee_2026-11-30.xlsx': {
      ...writeSage(at('sage100_balance_agee_2026-11-30.xlsx'), NOVEMBER, november.items),
      diffFromPrevious: november.diff,
    },
    'cegid_echeancier_2026-10-31.xls': writeCegid(
      at('cegid_echeancier_2026-10-31.xls'),
      OCTOBER,
      october,
    ),
    'FBL5N_export.xlsx': writeSap(at('FBL5N_export.xlsx'), OCTOBER, october, false),
    'FBL5N_export_de.xlsx': writeSap(at('FBL5N_export_de.xlsx'), OCTOBER, october, true),
    'odoo_balance_agee_2026-10-31.xlsx': writeOdoo(
      at('odoo_balance_agee_2026-10-31.xlsx'),
      OCTOBER,
      october,
    ),
    'odoo_balance_agee_2026-11-30.xlsx': writeOdoo(
      at('odoo_balance_agee_2026-11-30.xlsx'),
      NOVEMBER,
      november.items,
    ),
  },
  generic: {
    'clients_utf8_bom_2026-10-31.csv': writeEnglishCsv(at('clients_utf8_bom_2026-10-31.csv')),
    'balance_generique.ods': writeOds(at('balance_generique.ods')),
    'classeur_feuilles_masquees.xlsx': writeHiddenSheets(at('classeur_feuilles_masquees.xlsx')),
  },
  layouts: {
    'odoo_pas_du_2026-10-31.xlsx': writeOdooPasDu(at('layouts/odoo_pas_du_2026-10-31.xlsx')),
    'factures_reste_a_regler_2026-10-31.xlsx': writeInvoicesWithPaid(
      at('layouts/factures_reste_a_regler_2026-10-31.xlsx'),
    ),
    'grand_livre_lettrage_2026-10-31.xlsx': writeLettrageLedger(
      at('layouts/grand_livre_lettrage_2026-10-31.xlsx'),
    ),
    'balance_colonne_douteux_2026-10-31.xlsx': writeUnknownColumnGap(
      at('layouts/balance_colonne_douteux_2026-10-31.xlsx'),
    ),
  },
  bad: {
    'windows-1252-semicolon.csv': writeWindows1252Csv(badAt('windows-1252-semicolon.csv')),
    'million-rows-claimed.xlsx': bad.writeMillionRowsClaimed(badAt('million-rows-claimed.xlsx')),
    'mixed-currencies.xlsx': bad.writeMixedCurrencies(badAt('mixed-currencies.xlsx')),
  },
};
bad.writeEmpty(badAt('empty.xlsx'));
bad.writeEmptyWorkbook(badAt('empty-workbook.xlsx'));
bad.writeNoHeader(badAt('no-header.xlsx'));
bad.writePasswordProtected(badAt('password-protected.xlsx'));
bad.writeTruncated(badAt('truncated.xlsx'));
bad.writeCorrupted(badAt('corrupted.xlsx'));
bad.writePdf(badAt('pdf-renamed.xlsx'));
bad.writeFormulaErrors(badAt('formula-errors.xlsx'));
bad.writeTextInDate(badAt('text-in-date.xlsx'));
bad.writeImpossibleDate(badAt('impossible-date.xlsx'));

writeFileSync(at('expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
// ERP presets: their own facts file, so the shared expected.json stays as it is.
const erp = writeErpFixtures((name) => join(root, 'erp', name));
writeFileSync(join(root, 'erp', 'expected.json'), `${JSON.stringify(erp, null, 2)}\n`);
console.log(`Fixtures written to ${root}`);
