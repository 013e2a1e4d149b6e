/**
 * Layouts where the balance is not one plain column: an Odoo-style aged balance headed « Pas dû »
 * with an open-ended « Plus ancien », an invoice list with « Montant TTC », « Réglé » and
 * « Reste à régler » (paid invoices included), a grand livre auxiliaire with lettrage codes, and
 * an aged balance whose « Douteux » column no mapping knows (a gap with the file's total).
 * Each writer returns what a correct import must find, to the cent, for expected.json.
 */
import { COMPANY, frDate, OCTOBER, sumCents } from './ledger.mjs';
import { date, money, writeWorkbook } from './sheets.mjs';

/**
 * « Pas dû », « 1 - 30 »… « Plus ancien », « Total »: three partners owe only what is not yet
 * due (they vanished when « Pas dû » was not recognised); « Plus ancien » is over 120 days.
 */
export function writeOdooPasDu(path) {
  // partner, pas dû, 1-30, 31-60, 61-90, 91-120, plus ancien (cents; null = blank)
  const partners = [
    ['[C0101] Atelier Lumière SARL', 1_250_00, 300_00, null, null, null, 4_800_55],
    ['[C0102] Boulangerie Vernet', 845_10, null, null, null, null, null],
    ['[C0103] Cabinet Durand & Associés', 12_000_00, null, null, null, null, null],
    ['Domaine des Trois Chênes', 3_333_33, null, null, null, null, null],
    ['[C0105] Électricité Moreau SAS', null, 1_500_00, 2_250_75, -200_00, 980_00, 15_000_00],
    ['Fonderie Gauthier', null, null, null, 7_420_40, 1_100_00, null],
  ];
  const header = [
    'Partenaire',
    'Pas dû',
    '1 - 30',
    '31 - 60',
    '61 - 90',
    '91 - 120',
    'Plus ancien',
    'Total',
  ];
  const rows = [
    ['Balance âgée des clients'],
    [`Au : ${frDate(OCTOBER)}`],
    [`${COMPANY} — Comptes à recevoir — Écritures comptabilisées`],
    [],
    header,
  ];
  const grand = [0, 0, 0, 0, 0, 0];
  let items = 0;
  for (const [name, ...buckets] of partners) {
    buckets.forEach((v, i) => {
      grand[i] += v ?? 0;
      if (v) items++;
    });
    rows.push([name, ...buckets.map((v) => money(v)), money(sumCents(buckets.map((v) => v ?? 0)))]);
  }
  const total = sumCents(grand);
  rows.push(['Total', ...grand.map((v) => money(v)), money(total)]);
  writeWorkbook(path, [{ name: 'Balance âgée', rows }]);
  return {
    layout: 'buckets',
    asOfDate: OCTOBER,
    debtors: partners.length,
    items,
    totalCents: total,
    notDueCents: grand[0],
    // Over 120 days, exact age unknown: counted in 91-180 j by default, approximate.
    olderCents: grand[5],
    // « 91 - 120 » is exact and lands in 91-180 j too.
    d91_180Cents: grand[4] + grand[5],
    d61_90Cents: grand[3],
  };
}

/**
 * « Montant TTC », « Réglé », « Reste à régler », « Statut »: what is left is the balance; paid
 * invoices (0 left, « Payée ») are counted and skipped; the total row totals each column.
 */
export function writeInvoicesWithPaid(path) {
  // account, name, number, issue, due, amount, paid, left, status
  const lines = [
    [
      'CL001',
      'Alpha Industrie',
      'F2026-0101',
      '2026-07-01',
      '2026-07-31',
      12_000_00,
      0,
      12_000_00,
      'Non payée',
    ],
    [
      'CL001',
      'Alpha Industrie',
      'F2026-0102',
      '2026-08-05',
      '2026-09-04',
      5_400_00,
      2_000_00,
      3_400_00,
      'Partiellement payée',
    ],
    [
      'CL001',
      'Alpha Industrie',
      'F2026-0103',
      '2026-06-10',
      '2026-07-10',
      1_980_00,
      1_980_00,
      0,
      'Payée',
    ],
    [
      'CL002',
      'Bâtiments Réunis',
      'F2026-0110',
      '2026-09-15',
      '2026-10-15',
      7_250_45,
      2_750_55,
      4_499_90,
      'Partiellement payée',
    ],
    [
      'CL002',
      'Bâtiments Réunis',
      'F2026-0111',
      '2026-05-02',
      '2026-06-01',
      3_600_00,
      3_600_00,
      0,
      'Payée',
    ],
    [
      'CL002',
      'Bâtiments Réunis',
      'A2026-0007',
      '2026-10-02',
      '2026-10-02',
      -480_00,
      0,
      -480_00,
      'Non payée',
    ],
    [
      'CL003',
      'Coopérative du Lac',
      'F2026-0120',
      '2026-10-20',
      '2026-11-19',
      2_045_30,
      0,
      2_045_30,
      'Non payée',
    ],
    [
      'CL004',
      'Distribution Nord',
      'F2026-0130',
      '2026-04-01',
      '2026-05-01',
      9_999_99,
      9_999_99,
      0,
      'Payée',
    ],
  ];
  const rows = [
    [`Factures clients au ${frDate(OCTOBER)}`],
    [],
    [
      'Code client',
      'Client',
      'N° facture',
      'Date facture',
      'Échéance',
      'Montant TTC',
      'Réglé',
      'Reste à régler',
      'Statut',
    ],
  ];
  for (const [account, name, number, issue, due, amount, paid, left, status] of lines) {
    rows.push([
      account,
      name,
      number,
      date(issue),
      date(due),
      money(amount),
      money(paid),
      money(left),
      status,
    ]);
  }
  const column = (i) => sumCents(lines.map((l) => l[i]));
  rows.push([
    'Total général',
    '',
    '',
    null,
    null,
    money(column(5)),
    money(column(6)),
    money(column(7)),
    '',
  ]);
  writeWorkbook(path, [{ name: 'Factures', rows }]);
  const open = lines.filter((l) => l[7] !== 0);
  return {
    layout: 'open-items',
    asOfDate: OCTOBER,
    debtors: new Set(open.map((l) => l[0])).size,
    items: open.length,
    settledRows: lines.length - open.length,
    totalCents: column(7),
    grossCents: column(5),
    // The paid part of invoices still open: recorded as payments « au plus tard ».
    paidOnOpenCents: sumCents(open.filter((l) => l[7] > 0).map((l) => l[6])),
    open: Object.fromEntries(open.map((l) => [l[2], l[7]])),
  };
}

/**
 * Grand livre auxiliaire: a line per entry, debit or credit, a running balance and lettrage
 * codes. Upper case: lettered (settled); lower case or `*`: partly lettered; blank: open.
 */
export function writeLettrageLedger(path) {
  const accounts = [
    {
      account: '411ALPHA',
      name: 'Alpha Industrie',
      lines: [
        // date, journal, number, label, due, debit, credit, lettrage
        ['2026-06-15', 'VE', 'FA-101', 'Facture FA-101', '2026-07-15', 1_200_00, 0, 'AA'],
        ['2026-07-10', 'VE', 'FA-102', 'Facture FA-102', '2026-08-09', 2_400_00, 0, 'ab'],
        ['2026-07-20', 'BQ', 'RG-201', 'Virement Alpha', null, 0, 1_200_00, 'AA'],
        ['2026-08-30', 'BQ', 'RG-202', 'Acompte Alpha', null, 0, 1_000_00, 'ab'],
        ['2026-09-20', 'VE', 'FA-103', 'Facture FA-103', '2026-10-20', 850_00, 0, ''],
        ['2026-10-05', 'VE', 'AV-104', 'Avoir AV-104', '2026-10-05', 0, 150_00, ''],
      ],
    },
    {
      account: '411BETA',
      name: 'Béta Construction',
      lines: [
        ['2026-05-02', 'VE', 'FB-110', 'Facture FB-110', '2026-06-01', 600_00, 0, 'AC'],
        ['2026-06-03', 'BQ', 'RG-210', 'Chèque Béta', null, 0, 600_00, 'AC'],
        ['2026-07-01', 'VE', 'FB-111', 'Facture FB-111', '2026-07-31', 300_00, 0, ''],
        ['2026-07-15', 'VE', 'FB-112', 'Facture FB-112', '2026-08-14', 500_00, 0, 'AD*'],
        ['2026-08-20', 'BQ', 'RG-211', 'Virement partiel', null, 0, 200_00, 'AD*'],
        ['2026-08-01', 'VE', 'FB-113', 'Facture FB-113', '2026-08-31', 400_00, 0, 'ae'],
        ['2026-08-10', 'VE', 'FB-114', 'Facture FB-114', '2026-09-09', 300_00, 0, 'ae'],
        ['2026-09-25', 'BQ', 'RG-212', 'Virement Béta', null, 0, 500_00, 'ae'],
      ],
    },
    {
      account: '411GAMMA',
      name: 'Gamma Services',
      lines: [
        ['2026-03-01', 'VE', 'FG-120', 'Facture FG-120', '2026-03-31', 1_000_00, 0, 'AF'],
        ['2026-04-02', 'BQ', 'RG-220', 'Virement Gamma', null, 0, 1_000_00, 'AF'],
      ],
    },
  ];
  const rows = [
    ['Grand livre auxiliaire clients'],
    [`Période du 01/01/2026 au ${frDate(OCTOBER)}`],
    [],
    [
      'Compte',
      'Intitulé',
      'Date',
      'Journal',
      'N° pièce',
      'Libellé',
      'Échéance',
      'Débit',
      'Crédit',
      'Solde progressif',
      'Lettrage',
    ],
  ];
  let totalDebit = 0;
  let totalCredit = 0;
  let lineCount = 0;
  for (const { account, name, lines } of accounts) {
    rows.push([account, name]);
    let running = 0;
    let debit = 0;
    let credit = 0;
    for (const [day, journal, number, label, due, d, c, lettrage] of lines) {
      running += d - c;
      debit += d;
      credit += c;
      lineCount++;
      rows.push([
        '',
        '',
        date(day),
        journal,
        number,
        label,
        date(due),
        d ? money(d) : null,
        c ? money(c) : null,
        money(running),
        lettrage,
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
      money(debit),
      money(credit),
      money(running),
      '',
    ]);
    totalDebit += debit;
    totalCredit += credit;
  }
  rows.push([
    'Total général',
    '',
    null,
    '',
    '',
    '',
    null,
    money(totalDebit),
    money(totalCredit),
    money(totalDebit - totalCredit),
    '',
  ]);
  writeWorkbook(path, [{ name: 'Grand livre', rows }]);
  const open = {
    'FA-102': 1_400_00,
    'FA-103': 850_00,
    'AV-104': -150_00,
    'FB-111': 300_00,
    'FB-112': 300_00,
    'FB-114': 200_00,
  };
  return {
    layout: 'open-items',
    asOfDate: OCTOBER,
    debtors: 2,
    items: Object.keys(open).length,
    settledRows: lineCount - Object.keys(open).length,
    totalCents: totalDebit - totalCredit,
    open,
  };
}

/**
 * An aged balance with a « Douteux » column no label table knows, counted in « Total »: the
 * import is short of that column, one client owes nothing else (an error, not a silence).
 */
export function writeUnknownColumnGap(path) {
  // client, non échu, 1-30 j, 31-60 j, 61-90 j, + 90 j, douteux
  const clients = [
    ['Alpha Industrie', 1_000_00, 500_00, null, null, null, 250_25],
    ['Béton Provence', null, 2_000_00, 750_50, null, 1_200_00, null],
    ['Cimenterie Azur', 300_00, null, null, 400_00, null, 1_999_99],
    ['Dalles & Pavés', null, null, null, null, null, 845_76],
  ];
  const rows = [
    [`Balance âgée clients au ${frDate(OCTOBER)}`],
    [],
    ['Client', 'Non échu', '1-30 j', '31-60 j', '61-90 j', '+ 90 j', 'Douteux', 'Total'],
  ];
  const grand = [0, 0, 0, 0, 0, 0];
  for (const [name, ...amounts] of clients) {
    amounts.forEach((v, i) => {
      grand[i] += v ?? 0;
    });
    rows.push([name, ...amounts.map((v) => money(v)), money(sumCents(amounts.map((v) => v ?? 0)))]);
  }
  rows.push(['Total général', ...grand.map((v) => money(v)), money(sumCents(grand))]);
  writeWorkbook(path, [{ name: 'Balance', rows }]);
  const imported = sumCents(grand.slice(0, 5));
  return {
    layout: 'buckets',
    asOfDate: OCTOBER,
    debtors: 3,
    totalCents: sumCents(grand),
    importedCents: imported,
    gapCents: -grand[5],
    errorRows: 1,
  };
}
