/**
 * Open-item balances mixing EUR, GBP and USD, each reconciled per currency by its own total rows:
 *
 * - `balance_devises_contre_valeur_2026-10-31.xlsx`: a « Devise » column, the balance in the
 *   document's currency (« Solde devise ») and the ERP's « Montant contre-valeur EUR »; a
 *   « Total général » row carries only the counter-value total.
 * - `balance_devises_sans_contre_valeur_2026-10-31.xlsx`: no currency column and no EUR column;
 *   each amount says its currency in its Excel number format (`[$£-809]`, `[$$-409]`, `€`) or
 *   in its text (« 1 200,00 GBP », « $1,200.00 »): the user enters the rates in the preview.
 *
 * Writers return what a correct import must find, to the cent, for expected.json.
 */
import { COMPANY, frDate, OCTOBER } from './ledger.mjs';
import { date, money, writeWorkbook } from './sheets.mjs';

const FORMATS = {
  EUR: '#,##0.00 "€"',
  GBP: '[$£-809]#,##0.00',
  USD: '[$$-409]#,##0.00',
};

/** Rates the e2e and unit tests enter for the file without an EUR column (euros per unit). */
export const ENTERED_RATES = { GBP: '1,1650', USD: '0,8600' };
const RATE_MICROS = { EUR: 1_000_000n, GBP: 1_165_000n, USD: 860_000n };

/** cents × rate, half-up away from zero, on integers (as domain/currency rounds). */
function atRate(cents, currency) {
  const n = BigInt(cents) * RATE_MICROS[currency];
  const d = 1_000_000n;
  const abs = n < 0n ? -n : n;
  const rounded = (2n * abs + d) / (2n * d);
  return Number(n < 0n ? -rounded : rounded);
}

// code, name, number, type, issue date, due date, balance (cents), currency, EUR counter-value
const ITEMS = [
  [
    'C1001',
    'Atelier Lumière SARL',
    'FA-26-0101',
    'Facture',
    '2026-08-03',
    '2026-09-02',
    1_250_000,
    'EUR',
    1_250_000,
  ],
  [
    'C1001',
    'Atelier Lumière SARL',
    'FA-26-0188',
    'Facture',
    '2026-09-28',
    '2026-10-28',
    348_060,
    'EUR',
    348_060,
  ],
  [
    'C1002',
    'Boulangerie Vernet',
    'FA-26-0140',
    'Facture',
    '2026-10-05',
    '2026-11-04',
    84_510,
    'EUR',
    84_510,
  ],
  [
    'C2001',
    'Harrington & Cole Ltd',
    'INV-26-0311',
    'Facture',
    '2026-06-15',
    '2026-07-15',
    1_200_000,
    'GBP',
    1_398_000,
  ],
  [
    'C2001',
    'Harrington & Cole Ltd',
    'INV-26-0402',
    'Facture',
    '2026-09-01',
    '2026-10-01',
    450_075,
    'GBP',
    524_337,
  ],
  [
    'C2001',
    'Harrington & Cole Ltd',
    'CN-26-0017',
    'Avoir',
    '2026-09-20',
    '2026-09-20',
    -25_000,
    'GBP',
    -29_125,
  ],
  [
    'C3001',
    'Brightwater Inc.',
    'US-26-0077',
    'Facture',
    '2026-07-31',
    '2026-08-30',
    980_000,
    'USD',
    842_800,
  ],
  [
    'C3001',
    'Brightwater Inc.',
    'US-26-0093',
    'Facture',
    '2026-10-15',
    '2026-11-14',
    120_050,
    'USD',
    103_243,
  ],
];

function totalsBy(key) {
  const out = {};
  for (const item of ITEMS) out[item[7]] = (out[item[7]] ?? 0) + item[key];
  return out;
}

function expectedFacts(eurFromFile) {
  const open = totalsBy(6);
  const eur = eurFromFile
    ? totalsBy(8)
    : Object.fromEntries(
        Object.keys(open).map((c) => [
          c,
          ITEMS.filter((i) => i[7] === c).reduce((s, i) => s + atRate(i[6], c), 0),
        ]),
      );
  return {
    asOfDate: OCTOBER,
    debtors: new Set(ITEMS.map((i) => i[0])).size,
    items: ITEMS.length,
    currencies: Object.keys(open).sort(),
    openByCurrency: open,
    eurByCurrency: eur,
    eurTotalCents: Object.values(eur).reduce((a, b) => a + b, 0),
    ...(eurFromFile ? {} : { rates: ENTERED_RATES }),
    numbers: Object.fromEntries(ITEMS.map((i) => [i[2], { currency: i[7], openCents: i[6] }])),
  };
}

export function writeCurrenciesWithEurColumn(path) {
  const rows = [
    [`${COMPANY} — Balance âgée clients multidevise`],
    [`Situation au ${frDate(OCTOBER)}`],
    [],
    [
      'Code client',
      'Client',
      'N° pièce',
      'Type',
      'Date pièce',
      'Échéance',
      'Solde devise',
      'Devise',
      'Montant contre-valeur EUR',
    ],
  ];
  for (const [code, name, number, type, issue, due, open, currency, eur] of ITEMS) {
    rows.push([
      code,
      name,
      number,
      type,
      date(issue),
      date(due),
      money(open),
      currency,
      money(eur),
    ]);
  }
  rows.push([]);
  const open = totalsBy(6);
  const eur = totalsBy(8);
  for (const currency of ['EUR', 'GBP', 'USD']) {
    rows.push([
      `Total ${currency}`,
      '',
      '',
      '',
      null,
      null,
      money(open[currency]),
      currency,
      money(eur[currency]),
    ]);
  }
  const grand = Object.values(eur).reduce((a, b) => a + b, 0);
  rows.push(['Total général', '', '', '', null, null, null, '', money(grand)]);
  writeWorkbook(path, [{ name: 'Balance multidevise', rows }]);
  return expectedFacts(true);
}

/** An amount as a currency-formatted number, or as text for a few rows (exports do both). */
function amountCell(cents, currency, asText) {
  if (!asText) return money(cents, FORMATS[currency]);
  const value = Math.abs(cents) / 100;
  const sign = cents < 0 ? '-' : '';
  if (currency === 'USD') {
    return `${sign}$${value.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
  }
  const fr = value
    .toLocaleString('fr-FR', { minimumFractionDigits: 2 })
    .replace(/[\u202f\u00a0]/g, ' ');
  return `${sign}${fr} ${currency}`;
}

export function writeCurrenciesWithoutEurColumn(path) {
  const rows = [
    [`${COMPANY} — Échéancier clients`],
    [`Arrêté au ${frDate(OCTOBER)}`],
    [],
    ['Code client', 'Client', 'N° pièce', 'Date pièce', 'Échéance', 'Montant'],
  ];
  ITEMS.forEach(([code, name, number, , issue, due, open, currency], index) => {
    // Rows 4 and 7 write their amount as text: « 4 500,75 GBP », « $9,800.00 ».
    rows.push([
      code,
      name,
      number,
      date(issue),
      date(due),
      amountCell(open, currency, index === 4 || index === 6),
    ]);
  });
  rows.push([]);
  const open = totalsBy(6);
  for (const currency of ['EUR', 'GBP', 'USD']) {
    rows.push([`Total ${currency}`, '', '', null, null, money(open[currency], FORMATS[currency])]);
  }
  writeWorkbook(path, [{ name: 'Échéancier', rows }]);
  return expectedFacts(false);
}
