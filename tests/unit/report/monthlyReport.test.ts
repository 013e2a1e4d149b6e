/**
 * The monthly report, tested here once: first the model from a small hand-made month whose
 * every figure is worked out by hand, then read from a real ledger (the demo portfolio loaded
 * into IndexedDB, fake-indexeddb, with its year of month-end imports) by the data layer, rendered
 * as PDF and Excel and read back from the bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { monthlyReportRepo } from '../../../renderer/src/data/repositories/monthlyReport';
import { loadDemoData } from '../../../renderer/src/demo';
import {
  BUCKET_KEYS,
  bucketLabels,
  DEFAULT_BUCKET_BOUNDARIES,
} from '../../../renderer/src/domain/aging';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { DsoDocument } from '../../../renderer/src/domain/dso';
import type { BucketTotals } from '../../../renderer/src/domain/model';
import { cents, eurosFromCents, formatEuros } from '../../../renderer/src/domain/money';
import { totalBuckets } from '../../../renderer/src/domain/portfolio';
import {
  buildMonthlyReport,
  changeText,
  dsoText,
  type MonthlyReportInput,
  parseReportMonth,
  percentText,
  type ReportImport,
  type ReportMonth,
  ratioText,
} from '../../../renderer/src/domain/report';
import { reportWorkbook } from '../../../renderer/src/features/report/reportWorkbook';
import { renderMonthlyReportPdf } from '../../../renderer/src/pdf/report';
import { extractPdfText, plainSpaces, registerTestFonts } from '../pdf/pdfSupport';
import { useFreshDb } from '../testDb';

const OPTIONS = {
  seed: 5,
  debtors: 40,
  items: 600,
  asOfDate: isoDate('2026-12-04'),
  previousImports: 11,
};
const TODAY = isoDate('2026-12-04');
const NOVEMBER = parseReportMonth('2026-11') as ReportMonth;
const LABELS = bucketLabels(DEFAULT_BUCKET_BOUNDARIES);
const sum = (b: BucketTotals) => BUCKET_KEYS.reduce((s, k) => s + b[k], 0);

const buckets = (notDue: number, d1_30: number, over180 = 0): BucketTotals => ({
  notDue: cents(notDue),
  d1_30: cents(d1_30),
  d31_60: cents(0),
  d61_90: cents(0),
  d91_180: cents(0),
  over180: cents(over180),
});
const imp = (id: string, asOfDate: string, b: BucketTotals): ReportImport => ({
  id,
  asOfDate: isoDate(asOfDate),
  importedAt: `${asOfDate}T18:00:00.000Z`,
  buckets: b,
});
const invoice = (issueDate: string, amount: number, open = 0): DsoDocument => ({
  kind: 'invoice',
  status: open > 0 ? 'open' : 'paid',
  issueDate: isoDate(issueDate),
  dueDate: isoDate(issueDate),
  amountCents: cents(amount),
  openCents: cents(open),
});

const base: MonthlyReportInput = {
  month: NOVEMBER,
  today: isoDate('2026-12-04'),
  imports: [
    imp('sep', '2026-09-30', buckets(40_000_00, 20_000_00)),
    imp('oct', '2026-10-31', buckets(60_000_00, 30_000_00, 10_000_00)),
    imp('nov', '2026-11-30', buckets(45_000_00, 25_000_00, 12_345_67)),
  ],
  documents: [
    invoice('2026-10-10', 50_000_00),
    invoice('2026-11-05', 30_000_00),
    invoice('2026-11-20', 20_000_00, 20_000_00),
  ],
  debtors: [{ id: 'd1', assignee: 'Julie' }, { id: 'd2', assignee: 'Marc' }, { id: 'd3' }],
  controllers: ['Julie', 'Marc'],
  payments: [
    { debtorId: 'd1', date: isoDate('2026-11-30'), cents: cents(12_345_67) },
    { debtorId: 'd1', date: isoDate('2026-11-02'), cents: cents(1_000_00) },
    { debtorId: 'd2', date: isoDate('2026-11-15'), cents: cents(2_500_50) },
    { debtorId: 'd3', date: isoDate('2026-11-15'), cents: cents(99_99) },
  ],
  activities: [
    { debtorId: 'd1', type: 'call', at: '2026-11-03T10:00:00.000Z', by: 'Julie' },
    { debtorId: 'd2', type: 'letter', at: '2026-11-04T10:00:00.000Z', by: 'Julie' },
    { debtorId: 'd2', type: 'call', at: '2026-11-05T10:00:00.000Z', by: 'Marc' },
    { debtorId: 'd2', type: 'import', at: '2026-11-30T10:00:00.000Z', by: 'Marc' },
  ],
  promises: [
    {
      promise: {
        id: 'p1',
        debtorId: 'd1',
        kind: 'promise',
        invoiceIds: [],
        createdAt: '2026-11-01T09:00:00.000Z',
        installments: [{ date: isoDate('2026-11-10'), cents: cents(5_000_00), status: 'pending' }],
        status: 'active',
      },
      openCents: cents(0),
      evidenceDate: isoDate('2026-11-30'),
    },
    {
      promise: {
        id: 'p2',
        debtorId: 'd2',
        kind: 'promise',
        invoiceIds: [],
        createdAt: '2026-11-01T09:00:00.000Z',
        installments: [{ date: isoDate('2026-11-12'), cents: cents(3_000_00), status: 'pending' }],
        status: 'active',
      },
      openCents: cents(3_000_00),
      evidenceDate: isoDate('2026-11-30'),
    },
  ],
  graceDays: 3,
};

describe('monthly report model', () => {
  it('computes every figure of a month with both balances', () => {
    const report = buildMonthlyReport(base);
    expect(report.from).toBe('2026-11-01');
    expect(report.to).toBe('2026-11-30');
    expect(report.opening).toEqual({ importId: 'oct', asOfDate: '2026-10-31' });
    expect(report.closing).toEqual({ importId: 'nov', asOfDate: '2026-11-30' });

    // CEI: opening 100 000,00 + sales 50 000,00 − closing 82 345,67 = 67 654,33 collected,
    // over 100 000,00 + 50 000,00 − 45 000,00 = 105 000,00 collectible.
    expect(report.cei.ok && report.cei.value).toMatchObject({
      openingCents: 100_000_00,
      creditSalesCents: 50_000_00,
      closingCents: 82_345_67,
      closingCurrentCents: 45_000_00,
      collectedCents: 67_654_33,
      collectibleCents: 105_000_00,
      openingDate: '2026-10-31',
      closingDate: '2026-11-30',
    });
    expect(report.cei.ok && report.cei.value.percent).toBe((67_654_33 / 105_000_00) * 100);

    // DSO countback at 30/11: receivables 82 345,67 exhaust the 50 000,00 of 31/10–30/11
    // (31 days) then 32 345,67 of the 50 000,00 of 01/10–30/10 (30 days).
    expect(report.dso.ok && report.dso.value).toMatchObject({
      asOfDate: '2026-11-30',
      receivablesCents: 82_345_67,
      complete: true,
      singleImport: false,
    });
    expect(report.dso.ok && report.dso.value.days).toBeCloseTo(
      31 + (30 * 32_345_67) / 50_000_00,
      9,
    );

    expect(report.movement.ok && report.movement.value.total).toEqual({
      openingCents: 100_000_00,
      closingCents: 82_345_67,
      changeCents: -17_654_33,
    });
    expect(report.movement.ok && report.movement.value.buckets.over180.changeCents).toBe(2_345_67);

    expect(report.promises.ok && report.promises.value).toMatchObject({
      due: 2,
      kept: 1,
      missed: 1,
      rate: 0.5,
      keptCents: 5_000_00,
      missedCents: 3_000_00,
    });

    expect(
      report.controllers.map((r) => [
        r.controller,
        r.collectedCents,
        r.actions,
        r.promises.kept,
        r.promises.missed,
      ]),
    ).toEqual([
      ['Julie', 13_345_67, 2, 1, 0],
      ['Marc', 2_500_50, 1, 0, 1],
      ['', 99_99, 0, 0, 0],
    ]);
    expect(report.totals).toMatchObject({ collectedCents: 15_946_16, actions: 3 });
  });

  it('says why when no import is dated in the month', () => {
    const report = buildMonthlyReport({
      ...base,
      month: parseReportMonth('2026-12') as ReportMonth,
    });
    expect(report.dso).toEqual({
      ok: false,
      reason: 'Aucun import de balance âgée n’est daté de décembre 2026.',
    });
    expect(report.movement).toEqual({
      ok: false,
      reason:
        'Aucun import de balance âgée n’est daté de décembre 2026\u00a0: le mouvement de la balance âgée ne peut pas être calculé pour ce mois.',
    });
    expect(report.promises).toEqual({
      ok: false,
      reason: 'Aucune échéance de promesse ou d’échéancier n’était attendue en décembre 2026.',
    });
    expect(report.totals.collectedCents).toBe(0);
  });
});

describe('monthly report from the ledger', () => {
  const db = useFreshDb();
  beforeAll(registerTestFonts);

  it('reads the demo ledger into the report model, figure by figure', async () => {
    await loadDemoData(OPTIONS);
    const { report, months } = await monthlyReportRepo.load(NOVEMBER, TODAY);
    expect(months[0]).toBe('2026-12');
    expect(months).toHaveLength(12);

    const imports = await db().imports.toArray();
    const october = imports.find((i) => i.asOfDate === '2026-10-31');
    const november = imports.find((i) => i.asOfDate === '2026-11-30');
    expect(report.opening).toEqual({ importId: october?.id, asOfDate: '2026-10-31' });
    expect(report.closing).toEqual({ importId: november?.id, asOfDate: '2026-11-30' });

    // Aged balance movement: the two imports' snapshots, bucket by bucket.
    const totalsOf = async (id = '') =>
      totalBuckets(
        await db()
          .snapshots.filter((s) => s.importId === id)
          .toArray(),
      );
    const opening = await totalsOf(october?.id);
    const closing = await totalsOf(november?.id);
    if (!report.movement.ok) throw new Error(report.movement.reason);
    for (const key of BUCKET_KEYS) {
      expect(report.movement.value.buckets[key]).toEqual({
        openingCents: opening[key],
        closingCents: closing[key],
        changeCents: closing[key] - opening[key],
      });
    }

    // CEI from the same balances and the invoices issued in November.
    const documents = await db().invoices.toArray();
    const sales = documents
      .filter(
        (d) =>
          d.kind !== 'unapplied-payment' &&
          d.issueDate &&
          d.issueDate > '2026-10-31' &&
          d.issueDate <= '2026-11-30',
      )
      .reduce((s, d) => s + d.amountCents, 0);
    expect(sales).toBeGreaterThan(0);
    if (!report.cei.ok) throw new Error(report.cei.reason);
    expect(report.cei.value.creditSalesCents).toBe(sales);
    expect(report.cei.value.collectedCents).toBe(sum(opening) + sales - sum(closing));
    expect(report.cei.value.collectibleCents).toBe(sum(opening) + sales - closing.notDue);
    expect(report.cei.value.percent).toBe(
      ((sum(opening) + sales - sum(closing)) / (sum(opening) + sales - closing.notDue)) * 100,
    );

    // Collected: the invoices the November balance no longer listed, paid « au plus tard » 30/11,
    // and the payments entered by hand on promises and plans, on their own day.
    const payments = await db().payments.toArray();
    const inNovember = (date: string) => date >= '2026-11-01' && date <= '2026-11-30';
    const byHand = new Set(payments.filter((p) => p.source === 'manual').map((p) => p.invoiceId));
    const closedInNovember = documents
      .filter((d) => d.closedByImportId === november?.id && !byHand.has(d.id))
      .reduce((s, d) => s + d.amountCents, 0);
    const paidByHand = payments
      .filter((p) => p.source === 'manual' && inNovember(p.date))
      .reduce((s, p) => s + p.cents, 0);
    expect(closedInNovember).toBeGreaterThan(0);
    expect(report.totals.collectedCents).toBe(closedInNovember + paidByHand);
    expect(report.controllers.reduce((s, r) => s + r.collectedCents, 0)).toBe(
      closedInNovember + paidByHand,
    );
    const names = (await db().settings.get('assignees'))?.value as { names: string[] };
    expect(report.controllers.map((r) => r.controller).filter(Boolean)).toEqual(names.names);

    // Promises: each instalment promised for November, kept when the payments received on the
    // promise cover it, missed when it is the one a broken promise broke on.
    const promises = await db().promises.toArray();
    let kept = 0;
    let missed = 0;
    for (const promise of promises) {
      const received = payments
        .filter((p) => p.source === 'manual' && promise.invoiceIds.includes(p.invoiceId))
        .reduce((s, p) => s + p.cents, 0);
      let cumulative = 0;
      let broke = false;
      for (const instalment of promise.installments) {
        cumulative += instalment.cents;
        const paid = received >= cumulative;
        const breaking = !paid && promise.status === 'broken' && !broke;
        if (breaking) broke = true;
        if (!inNovember(instalment.date)) continue;
        if (paid) kept += 1;
        else if (breaking) missed += 1;
      }
    }
    expect(kept + missed).toBeGreaterThan(0);
    expect(report.promises).toMatchObject({
      ok: true,
      value: { kept, missed, rate: kept / (kept + missed) },
    });

    // Twelve months: December 2025 has no import, January 2026 only one.
    expect(report.trend.map((t) => t.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(report.trend[0]?.dso).toEqual({
      ok: false,
      reason: 'Aucun import de balance âgée n’est daté de décembre 2025.',
    });
    expect(report.trend[1]?.dso).toMatchObject({ ok: true, value: { singleImport: true } });
    expect(report.trend[1]?.cei).toEqual({
      ok: false,
      reason:
        'Aucun import de balance âgée n’est antérieur au 01/01/2026\u00a0: le CEI demande aussi la balance du début du mois.',
    });
    expect(report.trend.slice(2).every((t) => t.dso.ok && t.cei.ok)).toBe(true);
    expect(report.dso).toMatchObject({
      ok: true,
      value: { receivablesCents: sum(closing), singleImport: false },
    });
  });

  it('prints the same figures in the PDF and the Excel file', async () => {
    await loadDemoData(OPTIONS);
    const { report } = await monthlyReportRepo.load(NOVEMBER, TODAY);
    if (!report.cei.ok || !report.movement.ok || !report.dso.ok || !report.promises.ok) {
      throw new Error('figures expected');
    }
    const bytes = await renderMonthlyReportPdf({
      report,
      bucketLabels: LABELS,
      creditorName: 'Fournitures Dupont SAS',
    });
    const { text } = await extractPdfText(bytes);
    const plain = (value: string) => plainSpaces(value);
    expect(text).toContain('Rapport mensuel de recouvrement — novembre 2026');
    expect(text).toContain('Période du 01/11/2026 au 30/11/2026');
    expect(text).toContain(plain(`CEI ${percentText(report.cei.value.percent ?? 0)}`));
    expect(text).toContain(plain(`DSO ${dsoText(report.dso.value)}`));
    expect(text).toContain(plain(`Promesses tenues ${ratioText(report.promises.value.rate ?? 0)}`));
    expect(text).toContain(plain(`Encaissé ${formatEuros(report.totals.collectedCents)}`));
    const total = report.movement.value.total;
    expect(text).toContain(
      plain(
        `Total ${formatEuros(total.openingCents)} ${formatEuros(total.closingCents)} ${changeText(total.changeCents)}`,
      ),
    );
    expect(text).toContain(
      'déc. 2025 : Aucun import de balance âgée n’est daté de décembre 2025 : ni DSO ni CEI.',
    );
    const first = report.controllers[0];
    expect(text).toContain(
      plain(`${first?.controller} ${formatEuros(first?.collectedCents ?? (0 as never))}`),
    );

    const book = XLSX.read(reportWorkbook(report, LABELS), { type: 'array' });
    expect(book.SheetNames).toEqual([
      'Synthèse',
      'Tendance 12 mois',
      'Balance âgée',
      'Gestionnaires',
    ]);
    const rows = (name: string) =>
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] as XLSX.WorkSheet, {
        header: 1,
        raw: true,
      });
    const summary = rows('Synthèse');
    const figureOf = (label: string) => summary.find((r) => r[0] === label)?.[1];
    expect(figureOf('Encaissé dans le mois')).toBe(eurosFromCents(report.totals.collectedCents));
    expect(figureOf('CEI (indice d’efficacité du recouvrement)')).toBeCloseTo(
      (report.cei.value.percent ?? 0) / 100,
      12,
    );
    expect(figureOf('Taux de promesses tenues')).toBe(report.promises.value.rate);
    expect(figureOf('Variation de l’encours')).toBe(eurosFromCents(total.changeCents));
    const aged = rows('Balance âgée');
    expect(aged.at(-1)).toEqual([
      'Total',
      eurosFromCents(total.openingCents),
      eurosFromCents(total.closingCents),
      eurosFromCents(total.changeCents),
    ]);
    const trend = rows('Tendance 12 mois');
    expect(trend[1]?.[0]).toBe('déc. 2025');
    expect(trend[1]?.at(-1)).toBe(
      'Aucun import de balance âgée n’est daté de décembre 2025\u00a0: ni DSO ni CEI.',
    );
    expect(trend[12]?.[4]).toBeCloseTo((report.cei.value.percent ?? 0) / 100, 12);
    const team = rows('Gestionnaires');
    expect(team.at(-1)?.slice(0, 2)).toEqual([
      'Équipe',
      eurosFromCents(report.totals.collectedCents),
    ]);
  });

  it('says in words, never with a zero, what a single import cannot give', async () => {
    await loadDemoData({ ...OPTIONS, previousImports: 0 });
    const december = parseReportMonth('2026-12') as ReportMonth;
    const { report } = await monthlyReportRepo.load(december, TODAY);
    const reason =
      'Un seul import de balance âgée (au 04/12/2026)\u00a0: le mouvement de la balance âgée demande aussi la balance du début du mois.';
    expect(report.movement).toEqual({ ok: false, reason });
    expect(report.cei.ok).toBe(false);
    expect(report.dso).toMatchObject({ ok: true, value: { singleImport: true } });
    expect(report.caveats[0]).toMatch(/^DSO calculé sur un seul import/);

    const { text } = await extractPdfText(
      await renderMonthlyReportPdf({ report, bucketLabels: LABELS, creditorName: '' }),
    );
    expect(text).toContain(plainSpaces(reason));
    expect(text).toContain(
      'Un seul import de balance âgée (au 04/12/2026) : le CEI demande aussi la balance du début du mois.',
    );
    expect(text).toContain('DSO calculé sur un seul import');
    expect(text).not.toMatch(/Variation de l’encours 0,00/);

    const book = XLSX.read(reportWorkbook(report, LABELS), { type: 'array' });
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Synthèse as XLSX.WorkSheet, {
      header: 1,
    });
    expect(summary.find((r) => r[0] === 'Variation de l’encours')).toEqual([
      'Variation de l’encours',
      undefined,
      reason,
    ]);
  });
});
