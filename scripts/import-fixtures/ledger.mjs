/**
 * The receivables behind the import fixtures: debtors and open items at 31/10/2026, and the same
 * ledger a month later (some items paid, some new, one partly paid). Seeded, so every run writes
 * the same files.
 */

/** mulberry32: tiny deterministic PRNG. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;
export const toDay = (iso) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
export const fromDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso, n) => fromDay(toDay(iso) + n);
/** `2026-10-31` -> `31/10/2026`. */
export const frDate = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** `2026-10-31` -> `31.10.2026` (SAP). */
export const dotDate = (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
/** Excel serial of a calendar date (time-zone free, unlike a JS Date). */
export const excelSerial = (iso) => toDay(iso) + 25_569;

export const DEBTORS = [
  { accountNo: '411ALPHA', ref: 'C00042', sap: 100123, name: 'Alpha Industrie SARL' },
  { accountNo: '411BETON', ref: 'C00057', sap: 100187, name: 'Béton & Travaux du Sud SAS' },
  { accountNo: '411CAFE', ref: 'C00063', sap: 100204, name: 'Café des Arts' },
  { accountNo: '411DELTA', ref: 'C00071', sap: 100231, name: 'Delta Logistique SA' },
  { accountNo: '411ECOLE', ref: 'C00088', sap: 100266, name: 'École Sainte-Thérèse' },
  { accountNo: '411FORGE', ref: 'C00090', sap: 100302, name: "Forges de l'Aube" },
  { accountNo: '411GARAG', ref: 'C00104', sap: 100345, name: 'Garage Müller & Fils' },
  { accountNo: '411HOTEL', ref: 'C00118', sap: 100389, name: 'Hôtel Le Cèdre' },
  // A customer whose name starts with « Total » must not be taken for a total line.
  { accountNo: '411TOTAL', ref: 'C00125', sap: 100412, name: 'Total Énergies Services' },
  { accountNo: '411VERGR', ref: 'C00131', sap: 100455, name: 'Vergers de Provence' },
];

export const OCTOBER = '2026-10-31';
export const NOVEMBER = '2026-11-30';

function makeItems(random, asOf, startNumber) {
  const items = [];
  let invoiceNo = startNumber;
  let creditNo = 1;
  let paymentNo = 1;
  const cents = (min, max) => Math.round(min * 100 + random() * (max - min) * 100);
  DEBTORS.forEach((debtor, d) => {
    const count = 2 + Math.floor(random() * 4);
    for (let i = 0; i < count; i++) {
      const issueDate = addDays(asOf, -Math.floor(random() * 150) - 1);
      const terms = random() < 0.5 ? 30 : 45;
      const amount = cents(180, 24_000);
      items.push({
        accountNo: debtor.accountNo,
        number: `FA2026-${String(invoiceNo++).padStart(4, '0')}`,
        kind: 'invoice',
        issueDate,
        dueDate: addDays(issueDate, terms),
        amountCents: amount,
        openCents: amount,
      });
    }
    if (d % 4 === 1) {
      const issueDate = addDays(asOf, -Math.floor(random() * 60) - 1);
      const amount = -cents(90, 1_500);
      items.push({
        accountNo: debtor.accountNo,
        number: `AV2026-${String(creditNo++).padStart(3, '0')}`,
        kind: 'credit-note',
        issueDate,
        dueDate: issueDate,
        amountCents: amount,
        openCents: amount,
      });
    }
    if (d === 6) {
      const issueDate = addDays(asOf, -12);
      const amount = -cents(500, 2_000);
      items.push({
        accountNo: debtor.accountNo,
        number: `RG2026-${String(paymentNo++).padStart(3, '0')}`,
        kind: 'unapplied-payment',
        issueDate,
        dueDate: issueDate,
        amountCents: amount,
        openCents: amount,
      });
    }
  });
  // One invoice partly paid already: open amount below the invoice amount.
  const partial = items[3];
  partial.openCents = Math.round(partial.amountCents * 0.4);
  return items;
}

/** October's open items. */
export function octoberLedger() {
  return makeItems(seededRandom(20261031), OCTOBER, 1);
}

/**
 * November: three invoices and the unapplied payment are settled (closed), one invoice is half
 * paid (changed), and new November invoices appear.
 */
export function novemberLedger() {
  const october = octoberLedger();
  const invoices = october.filter((i) => i.kind === 'invoice');
  const closed = new Set([invoices[0].number, invoices[5].number, invoices[9].number]);
  for (const item of october) if (item.kind === 'unapplied-payment') closed.add(item.number);
  const changed = invoices[2];
  const items = october
    .filter((i) => !closed.has(i.number))
    .map((i) => (i === changed ? { ...i, openCents: Math.round(i.openCents / 2) } : { ...i }));
  const random = seededRandom(20261130);
  const added = [];
  for (let n = 0; n < 4; n++) {
    const debtor = DEBTORS[(n * 3) % DEBTORS.length];
    const issueDate = addDays(NOVEMBER, -Math.floor(random() * 25) - 1);
    const amount = Math.round(300_00 + random() * 9_000_00);
    added.push({
      accountNo: debtor.accountNo,
      number: `FA2026-${String(900 + n).padStart(4, '0')}`,
      kind: 'invoice',
      issueDate,
      dueDate: addDays(issueDate, 30),
      amountCents: amount,
      openCents: amount,
    });
  }
  return {
    items: [...items, ...added],
    diff: { closed: [...closed], changed: [changed.number], added: added.map((i) => i.number) },
  };
}

export function debtorOf(accountNo) {
  return DEBTORS.find((d) => d.accountNo === accountNo);
}

export const sumCents = (values) => values.reduce((a, b) => a + b, 0);

// Helpers shared by the export writers.

export const COMPANY = 'SOCIÉTÉ EXEMPLE SAS';

export const byDebtor = (items) =>
  DEBTORS.map((d) => ({ debtor: d, items: items.filter((i) => i.accountNo === d.accountNo) }))
    .filter((g) => g.items.length > 0)
    .map((g) => ({ ...g, items: [...g.items].sort((a, b) => a.number.localeCompare(b.number)) }));

export function summary(presetId, layout, asOfDate, items, totalCents, extra = {}) {
  return {
    presetId,
    layout,
    asOfDate,
    debtors: new Set(items.map((i) => i.accountNo)).size,
    items: items.length,
    creditNotes: items.filter((i) => i.kind === 'credit-note').length,
    unappliedPayments: items.filter((i) => i.kind === 'unapplied-payment').length,
    totalCents,
    ...extra,
  };
}

export const daysLate = (asOf, due) => toDay(asOf) - toDay(due);
