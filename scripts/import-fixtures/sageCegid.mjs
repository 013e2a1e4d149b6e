/**
 * French ERP exports: Sage 100 « Balance âgée » (two-line merged header, client group lines,
 * « Total client », page headers) and Cegid « Échéancier » (.xls, debit/credit/solde). Each writer
 * returns what a correct parse must find, for expected.json.
 */
import { byDebtor, COMPANY, daysLate, frDate, sumCents, summary } from './ledger.mjs';
import { date, merge, money, writeWorkbook } from './sheets.mjs';

/** Sage 100: two-line merged header, client group lines, « Total client », page headers. */
export function writeSage(path, asOf, items) {
  const bucketOf = (due) => {
    const d = daysLate(asOf, due);
    return d <= 0 ? 0 : d <= 30 ? 1 : d <= 60 ? 2 : d <= 90 ? 3 : 4;
  };
  const headerTop = [
    'N° compte tiers',
    'Intitulé',
    'Date',
    'N° pièce',
    'Libellé',
    'Échéance',
    'Solde',
    'Échéances',
  ];
  const headerBottom = [
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    'Non échu',
    '0 à 30 j',
    '31 à 60 j',
    '61 à 90 j',
    'Plus de 90 j',
  ];
  const rows = [
    [COMPANY],
    [`Balance âgée clients au ${frDate(asOf)}`],
    [
      `Période du 01/01/2026 au ${frDate(asOf)} — Comptes 411ALPHA à 411ZZZZZ — Tri : numéro de compte`,
    ],
    ['Édité le 05/11/2026 à 09:14'],
    [],
  ];
  const merges = [];
  const pushHeader = () => {
    const r = rows.length;
    rows.push(headerTop, headerBottom);
    for (let c = 0; c < 7; c++) merges.push(merge(r, c, r + 1, c));
    merges.push(merge(r, 7, r, 11));
  };
  pushHeader();
  const grand = [0, 0, 0, 0, 0];
  let page = 1;
  let linesOnPage = 0;
  for (const { debtor, items: own } of byDebtor(items)) {
    if (linesOnPage > 20) {
      page++;
      linesOnPage = 0;
      rows.push([], [`${COMPANY} — Balance âgée clients au ${frDate(asOf)} — Page ${page}`]);
      pushHeader();
    }
    rows.push([debtor.accountNo, debtor.name]);
    const sub = [0, 0, 0, 0, 0];
    for (const item of own) {
      const buckets = [null, null, null, null, null];
      const b = bucketOf(item.dueDate);
      buckets[b] = money(item.openCents);
      sub[b] += item.openCents;
      const label =
        item.kind === 'invoice'
          ? 'Facture'
          : item.kind === 'credit-note'
            ? 'Avoir'
            : 'Règlement non lettré';
      rows.push([
        '',
        '',
        date(item.issueDate),
        item.number,
        label,
        date(item.dueDate),
        money(item.openCents),
        ...buckets,
      ]);
    }
    sub.forEach((v, i) => {
      grand[i] += v;
    });
    rows.push([
      `Total client ${debtor.accountNo}`,
      '',
      '',
      '',
      '',
      '',
      money(sumCents(sub)),
      ...sub.map((v) => money(v)),
    ]);
    linesOnPage += own.length + 2;
  }
  const total = sumCents(grand);
  rows.push([], ['Total général', '', '', '', '', '', money(total), ...grand.map((v) => money(v))]);
  writeWorkbook(path, [{ name: 'Balance âgée', rows, merges }]);
  return summary('sage100-balance-agee', 'open-items', asOf, items, total);
}

/** Cegid (.xls): debit/credit/solde, journal as document type, « Sous-total » per account. */
export function writeCegid(path, asOf, items) {
  const rows = [
    ['CEGID Business — Échéancier clients'],
    [`Société : ${COMPANY}`],
    [`Échéances arrêtées au ${frDate(asOf)}`],
    ['Devise : EUR ; Comptes collectifs : 411'],
    [],
    [
      'Auxiliaire',
      'Libellé auxiliaire',
      'Journal',
      'Date comptable',
      'N° pièce',
      'Référence',
      'Date échéance',
      'Débit',
      'Crédit',
      'Solde',
      'Devise',
    ],
  ];
  const totals = [0, 0, 0];
  for (const { debtor, items: own } of byDebtor(items)) {
    const sub = [0, 0, 0];
    own.forEach((item, n) => {
      const debit = item.amountCents > 0 ? item.amountCents : null;
      const credit = item.amountCents < 0 ? -item.amountCents : null;
      sub[0] += debit ?? 0;
      sub[1] += credit ?? 0;
      sub[2] += item.openCents;
      const journal = item.kind === 'unapplied-payment' ? 'BQ' : 'VTE';
      const reference = item.kind === 'invoice' ? `CDE-${debtor.ref}-${n + 1}` : '';
      rows.push([
        debtor.accountNo,
        debtor.name,
        journal,
        date(item.issueDate),
        item.number,
        reference,
        date(item.dueDate),
        money(debit),
        money(credit),
        money(item.openCents),
        'EUR',
      ]);
    });
    rows.push([
      debtor.accountNo,
      'Sous-total',
      '',
      '',
      '',
      '',
      '',
      ...sub.map((v) => money(v)),
      '',
    ]);
    sub.forEach((v, i) => {
      totals[i] += v;
    });
  }
  rows.push(['Total général', '', '', '', '', '', '', ...totals.map((v) => money(v)), 'EUR']);
  writeWorkbook(path, [{ name: 'Echeancier', rows }], 'xls');
  return summary('cegid-echeancier', 'open-items', asOf, items, totals[2]);
}
