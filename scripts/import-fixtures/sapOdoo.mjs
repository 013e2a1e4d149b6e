/**
 * SAP FBL5N (English and German list exports) and Odoo « Balance âgée » (one row per partner,
 * aged buckets). Each writer returns what a correct parse must find, for expected.json.
 */
import { byDebtor, COMPANY, daysLate, dotDate, frDate, sumCents, summary } from './ledger.mjs';
import { money, writeWorkbook } from './sheets.mjs';

const SAP_TYPES = { invoice: 'DR', 'credit-note': 'DG', 'unapplied-payment': 'DZ' };
const SAP_NUMBER_BASE = {
  invoice: 1800000000,
  'credit-note': 1700000000,
  'unapplied-payment': 1400000000,
};

/** `-123456` -> `1.234,56-` (SAP list output, German notation). */
function sapAmountText(cents) {
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${euros},${String(abs % 100).padStart(2, '0')}${cents < 0 ? '-' : ''}`;
}

/** SAP FBL5N: account as number, dd.mm.yyyy dates, `*` subtotals and `**` grand total. */
export function writeSap(path, asOf, items, german) {
  const header = german
    ? [
        'St',
        'Konto',
        'Zuordnung',
        'Belegnummer',
        'Belegart',
        'Belegdatum',
        'Nettofälligkeit',
        'Verzug',
        'Betrag in Hauswährung',
        'Hauswährung',
        'Referenz',
        'Text',
      ]
    : [
        'St',
        'Account',
        'Assignment',
        'Document Number',
        'Document Type',
        'Document Date',
        'Net due date',
        'Arrears',
        'Amount in local currency',
        'Local Currency',
        'Reference',
        'Text',
      ];
  const amount = (cents) => (german ? sapAmountText(cents) : money(cents));
  const rows = [
    [german ? 'Debitoren Einzelpostenliste' : 'Customer Line Item Display'],
    [
      german
        ? `Offene Posten zum Stichtag ${dotDate(asOf)}`
        : `Open items at key date ${dotDate(asOf)}`,
    ],
    [german ? 'Buchungskreis 1000' : 'Company Code 1000'],
    [],
    header,
  ];
  const counters = { invoice: 0, 'credit-note': 0, 'unapplied-payment': 0 };
  let total = 0;
  for (const { debtor, items: own } of byDebtor(items)) {
    let sub = 0;
    for (const item of own) {
      const number = SAP_NUMBER_BASE[item.kind] + ++counters[item.kind];
      const late = Math.max(0, daysLate(asOf, item.dueDate));
      rows.push([
        '',
        debtor.sap,
        debtor.ref,
        number,
        SAP_TYPES[item.kind],
        dotDate(item.issueDate),
        dotDate(item.dueDate),
        late,
        amount(item.openCents),
        'EUR',
        item.number,
        '',
      ]);
      sub += item.openCents;
    }
    rows.push(['*', debtor.sap, '', '', '', '', '', '', amount(sub), 'EUR', '', '']);
    total += sub;
  }
  rows.push(['**', '', '', '', '', '', '', '', amount(total), 'EUR', '', '']);
  writeWorkbook(path, [{ name: german ? 'Tabelle1' : 'Sheet1', rows }]);
  return summary(german ? 'sap-fbl5n-de' : 'sap-fbl5n', 'open-items', asOf, items, total, {
    // SAP lists no customer names: the account number stands in for it.
    debtorNameIsAccount: true,
  });
}

/** Odoo « Balance âgée »: one row per partner, buckets up to « Plus ancien », « Total ». */
export function writeOdoo(path, asOf, items) {
  const bucketOf = (due) => {
    const d = daysLate(asOf, due);
    return d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : d <= 120 ? 4 : 5;
  };
  const rows = [
    ['Balance âgée des clients'],
    [`Au : ${frDate(asOf)}`],
    [`${COMPANY} — Comptes à recevoir — Écritures comptabilisées`],
    [],
    ['Partenaire', 'Non échu', '1 - 30', '31 - 60', '61 - 90', '91 - 120', 'Plus ancien', 'Total'],
  ];
  const grand = [0, 0, 0, 0, 0, 0];
  let syntheticItems = 0;
  let negativeBuckets = 0;
  let debtors = 0;
  byDebtor(items).forEach(({ debtor, items: own }, n) => {
    const buckets = [0, 0, 0, 0, 0, 0];
    for (const item of own) buckets[bucketOf(item.dueDate)] += item.openCents;
    const nonZero = buckets.filter((v) => v !== 0).length;
    if (nonZero === 0) return;
    syntheticItems += nonZero;
    negativeBuckets += buckets.filter((v) => v < 0).length;
    debtors++;
    buckets.forEach((v, i) => {
      grand[i] += v;
    });
    // Odoo shows the internal reference in brackets when the partner has one.
    const name = n % 2 === 0 ? `[${debtor.ref}] ${debtor.name}` : debtor.name;
    rows.push([name, ...buckets.map((v) => (v === 0 ? null : money(v))), money(sumCents(buckets))]);
  });
  const total = sumCents(grand);
  rows.push(['Total', ...grand.map((v) => money(v)), money(total)]);
  writeWorkbook(path, [{ name: 'Balance âgée', rows }]);
  return {
    presetId: 'odoo-balance-agee',
    layout: 'buckets',
    asOfDate: asOf,
    debtors,
    items: syntheticItems,
    creditNotes: 0,
    unappliedPayments: negativeBuckets,
    totalCents: total,
  };
}
