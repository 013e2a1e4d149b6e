#!/usr/bin/env node
/**
 * Writes the bank statement fixtures under tests/fixtures/bank/, from the import fixtures' ledger
 * (scripts/import-fixtures/ledger.mjs): November's statements pay exactly what the November
 * balance shows as settled (three invoices in full, one in part), plus credits the matcher must
 * leave alone; an early-December statement has a payment for two invoices, a third party's
 * payment and a SEPA batch. The same November movements are written as CAMT.053 001.02, CFONB 120
 * and OFX, so the three parsers can be compared. expected.json lists what each file holds;
 * bad/ holds malformed files, each with the message it must produce.
 *
 *   node scripts/make-bank-fixtures.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { camt053, cfonb120, closingOf, frenchIban, ofx1 } from './bank-fixtures/writers.mjs';
import { debtorOf, novemberLedger, octoberLedger } from './import-fixtures/ledger.mjs';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures', 'bank');
mkdirSync(join(root, 'bad'), { recursive: true });

const ACCOUNT = { bank: '30004', branch: '00823', account: '00012345678' };
const SECOND = { bank: '10278', branch: '06000', account: '00020481357' };
const iban = (a) => frenchIban(a.bank, a.branch, a.account);
const debtorIban = (n) => frenchIban('20041', '01005', String(5_000_000 + n).padStart(11, '0'));

const october = octoberLedger();
const invoices = october.filter((i) => i.kind === 'invoice');
const nameOf = (item) => debtorOf(item.accountNo).name;
const ibanOf = (item) => debtorIban(Number(debtorOf(item.accountNo).sap));

const november = novemberLedger();
const halfPaid = invoices[2];
const halfOpen = november.items.find((i) => i.number === halfPaid.number).openCents;

// November: what the November balance shows settled, plus credits with nothing to match.
const first = invoices[0]; // FA2026-0001, paid in full with its number
const cafe = invoices[5]; // FA2026-0006, « REGLEMENT F-… » style reference
const delta = invoices[9]; // FA2026-0010, no reference: name and exact amount
const NOVEMBER_FIRST_HALF = [
  {
    ref: 'NOV0501',
    bookingDate: '2026-11-05',
    amountCents: first.openCents,
    payerName: nameOf(first),
    payerIban: ibanOf(first),
    remittance: `VIR SEPA FACT ${first.number}`,
    documentNumbers: [first.number],
    endToEndId: `ALPHA-${first.number}`,
  },
  {
    ref: 'NOV0502',
    bookingDate: '2026-11-05',
    amountCents: halfPaid.openCents - halfOpen,
    payerName: nameOf(halfPaid),
    payerIban: ibanOf(halfPaid),
    remittance: `ACOMPTE FACTURE ${halfPaid.number.replace('FA', 'FA ').replace('-', ' ')}`,
  },
  { ref: 'NOV0601', bookingDate: '2026-11-06', amountCents: -125_000, remittance: 'PRLV URSSAF' },
  {
    ref: 'NOV1201',
    bookingDate: '2026-11-12',
    amountCents: cafe.openCents,
    payerName: nameOf(cafe).toUpperCase(),
    payerIban: ibanOf(cafe),
    remittance: `REGLEMENT F-${cafe.number.slice(2)}`,
  },
];
const NOVEMBER_SECOND_HALF = [
  {
    ref: 'NOV1801',
    bookingDate: '2026-11-18',
    amountCents: delta.openCents,
    payerName: 'DELTA LOGISTIQUE',
    remittance: 'VIREMENT',
  },
  {
    ref: 'NOV1901',
    bookingDate: '2026-11-19',
    amountCents: 48_250,
    remittance: 'REMISE CHEQUES 2',
  },
  {
    ref: 'NOV2001',
    bookingDate: '2026-11-20',
    amountCents: -8_990,
    remittance: 'FRAIS TENUE COMPTE',
  },
];

const novemberStatements = [
  {
    ...ACCOUNT,
    iban: iban(ACCOUNT),
    id: 'REL-2026-11-A',
    from: '2026-11-01',
    to: '2026-11-15',
    openingCents: 1_523_400,
    entries: NOVEMBER_FIRST_HALF,
  },
];
novemberStatements.push({
  ...ACCOUNT,
  iban: iban(ACCOUNT),
  id: 'REL-2026-11-B',
  from: '2026-11-16',
  to: '2026-11-30',
  openingCents: closingOf(novemberStatements[0]),
  entries: NOVEMBER_SECOND_HALF,
});

// Early December, two accounts: two invoices in one payment, a third party, a SEPA batch.
const open = november.items.filter((i) => i.kind === 'invoice' && i.openCents === i.amountCents);
const pairDebtor = open.find((i) => open.filter((j) => j.accountNo === i.accountNo).length >= 2);
const pair = open.filter((i) => i.accountNo === pairDebtor.accountNo).slice(0, 2);
const thirdPartyItem = open.find((i) => i.accountNo !== pairDebtor.accountNo);
const batchItems = open
  .filter((i) => i.accountNo !== pairDebtor.accountNo && i.accountNo !== thirdPartyItem.accountNo)
  .filter((i, index, all) => all.findIndex((j) => j.accountNo === i.accountNo) === index)
  .slice(0, 2);
const decemberStatements = [
  {
    ...ACCOUNT,
    iban: iban(ACCOUNT),
    id: 'REL-2026-12-02-A',
    from: '2026-12-01',
    to: '2026-12-02',
    openingCents: closingOf(novemberStatements[1]),
    entries: [
      {
        ref: 'DEC0101',
        bookingDate: '2026-12-01',
        amountCents: pair[0].openCents + pair[1].openCents,
        payerName: nameOf(pair[0]),
        payerIban: ibanOf(pair[0]),
        remittance: `VIR SEPA FACT ${pair[0].number} ${pair[1].number}`,
        documentNumbers: pair.map((i) => i.number),
      },
      {
        ref: 'DEC0102',
        bookingDate: '2026-12-01',
        amountCents: thirdPartyItem.openCents,
        payerName: 'FINANCIERE DU GROUPE PARENT',
        payerIban: frenchIban('30003', '01234', '00099887766'),
        remittance: `POUR LE COMPTE DE ${nameOf(thirdPartyItem).toUpperCase()} ${thirdPartyItem.number}`,
      },
      {
        ref: 'DEC0201',
        bookingDate: '2026-12-02',
        amountCents: batchItems.reduce((sum, i) => sum + i.openCents, 0),
        batch: batchItems.map((item, n) => ({
          ref: `DEC0201-${n + 1}`,
          amountCents: item.openCents,
          payerName: nameOf(item),
          payerIban: ibanOf(item),
          remittance: `FACTURE ${item.number}`,
        })),
      },
    ],
  },
  {
    ...SECOND,
    iban: iban(SECOND),
    id: 'REL-2026-12-02-B',
    from: '2026-12-01',
    to: '2026-12-02',
    openingCents: 250_000,
    entries: [
      { ref: 'B120101', bookingDate: '2026-12-01', amountCents: -60_000, remittance: 'LOYER' },
      {
        ref: 'B120102',
        bookingDate: '2026-12-02',
        amountCents: 77_777,
        payerName: 'INCONNU SARL',
        remittance: 'VIREMENT SANS REFERENCE',
      },
    ],
  },
];

function creditsOf(statements, accountId) {
  return statements.flatMap((s) =>
    s.entries
      .filter((e) => e.amountCents > 0)
      .flatMap((e) =>
        (e.batch ?? [e]).map((t) => ({
          accountId: accountId(s),
          amountCents: t.amountCents,
          bookingDate: e.bookingDate,
          payerName: t.payerName ?? null,
        })),
      ),
  );
}
const expectation = (statements, accountId) => ({
  statements: statements.length,
  credits: creditsOf(statements, accountId),
  debits: statements.reduce((n, s) => n + s.entries.filter((e) => e.amountCents < 0).length, 0),
  closingCents: statements.map(closingOf),
});
const ribId = (s) => `${s.bank} ${s.branch} ${s.account}`;

const files = {
  'camt053_001.02_2026-11.xml': [
    camt053('02', 'MSG-2026-11', novemberStatements),
    expectation(novemberStatements, (s) => s.iban),
  ],
  'camt053_001.08_2026-12-02.xml': [
    camt053('08', 'MSG-2026-12-02', decemberStatements),
    expectation(decemberStatements, (s) => s.iban),
  ],
  'cfonb120_2026-11.txt': [cfonb120(novemberStatements), expectation(novemberStatements, ribId)],
  'ofx_2026-11.ofx': [ofx1(novemberStatements), expectation(novemberStatements, ribId)],
};

const expected = {
  november: {
    paidInFull: [first.number, cafe.number, delta.number],
    partlyPaid: { number: halfPaid.number, paidCents: halfPaid.openCents - halfOpen },
  },
  december: {
    twoInvoices: pair.map((i) => i.number),
    thirdParty: thirdPartyItem.number,
    batch: batchItems.map((i) => i.number),
  },
  files: {},
};
for (const [name, [content, facts]] of Object.entries(files)) {
  // CFONB from older bank systems is Latin-1; the others are UTF-8.
  writeFileSync(join(root, name), content, name.startsWith('cfonb') ? 'latin1' : 'utf8');
  expected.files[name] = facts;
}
writeFileSync(join(root, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);

// Malformed files: each must be refused with a message naming where.
const camtNovember = camt053('02', 'MSG-2026-11', novemberStatements);
const cfonbNovember = cfonb120(novemberStatements).split('\r\n');
const gap = [novemberStatements[0], { ...novemberStatements[1], openingCents: 1 }];
const BAD = {
  'camt053_tronque.xml': [
    camtNovember.slice(0, Math.floor(camtNovember.length / 2)),
    'XML invalide',
  ],
  'camt053_soldes_discontinus.xml': [camt053('02', 'MSG-GAP', gap), 'ne suit pas le solde final'],
  'cfonb120_ligne_courte.txt': [
    cfonbNovember.map((line, i) => (i === 3 ? line.slice(0, 119) : line)).join('\r\n'),
    'ligne 4\u00a0: 119 caractères',
  ],
  'cfonb120_devise_inconnue.txt': [
    cfonbNovember
      .map((line, i) => (i === 1 ? `${line.slice(0, 16)}XYZ${line.slice(19)}` : line))
      .join('\r\n'),
    'ligne 2\u00a0: devise inconnue « XYZ »',
  ],
  'cfonb120_sans_nouveau_solde.txt': [
    cfonbNovember.filter((line) => !line.startsWith('07')).join('\r\n'),
    'nouveau solde (07) manquant',
  ],
  'ofx_montant_illisible.ofx': [
    ofx1(novemberStatements).replace(/<TRNAMT>[\d.]+/, '<TRNAMT>12,3,4'),
    'montant <TRNAMT> illisible',
  ],
  'releve_inconnu.txt': [
    'Ceci n’est pas un relevé bancaire.\n',
    'n’est pas un relevé bancaire lisible',
  ],
};
const badExpected = {};
for (const [name, [content, message]] of Object.entries(BAD)) {
  writeFileSync(join(root, 'bad', name), content, name.startsWith('cfonb') ? 'latin1' : 'utf8');
  badExpected[name] = message;
}
writeFileSync(join(root, 'bad', 'expected.json'), `${JSON.stringify(badExpected, null, 2)}\n`);
console.log(
  `Wrote ${Object.keys(files).length} statements and ${Object.keys(BAD).length} malformed files to ${root}`,
);
