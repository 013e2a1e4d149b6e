import { describe, expect, it } from 'vitest';
import { isoDate } from '../dates';
import type { DsoDocument } from '../dso';
import type { BucketTotals } from '../model';
import { cents } from '../money';
import { buildMonthlyReport, type MonthlyReportInput } from './monthlyReport';
import { parseReportMonth, type ReportImport, type ReportMonth } from './period';

const month = (value: string) => parseReportMonth(value) as ReportMonth;
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
  month: month('2026-11'),
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

describe('monthly report', () => {
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

  it('gives the twelve-month trend, with a sentence for the months without imports', () => {
    const report = buildMonthlyReport(base);
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
    const september = report.trend[9];
    expect(september?.dso).toMatchObject({ ok: true, value: { singleImport: true } });
    expect(september?.cei).toEqual({
      ok: false,
      reason:
        'Aucun import de balance âgée n’est antérieur au 01/09/2026\u00a0: le CEI demande aussi la balance du début du mois.',
    });
    expect(report.trend[0]?.dso).toEqual({
      ok: false,
      reason: 'Aucun import de balance âgée n’est daté de décembre 2025.',
    });
    expect(report.trend[10]?.cei.ok).toBe(true);
  });

  it('says why, rather than zero, when the month has a single import', () => {
    const report = buildMonthlyReport({ ...base, imports: [base.imports[2] as ReportImport] });
    const reason =
      'Un seul import de balance âgée (au 30/11/2026)\u00a0: le mouvement de la balance âgée demande aussi la balance du début du mois.';
    expect(report.movement).toEqual({ ok: false, reason });
    expect(report.cei.ok).toBe(false);
    expect(report.dso).toMatchObject({ ok: true, value: { singleImport: true } });
    expect(report.caveats[0]).toMatch(/^DSO calculé sur un seul import/);
  });

  it('says why when no import is dated in the month', () => {
    const report = buildMonthlyReport({ ...base, month: month('2026-12') });
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
