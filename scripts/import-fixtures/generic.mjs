/**
 * Exports no preset knows, read by label detection alone: a French CSV in Windows-1252 with `;`,
 * an English CSV in UTF-8 with BOM and `,`, an .ods file, and a workbook with hidden sheets.
 */
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import { frDate, OCTOBER, sumCents } from './ledger.mjs';
import { date, money, writeBytes, writeWorkbook } from './sheets.mjs';

/** `123456` -> `1 234,56` (French, space thousands). */
function frAmount(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** `123456` -> `1,234.56` (English). */
function enAmount(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${units}.${String(abs % 100).padStart(2, '0')}`;
}

const shortFr = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(2, 4)}`;

const CSV_LINES = [
  // account, name, number, issue, due, amount, open
  ['411BETON', 'Béton & Travaux du Sud SAS', 'FA-1001', '2026-08-15', '2026-09-14', 123456, 123456],
  ['411BETON', 'Béton & Travaux du Sud SAS', 'FA-1017', '2026-09-30', '2026-10-30', 250000, 100000],
  ['411COEUR', 'Cœur de Ville SARL', 'FA-1022', '2026-10-05', '2026-11-04', 98050, 98050],
  ['411COEUR', 'Cœur de Ville SARL', 'AV-0031', '2026-10-12', '2026-10-12', -15000, -15000],
  ['411ECOLE', 'École Sainte-Thérèse', 'FA-0987', '2026-06-30', '2026-07-30', 412000, 412000],
  ['411GARAG', 'Garage Müller & Fils', 'FA-1040', '2026-10-20', '2026-11-19', 76543, 76543],
];

/** Windows-1252, `;`, `dd/mm/yy` dates, French amounts, one `€` (byte 0x80) and a `œ`. */
export function writeWindows1252Csv(path) {
  const lines = [
    `Balance âgée clients au ${frDate(OCTOBER)}`,
    '',
    'Code client;Raison sociale;N° facture;Date facture;Échéance;Montant TTC;Reste dû',
  ];
  CSV_LINES.forEach(([account, name, number, issue, due, amount, open], i) => {
    const openText = i === 1 ? `${frAmount(open)} €` : frAmount(open);
    lines.push(
      [account, name, number, shortFr(issue), shortFr(due), frAmount(amount), openText].join(';'),
    );
  });
  const total = sumCents(CSV_LINES.map((l) => l[6]));
  lines.push(`;Total général;;;;;${frAmount(total)}`);
  writeBytes(path, Buffer.from(cptable.utils.encode(1252, `${lines.join('\r\n')}\r\n`)));
  return {
    layout: 'open-items',
    asOfDate: OCTOBER,
    debtors: 4,
    items: CSV_LINES.length,
    creditNotes: 1,
    totalCents: total,
    names: CSV_LINES.map((l) => l[1]),
  };
}

/** UTF-8 with BOM, `,` separator, English labels and `1,234.56` amounts, ISO dates, no total. */
export function writeEnglishCsv(path) {
  const quote = (v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [
    'Customer,Customer name,Invoice,Invoice date,Due date,Amount,Open amount,Currency',
  ];
  for (const [account, name, number, issue, due, amount, open] of CSV_LINES) {
    lines.push(
      [account, `${name}, Inc.`, number, issue, due, enAmount(amount), enAmount(open), 'EUR']
        .map(quote)
        .join(','),
    );
  }
  writeBytes(path, Buffer.from(`\ufeff${lines.join('\n')}\n`, 'utf8'));
  return {
    layout: 'open-items',
    asOfDate: '2026-10-31',
    debtors: 4,
    items: CSV_LINES.length,
    creditNotes: 1,
    importedCents: sumCents(CSV_LINES.map((l) => l[6])),
  };
}

function openItemRows() {
  return CSV_LINES.map(([account, name, number, issue, due, amount]) => [
    account,
    name,
    number,
    date(issue),
    date(due),
    money(amount),
    'EUR',
  ]);
}

const GENERIC_HEADER = [
  'Code client',
  'Client',
  'N° facture',
  'Date facture',
  "Date d'échéance",
  'Montant',
  'Devise',
];

/** OpenDocument spreadsheet with French labels and a « Total général » row. */
export function writeOds(path) {
  const total = sumCents(CSV_LINES.map((l) => l[5]));
  const rows = [
    ['Balance âgée au 31/10/2026'],
    [],
    GENERIC_HEADER,
    ...openItemRows(),
    ['Total général', '', '', '', '', money(total), ''],
  ];
  writeWorkbook(path, [{ name: 'Balance', rows }], 'ods');
  return {
    layout: 'open-items',
    asOfDate: OCTOBER,
    debtors: 4,
    items: CSV_LINES.length,
    creditNotes: 1,
    totalCents: total,
  };
}

/** A hidden parameters sheet that also looks like a balance, a read-me, then the balance. */
export function writeHiddenSheets(path) {
  const total = sumCents(CSV_LINES.map((l) => l[5]));
  writeWorkbook(path, [
    {
      name: 'Paramètres',
      hidden: true,
      rows: [
        GENERIC_HEADER,
        [
          '411ZZZ',
          'Ne pas importer',
          'X-1',
          date('2026-01-01'),
          date('2026-01-31'),
          money(100),
          'EUR',
        ],
      ],
    },
    {
      name: 'Lisez-moi',
      rows: [['Export du 31/10/2026'], ['Ne pas modifier la feuille Balance.']],
    },
    {
      name: 'Balance',
      rows: [
        GENERIC_HEADER,
        ...openItemRows(),
        ['Total général', '', '', '', '', money(total), ''],
      ],
    },
  ]);
  return {
    sheet: 'Balance',
    hiddenSheet: 'Paramètres',
    items: CSV_LINES.length,
    totalCents: total,
  };
}
