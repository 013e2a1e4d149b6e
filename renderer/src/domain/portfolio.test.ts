import { describe, expect, it } from 'vitest';
import { emptyBuckets } from './aging';
import { isoDate } from './dates';
import { buildDebtorSummaries, type DebtorSummary, summarizeLedger } from './debtorSummary';
import type { Debtor, Invoice, PaymentPromise } from './model';
import { cents } from './money';
import { portfolioFigures } from './portfolio';
import { type DebtorStage, debtorStage, type StageFacts } from './stage';

const AS_OF = isoDate('2026-11-23');

const debtor = (id: string, over: Partial<Debtor> = {}): Debtor => ({
  id,
  accountNo: `411${id}`,
  name: `Client ${id}`,
  addressLines: [],
  contacts: [],
  tags: [],
  status: 'active',
  ...over,
});

let seq = 0;
const invoice = (
  debtorId: string,
  dueDate: string,
  openCents: number,
  over: Partial<Invoice> = {},
): Invoice => ({
  id: `i${++seq}`,
  debtorId,
  number: `F${seq}`,
  kind: openCents < 0 ? 'credit-note' : 'invoice',
  dueDate: isoDate(dueDate),
  amountCents: cents(openCents),
  openCents: cents(openCents),
  currency: 'EUR',
  status: 'open',
  ...over,
});

function summaries(
  debtors: Debtor[],
  items: Invoice[],
  promises: PaymentPromise[] = [],
): DebtorSummary[] {
  return summarizeLedger({
    debtors,
    items,
    promises,
    cases: [],
    lastActivityAt: new Map(),
    asOf: AS_OF,
    boundaries: [30, 60, 90, 180],
  });
}

describe('portfolioFigures', () => {
  it('empty portfolio: zeros and no division by zero', () => {
    expect(portfolioFigures([]).summary).toEqual({
      debtorsWithBalance: 0,
      openItemCount: 0,
      buckets: emptyBuckets(),
      totalCents: 0,
      overdueCents: 0,
      overdueShare: 0,
      beyondThirdBoundaryCents: 0,
      beyondThirdBoundaryShare: 0,
      topConcentrationShare: 0,
      creditCents: 0,
      disputedCents: 0,
      promisedCents: 0,
      litigationCents: 0,
    });
  });

  it('computes shares, concentration and the disputed, promised and litigation amounts', () => {
    const debtors = [
      debtor('a', { assignee: 'Camille' }),
      debtor('b', { assignee: 'Julien', status: 'litigation' }),
      debtor('c'),
      debtor('d', { assignee: 'Camille' }),
    ];
    const rows = summaries(
      debtors,
      [
        invoice('a', '2026-12-01', 40_000), // not due
        invoice('a', '2026-11-01', 60_000), // 22 days
        invoice('b', '2026-06-01', 100_000), // 175 days
        invoice('c', '2026-08-01', 50_000, { status: 'disputed' }), // 114 days
        invoice('d', '2026-10-01', 10_000), // 53 days
        invoice('d', '2026-11-20', -30_000), // credit: d is in credit overall
      ],
      [
        {
          id: 'p1',
          debtorId: 'a',
          kind: 'promise',
          invoiceIds: [],
          createdAt: '2026-11-01T10:00:00.000Z',
          status: 'active',
          installments: [{ date: isoDate('2026-11-30'), cents: cents(60_000), status: 'pending' }],
        },
      ],
    );
    const summary = portfolioFigures(rows).summary;
    expect(summary.totalCents).toBe(230_000);
    expect(summary.overdueCents).toBe(190_000);
    expect(summary.overdueShare).toBeCloseTo(190 / 230, 10);
    expect(summary.beyondThirdBoundaryCents).toBe(150_000);
    expect(summary.beyondThirdBoundaryShare).toBeCloseTo(150 / 230, 10);
    // Fewer than 10 debtors owe overdue money: the top 10 is all of it.
    expect(summary.topConcentrationShare).toBe(1);
    expect(summary.creditCents).toBe(-30_000);
    expect(summary.disputedCents).toBe(50_000);
    expect(summary.promisedCents).toBe(60_000);
    expect(summary.litigationCents).toBe(100_000);
    expect(summary.debtorsWithBalance).toBe(4);

    expect(portfolioFigures(rows, 2).top.map((r) => r.id)).toEqual(['b', 'a']);
    expect(rows.find((r) => r.id === 'a')?.stage).toBe('promesse');
    expect(rows.find((r) => r.id === 'c')?.stage).toBe('litige');
    expect(rows.find((r) => r.id === 'd')?.stage).toBe('a-jour');

    expect(portfolioFigures(rows).byAssignee).toEqual([
      { key: 'Julien', label: 'Julien', debtors: 1, totalCents: 100_000, overdueCents: 100_000 },
      { key: 'Camille', label: 'Camille', debtors: 2, totalCents: 80_000, overdueCents: 40_000 },
      { key: '', label: 'Non attribué', debtors: 1, totalCents: 50_000, overdueCents: 50_000 },
    ]);
    expect(portfolioFigures(rows).byStage.map((l) => [l.key, l.debtors])).toEqual([
      ['a-jour', 1],
      ['promesse', 1],
      ['litige', 1],
      ['judiciaire', 1],
    ]);
  });

  it('concentration: the top 10 of 12 equal debtors hold 10/12 of the overdue', () => {
    const debtors = Array.from({ length: 12 }, (_, i) => debtor(`x${i}`));
    const rows = summaries(
      debtors,
      debtors.map((d) => invoice(d.id, '2026-10-01', 1_000)),
    );
    expect(portfolioFigures(rows).summary.topConcentrationShare).toBeCloseTo(10 / 12, 10);
  });

  it('puts at « Mise en demeure » the debtors noticed since their oldest owed item fell due', () => {
    const debtors = [debtor('n1'), debtor('n2'), debtor('n3')];
    const rows = summarizeLedger({
      debtors,
      items: debtors.map((d) => invoice(d.id, '2026-10-01', 1_000)),
      promises: [],
      cases: [],
      lastActivityAt: new Map(),
      // n1 noticed after its invoice fell due; n2 before (about items since paid); n3 never.
      notices: new Map([
        ['n1', isoDate('2026-10-20')],
        ['n2', isoDate('2026-09-15')],
      ]),
      asOf: AS_OF,
      boundaries: [30, 60, 90, 180],
    });
    expect(rows.map((r) => r.stage)).toEqual(['mise-en-demeure', 'relance', 'relance']);
  });

  it('a debtor without open items still gets a row, at « À jour »', () => {
    const [row] = buildDebtorSummaries({
      debtors: [debtor('z')],
      agingByDebtor: new Map(),
      promises: [],
      cases: [],
      lastActivityAt: new Map(),
    });
    expect(row).toMatchObject({ id: 'z', totalCents: 0, stage: 'a-jour', openItemCount: 0 });
  });
});

describe('debtorStage', () => {
  const base: StageFacts = {
    status: 'active',
    overdueCents: cents(1_000),
    disputedCents: cents(0),
    hasActivePromise: false,
    caseStages: [],
  };
  it.each<[string, Partial<StageFacts>, DebtorStage]>([
    ['nothing overdue', { overdueCents: cents(0) }, 'a-jour'],
    ['credit balance', { overdueCents: cents(-500) }, 'a-jour'],
    ['overdue', {}, 'relance'],
    ['overdue with a promise', { hasActivePromise: true }, 'promesse'],
    ['everything late disputed', { disputedCents: cents(1_000) }, 'litige'],
    ['part of it disputed', { disputedCents: cents(400) }, 'relance'],
    [
      'a case at mise en demeure',
      { caseStages: ['relance-2', 'mise-en-demeure'] },
      'mise-en-demeure',
    ],
    ['a case in procedure', { caseStages: ['procedure'] }, 'judiciaire'],
    ['account in litigation', { status: 'litigation', overdueCents: cents(0) }, 'judiciaire'],
    ['closed case only', { caseStages: ['clos'] }, 'relance'],
    ['a mise en demeure sent for what is late', { noticeSent: true }, 'mise-en-demeure'],
    ['a notice, then a promise', { noticeSent: true, hasActivePromise: true }, 'promesse'],
    [
      'a notice, everything late disputed since',
      { noticeSent: true, disputedCents: cents(1_000) },
      'litige',
    ],
    ['a notice, nothing late any more', { noticeSent: true, overdueCents: cents(0) }, 'a-jour'],
  ])('%s → %s', (_label, facts, stage) => {
    expect(debtorStage({ ...base, ...facts })).toBe(stage);
  });
});
