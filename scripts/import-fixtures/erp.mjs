/**
 * Exports of the ERPs the built-in presets know (renderer/src/domain/import/presets.ts), written
 * with each product's column names, number and date formats: EBP, Pennylane, Sage X3 / Sage 1000,
 * Business Central, Cegid XRP, QuickBooks (French edition), Divalto, Oracle NetSuite (« A/R Aging
 * Detail », US formats) and a grand livre auxiliaire clients with lettrage codes.
 *
 * Column names: NetSuite's « A/R Aging Detail » (Customer, Type, Date, Document Number, P.O. No.,
 * Due Date, Age, Open Balance) and Business Central's customer ledger entries (posting date,
 * document type and number, customer no., due date, original and remaining amount, open) follow
 * their published documentation. The others follow the products' French screens and reports as
 * far as public help pages describe them; where a label could not be checked, a plausible one of
 * the product's vocabulary is used and said so next to it.
 *
 * Each writer returns what a correct import must find, to the cent, for erp/expected.json.
 */
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import {
  byDebtor,
  COMPANY,
  daysLate,
  frDate,
  OCTOBER,
  octoberLedger,
  sumCents,
} from './ledger.mjs';
import { date, money, writeBytes, writeWorkbook } from './sheets.mjs';

const items = octoberLedger();
const openTotal = sumCents(items.map((i) => i.openCents));
const debtorCount = new Set(items.map((i) => i.accountNo)).size;

/** `123456` -> `1 234,56` (French, space thousands) or `1234,56` (no thousands). */
function frAmount(cents, thousands = ' ') {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${sign}${units},${String(abs % 100).padStart(2, '0')}`;
}

/** `-15000` -> `(150.00)`, `123456` -> `1,234.56` (US, negatives in parentheses). */
function usAmount(cents) {
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${units}.${String(abs % 100).padStart(2, '0')}`;
  return cents < 0 ? `(${text})` : text;
}

const usDate = (iso) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const shortFr = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(2, 4)}`;
const csvLine = (values, sep) =>
  values
    .map((v) => {
      const text = v === null || v === undefined ? '' : String(v);
      return text.includes(sep) || text.includes('"') ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(sep);

const kindLabel = (item, labels) => labels[item.kind];

function openItemsFacts(presetId, asOfDate, extra = {}) {
  return {
    presetId,
    layout: 'open-items',
    asOfDate,
    debtors: debtorCount,
    items: items.length,
    creditNotes: items.filter((i) => i.kind === 'credit-note').length,
    unappliedPayments: items.filter((i) => i.kind === 'unapplied-payment').length,
    totalCents: openTotal,
    ...extra,
  };
}

/** EBP « Échéancier clients »: TTC, « Montant réglé », « Reste dû », numbers and date cells. */
export function writeEbp(path) {
  // EBP's échéancier labels as its list screens print them; « Mode de règlement » is not read.
  const rows = [
    [COMPANY],
    ['Échéancier clients'],
    [`Au ${frDate(OCTOBER)}`],
    [],
    [
      'Code client',
      'Nom client',
      'N° pièce',
      'Date pièce',
      'Date échéance',
      'Libellé',
      'Montant TTC',
      'Montant réglé',
      'Reste dû',
      'Mode de règlement',
    ],
  ];
  for (const { debtor, items: own } of byDebtor(items)) {
    for (const item of own) {
      rows.push([
        debtor.accountNo,
        debtor.name,
        item.number,
        date(item.issueDate),
        date(item.dueDate),
        item.kind === 'invoice' ? `Facture ${item.number}` : `Avoir ${item.number}`,
        money(item.amountCents),
        money(item.amountCents - item.openCents),
        money(item.openCents),
        'Virement',
      ]);
    }
  }
  rows.push(['Total général', '', '', null, null, '', null, null, money(openTotal), '']);
  writeWorkbook(path, [{ name: 'Échéancier', rows }]);
  return openItemsFacts('ebp-echeancier', OCTOBER);
}

/**
 * Pennylane « Factures clients » CSV: `;`, UTF-8 with BOM, `1234,56`, no customer code, a
 * « Statut » (paid invoices listed too) and no date written anywhere: the as-of date proposed is
 * the latest invoice date.
 */
export function writePennylane(path) {
  // Pennylane's invoice list columns (numéro, client, dates, montants, reste à payer, statut).
  const header = [
    'Numéro de facture',
    'Client',
    "Date d'émission",
    "Date d'échéance",
    'Montant HT',
    'Montant TTC',
    'Reste à payer',
    'Statut',
  ];
  const lines = [header];
  const status = (item) =>
    item.openCents !== item.amountCents
      ? 'Partiellement payée'
      : item.dueDate < OCTOBER
        ? 'En retard'
        : 'À venir';
  const kept = items.filter((i) => i.kind !== 'unapplied-payment');
  const paid = [
    ['F-2026-0990', 'Alpha Industrie SARL', '2026-06-02', '2026-07-02', 1_200_00],
    ['F-2026-0991', 'Café des Arts', '2026-07-15', '2026-08-14', 845_50],
  ];
  for (const item of kept) {
    const name = nameOf(item.accountNo);
    lines.push([
      item.number,
      name,
      frDate(item.issueDate),
      frDate(item.dueDate),
      frAmount(Math.round(item.amountCents / 1.2), ''),
      frAmount(item.amountCents, ''),
      frAmount(item.openCents, ''),
      item.kind === 'credit-note' ? 'Avoir' : status(item),
    ]);
  }
  for (const [number, name, issue, due, amount] of paid) {
    lines.push([
      number,
      name,
      frDate(issue),
      frDate(due),
      frAmount(Math.round(amount / 1.2), ''),
      frAmount(amount, ''),
      '0,00',
      'Payée',
    ]);
  }
  writeBytes(path, Buffer.from(`\ufeff${lines.map((l) => csvLine(l, ';')).join('\r\n')}\r\n`));
  const latest = kept
    .map((i) => i.issueDate)
    .sort()
    .at(-1);
  return {
    presetId: 'pennylane-factures',
    layout: 'open-items',
    asOfDate: latest,
    asOfOrigin: 'latest-document',
    debtors: new Set(kept.map((i) => i.accountNo)).size,
    items: kept.length,
    creditNotes: kept.filter((i) => i.kind === 'credit-note').length,
    unappliedPayments: 0,
    totalCents: sumCents(kept.map((i) => i.openCents)),
    settledRows: paid.length,
  };
}

/**
 * Sage X3 / Sage 1000 « Balance âgée détaillée » CSV: Windows-1252, `;`, `1 234,56`, `31/10/26`,
 * the as-of date in a cell of its own (« Date d'arrêté : » | 31/10/26).
 */
export function writeSageX3(path) {
  // Labels of Sage X3's open items (tiers, type de pièce, pièce, échéance, montant ouvert);
  // the exact wording of the report export could not be checked: plausible X3 vocabulary.
  const lines = [
    ['Balance âgée détaillée clients'],
    ["Date d'arrêté :", shortFr(OCTOBER)],
    ['Société :', COMPANY],
    [],
    [
      'Tiers',
      'Intitulé tiers',
      'Type de pièce',
      'Pièce',
      'Date pièce',
      'Date échéance',
      'Montant origine',
      'Montant ouvert',
      'Devise',
    ],
  ];
  const types = { invoice: 'FAC', 'credit-note': 'AVO', 'unapplied-payment': 'REG' };
  for (const { debtor, items: own } of byDebtor(items)) {
    for (const item of own) {
      lines.push([
        debtor.accountNo,
        debtor.name,
        kindLabel(item, types),
        item.number,
        shortFr(item.issueDate),
        shortFr(item.dueDate),
        frAmount(item.amountCents),
        frAmount(item.openCents),
        'EUR',
      ]);
    }
  }
  lines.push(['Total général', '', '', '', '', '', '', frAmount(openTotal), 'EUR']);
  const text = `${lines.map((l) => csvLine(l, ';')).join('\r\n')}\r\n`;
  writeBytes(path, Buffer.from(cptable.utils.encode(1252, text)));
  return openItemsFacts('sage-x3-balance-agee', OCTOBER, { asOfOrigin: 'cell' });
}

/** Business Central « Écritures client » opened in Excel: French captions, numbers and dates. */
export function writeBusinessCentral(path) {
  const rows = [
    [
      'Date comptabilisation',
      'Type document',
      'N° document',
      'N° client',
      'Nom du client',
      'Description',
      "Date d'échéance",
      'Montant initial',
      'Montant ouvert',
      'Ouvert',
    ],
  ];
  const types = { invoice: 'Facture', 'credit-note': 'Avoir', 'unapplied-payment': 'Paiement' };
  for (const item of items) {
    rows.push([
      date(item.issueDate),
      kindLabel(item, types),
      item.number,
      item.accountNo,
      nameOf(item.accountNo),
      `${kindLabel(item, types)} ${item.number}`,
      date(item.dueDate),
      money(item.amountCents),
      money(item.openCents),
      'Oui',
    ]);
  }
  writeWorkbook(path, [{ name: 'Écritures client', rows }]);
  return openItemsFacts('business-central-ecritures-client', OCTOBER, { asOfOrigin: 'file-name' });
}

/** Cegid XRP « Balance âgée » by account: « Non échu », « Échu de 1 à 30 jours »… « Solde ». */
export function writeCegidXrp(path) {
  // Bucket captions in Cegid XRP's wording for its aged balance (échu de … à … jours).
  const bucketOf = (due) => {
    const d = daysLate(OCTOBER, due);
    return d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : d <= 120 ? 4 : 5;
  };
  const rows = [
    ['Balance âgée clients'],
    [`Situation au ${frDate(OCTOBER)}`],
    [],
    [
      'Compte',
      'Libellé',
      'Non échu',
      'Échu de 1 à 30 jours',
      'Échu de 31 à 60 jours',
      'Échu de 61 à 90 jours',
      'Échu de 91 à 120 jours',
      'Échu à plus de 120 jours',
      'Solde',
    ],
  ];
  const grand = [0, 0, 0, 0, 0, 0];
  let synthetic = 0;
  for (const { debtor, items: own } of byDebtor(items)) {
    const buckets = [0, 0, 0, 0, 0, 0];
    for (const item of own) buckets[bucketOf(item.dueDate)] += item.openCents;
    synthetic += buckets.filter((v) => v !== 0).length;
    buckets.forEach((v, i) => {
      grand[i] += v;
    });
    rows.push([
      debtor.accountNo,
      debtor.name,
      ...buckets.map((v) => (v === 0 ? null : money(v))),
      money(sumCents(buckets)),
    ]);
  }
  rows.push(['Total général', '', ...grand.map((v) => money(v)), money(sumCents(grand))]);
  writeWorkbook(path, [{ name: 'Balance âgée', rows }]);
  return {
    presetId: 'cegid-xrp-balance-agee',
    layout: 'buckets',
    asOfDate: OCTOBER,
    asOfOrigin: 'title',
    debtors: debtorCount,
    items: synthetic,
    totalCents: sumCents(grand),
    notDueCents: grand[0],
    over120Cents: grand[5],
  };
}

/**
 * QuickBooks (French edition) « Classement chronologique des comptes clients — détails »:
 * sections by age (« Courant », « 1 - 30 jours passés »…) each closed by « Total pour … », then
 * « TOTAL ».
 */
export function writeQuickBooks(path) {
  // Report and column names of QuickBooks' French aged receivables detail report.
  const sections = [
    ['Courant', (d) => d <= 0],
    ['1 - 30 jours passés', (d) => d >= 1 && d <= 30],
    ['31 - 60 jours passés', (d) => d >= 31 && d <= 60],
    ['61 - 90 jours passés', (d) => d >= 61 && d <= 90],
    ['91 jours ou plus passés', (d) => d >= 91],
  ];
  const types = { invoice: 'Facture', 'credit-note': 'Avoir', 'unapplied-payment': 'Paiement' };
  const rows = [
    [COMPANY],
    ['Classement chronologique des comptes clients — détails'],
    ['Au 31 octobre 2026'],
    [],
    ['Date', "Type d'opération", 'N°', 'Client', "Date d'échéance", 'Montant', 'Solde ouvert'],
  ];
  for (const [label, inSection] of sections) {
    const own = items.filter((i) => inSection(daysLate(OCTOBER, i.dueDate)));
    if (own.length === 0) continue;
    rows.push([label]);
    for (const item of own) {
      rows.push([
        date(item.issueDate),
        kindLabel(item, types),
        item.number,
        nameOf(item.accountNo),
        date(item.dueDate),
        money(item.amountCents),
        money(item.openCents),
      ]);
    }
    rows.push([
      `Total pour ${label}`,
      '',
      '',
      '',
      null,
      money(sumCents(own.map((i) => i.amountCents))),
      money(sumCents(own.map((i) => i.openCents))),
    ]);
  }
  rows.push([
    'TOTAL',
    '',
    '',
    '',
    null,
    money(sumCents(items.map((i) => i.amountCents))),
    money(openTotal),
  ]);
  writeWorkbook(path, [{ name: 'Comptes clients', rows }]);
  return openItemsFacts('quickbooks-fr-comptes-clients', OCTOBER, { asOfOrigin: 'title' });
}

/** Divalto « Échéancier clients »: amounts written as text `1.234,56`, one line per échéance. */
export function writeDivalto(path) {
  // Divalto's échéancier wording (code tiers, raison sociale, solde échéance); not checked
  // against a real export: plausible labels of the product.
  const rows = [
    [`ÉCHÉANCIER CLIENTS au ${frDate(OCTOBER)}`],
    [],
    [
      'Code tiers',
      'Raison sociale',
      'N° pièce',
      'Date pièce',
      'Date échéance',
      'Montant TTC',
      'Solde échéance',
      'Retard (j)',
    ],
  ];
  for (const { debtor, items: own } of byDebtor(items)) {
    for (const item of own) {
      rows.push([
        debtor.accountNo,
        debtor.name,
        item.number,
        date(item.issueDate),
        date(item.dueDate),
        frAmount(item.amountCents, '.'),
        frAmount(item.openCents, '.'),
        Math.max(0, daysLate(OCTOBER, item.dueDate)),
      ]);
    }
  }
  rows.push(['Total général', '', '', null, null, '', frAmount(openTotal, '.'), null]);
  writeWorkbook(path, [{ name: 'Echeancier', rows }]);
  return openItemsFacts('divalto-echeancier', OCTOBER, { asOfOrigin: 'title' });
}

/**
 * Oracle NetSuite « A/R Aging Detail » CSV: English headers, `,`, US amounts `1,234.56` with
 * negatives in parentheses, US dates `10/31/2026`, and a file name without a date.
 */
export function writeNetSuite(path) {
  const types = {
    invoice: 'Invoice',
    'credit-note': 'Credit Memo',
    'unapplied-payment': 'Payment',
  };
  const lines = [
    [COMPANY],
    ['A/R Aging Detail'],
    [`As of ${usDate(OCTOBER)}`],
    [],
    ['Customer', 'Type', 'Date', 'Document Number', 'P.O. No.', 'Due Date', 'Age', 'Open Balance'],
  ];
  for (const item of items) {
    lines.push([
      nameOf(item.accountNo),
      kindLabel(item, types),
      usDate(item.issueDate),
      item.number,
      '',
      usDate(item.dueDate),
      Math.max(0, daysLate(OCTOBER, item.dueDate)),
      usAmount(item.openCents),
    ]);
  }
  lines.push(['Total', '', '', '', '', '', '', usAmount(openTotal)]);
  writeBytes(path, Buffer.from(`${lines.map((l) => csvLine(l, ',')).join('\n')}\n`));
  return openItemsFacts('netsuite-ar-aging-detail', OCTOBER, {
    asOfOrigin: 'title',
    // NetSuite lists customers by name only.
    debtorNameIsAccount: true,
  });
}

/**
 * Grand livre auxiliaire clients (grand-livre des tiers as Sage 100 or EBP print it): « Jnl »,
 * « Let. », debit and credit, a line per entry grouped by account. Upper-case lettrage: settled;
 * lower case: partly lettered; blank: open.
 */
export function writeGrandLivre(path) {
  // Abbreviated captions (« Jnl », « Let. ») of the printed grand-livre des tiers.
  const accounts = [
    {
      account: '411ALPHA',
      name: 'Alpha Industrie SARL',
      lines: [
        ['2026-05-12', 'VE', 'FA-201', 'Facture FA-201', '2026-06-11', 3_000_00, 0, 'AB'],
        ['2026-06-20', 'BQ', 'RG-301', 'Virement Alpha', null, 0, 3_000_00, 'AB'],
        ['2026-08-03', 'VE', 'FA-202', 'Facture FA-202', '2026-09-02', 4_250_40, 0, 'ac'],
        ['2026-09-15', 'BQ', 'RG-302', 'Acompte Alpha', null, 0, 1_250_40, 'ac'],
        ['2026-10-10', 'VE', 'FA-203', 'Facture FA-203', '2026-11-09', 780_00, 0, ''],
      ],
    },
    {
      account: '411CAFE',
      name: 'Café des Arts',
      lines: [
        ['2026-07-01', 'VE', 'FA-210', 'Facture FA-210', '2026-07-31', 512_30, 0, ''],
        ['2026-08-18', 'VE', 'AV-211', 'Avoir AV-211', '2026-08-18', 0, 62_30, ''],
        ['2026-09-01', 'VE', 'FA-212', 'Facture FA-212', '2026-10-01', 900_00, 0, 'AD'],
        ['2026-10-02', 'BQ', 'RG-310', 'Chèque Café des Arts', null, 0, 900_00, 'AD'],
      ],
    },
  ];
  const rows = [
    [COMPANY],
    ['Grand-livre des comptes clients'],
    [`Période du 01/01/2026 au ${frDate(OCTOBER)}`],
    [],
    [
      'Compte',
      'Intitulé',
      'Date',
      'Jnl',
      'N° pièce',
      'Libellé',
      'Échéance',
      'Let.',
      'Débit',
      'Crédit',
      // The running balance: never the balance of a line (cumulated since the account's start).
      'Solde cumulé',
    ],
  ];
  let debitTotal = 0;
  let creditTotal = 0;
  let lineCount = 0;
  for (const { account, name, lines } of accounts) {
    rows.push([account, name]);
    let running = 0;
    for (const [day, journal, number, label, due, debit, credit, lettrage] of lines) {
      running += debit - credit;
      debitTotal += debit;
      creditTotal += credit;
      lineCount++;
      rows.push([
        '',
        '',
        date(day),
        journal,
        number,
        label,
        date(due),
        lettrage,
        debit ? money(debit) : null,
        credit ? money(credit) : null,
        money(running),
      ]);
    }
    rows.push([
      `Total compte ${account}`,
      '',
      null,
      '',
      '',
      '',
      null,
      '',
      null,
      null,
      money(running),
    ]);
  }
  rows.push([
    'Total général',
    '',
    null,
    '',
    '',
    '',
    null,
    '',
    money(debitTotal),
    money(creditTotal),
    money(debitTotal - creditTotal),
  ]);
  writeWorkbook(path, [{ name: 'Grand-livre', rows }]);
  const open = { 'FA-202': 3_000_00, 'FA-203': 780_00, 'FA-210': 512_30, 'AV-211': -62_30 };
  return {
    presetId: 'grand-livre-auxiliaire',
    layout: 'open-items',
    asOfDate: OCTOBER,
    asOfOrigin: 'title',
    debtors: 2,
    items: Object.keys(open).length,
    creditNotes: 1,
    unappliedPayments: 0,
    settledRows: lineCount - Object.keys(open).length,
    totalCents: debitTotal - creditTotal,
    open,
  };
}

function nameOf(accountNo) {
  return byDebtor(items).find((g) => g.debtor.accountNo === accountNo)?.debtor.name ?? accountNo;
}

/** Every ERP fixture, by file name (under erp/), with its facts. */
export function writeErpFixtures(at) {
  return {
    'ebp_echeancier_clients_2026-10-31.xlsx': writeEbp(
      at('ebp_echeancier_clients_2026-10-31.xlsx'),
    ),
    'pennylane_factures_clients.csv': writePennylane(at('pennylane_factures_clients.csv')),
    'sage_x3_BALAGE.csv': writeSageX3(at('sage_x3_BALAGE.csv')),
    'Écritures client 2026-10-31.xlsx': writeBusinessCentral(
      at('Écritures client 2026-10-31.xlsx'),
    ),
    'cegid_xrp_balance_agee.xlsx': writeCegidXrp(at('cegid_xrp_balance_agee.xlsx')),
    'QuickBooks_comptes_clients_details.xlsx': writeQuickBooks(
      at('QuickBooks_comptes_clients_details.xlsx'),
    ),
    'divalto_echeancier_clients.xlsx': writeDivalto(at('divalto_echeancier_clients.xlsx')),
    'ARAgingDetail.csv': writeNetSuite(at('ARAgingDetail.csv')),
    'grand_livre_clients.xlsx': writeGrandLivre(at('grand_livre_clients.xlsx')),
  };
}
