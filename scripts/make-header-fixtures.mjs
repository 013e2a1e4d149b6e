#!/usr/bin/env node
/**
 * Writes the header fixtures under tests/fixtures/import/header/: the same export two months in a
 * row with a two-line header (« Date » over « échéance »), and an export whose header no label
 * table recognises (the user must point at the header line).
 *
 *   node scripts/make-header-fixtures.mjs
 */
import { join } from 'node:path';
import { frDate, NOVEMBER, OCTOBER } from './import-fixtures/ledger.mjs';
import { date, money, writeWorkbook } from './import-fixtures/sheets.mjs';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures', 'import', 'header');

const TWO_LINE_HEADER = [
  ['Code', 'Raison', 'N°', 'Date', 'Date', 'Réf.', 'Montant', 'Reste'],
  ['client', 'sociale', 'pièce', 'pièce', 'échéance', 'commande', 'TTC', 'dû'],
];

// account, name, number, issue, due, order, amount, open (cents)
const OCTOBER_ROWS = [
  [
    '411ALPHA',
    'Alpha Bâtiment SAS',
    'FA-2001',
    '2026-08-01',
    '2026-08-31',
    'BC-77',
    120000,
    120000,
  ],
  ['411ALPHA', 'Alpha Bâtiment SAS', 'FA-2009', '2026-09-10', '2026-10-10', 'BC-78', 45000, 45000],
  ['411BRAVO', 'Bravo Transports SARL', 'FA-2012', '2026-09-20', '2026-10-20', '', 98000, 50000],
];
const NOVEMBER_ROWS = [
  ...OCTOBER_ROWS.slice(1),
  [
    '411CHARL',
    'Charlie Conseil EURL',
    'FA-2030',
    '2026-10-15',
    '2026-11-14',
    'BC-90',
    30000,
    30000,
  ],
];

function rows(asOf, header, data) {
  return [
    [`Relevé des comptes clients au ${frDate(asOf)}`],
    [],
    ...header,
    ...data.map(([account, name, number, issue, due, order, amount, open]) => [
      account,
      name,
      number,
      date(issue),
      date(due),
      order,
      money(amount),
      money(open),
    ]),
  ];
}

writeWorkbook(join(root, `deux_lignes_${OCTOBER}.xlsx`), [
  { name: 'Relevé', rows: rows(OCTOBER, TWO_LINE_HEADER, OCTOBER_ROWS) },
]);
writeWorkbook(join(root, `deux_lignes_${NOVEMBER}.xlsx`), [
  { name: 'Relevé', rows: rows(NOVEMBER, TWO_LINE_HEADER, NOVEMBER_ROWS) },
]);

// Labels of an in-house export that no label table knows: detection finds no header.
const UNKNOWN_HEADER = [
  ['Tiers', 'Dénomination', 'Pce', 'Créée', 'Exigible', 'Cde', 'Brut', 'Net'],
];
writeWorkbook(join(root, `sans_entete_reconnu_${OCTOBER}.xlsx`), [
  { name: 'Relevé', rows: rows(OCTOBER, UNKNOWN_HEADER, OCTOBER_ROWS) },
]);
writeWorkbook(join(root, `sans_entete_reconnu_${NOVEMBER}.xlsx`), [
  { name: 'Relevé', rows: rows(NOVEMBER, UNKNOWN_HEADER, NOVEMBER_ROWS) },
]);
