import { describe, expect, it } from 'vitest';
import { paths } from '../../../app/paths';
import { emptyDebtorAging } from '../../../domain/aging';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import { cents } from '../../../domain/money';
import { visibleColumns } from './columnValues';
import {
  applyListQuery,
  type ListQuery,
  listQueryParams,
  parseListQuery,
  searchKey,
} from './listQuery';

const row = (id: string, over: Partial<DebtorSummary> = {}): DebtorSummary => ({
  ...emptyDebtorAging(),
  id,
  accountNo: `411${id}`,
  name: `Client ${id}`,
  tags: [],
  status: 'active',
  stage: 'a-jour',
  promisedCents: cents(0),
  litigationCents: cents(0),
  ...over,
});

const ROWS: DebtorSummary[] = [
  row('1', {
    name: 'Société Générale de Transports',
    siren: '732829320',
    assignee: 'Camille',
    totalCents: cents(50_000),
    overdueCents: cents(30_000),
    buckets: {
      notDue: cents(20_000),
      d1_30: cents(30_000),
      d31_60: cents(0),
      d61_90: cents(0),
      d91_180: cents(0),
      over180: cents(0),
    },
    stage: 'relance',
    tags: ['grand compte'],
  }),
  row('2', {
    name: 'Boulangerie Martin',
    totalCents: cents(120_000),
    overdueCents: cents(120_000),
    buckets: {
      notDue: cents(0),
      d1_30: cents(0),
      d31_60: cents(0),
      d61_90: cents(0),
      d91_180: cents(120_000),
      over180: cents(0),
    },
    stage: 'judiciaire',
    litigationCents: cents(120_000),
  }),
  row('3', {
    name: 'Atelier Dupont',
    assignee: 'Julien',
    totalCents: cents(-5_000),
    overdueCents: cents(-5_000),
    buckets: {
      notDue: cents(0),
      d1_30: cents(-5_000),
      d31_60: cents(0),
      d61_90: cents(0),
      d91_180: cents(0),
      over180: cents(0),
    },
    disputedCents: cents(0),
    oldestDueDate: undefined,
  }),
];

const query = (over: Partial<ListQuery> = {}): ListQuery =>
  parseListQuery(listQueryParams({ ...over }));

describe('list query in the URL', () => {
  it('round-trips every filter', () => {
    const original: ListQuery = {
      bucket: 'd31_60',
      assignee: '',
      stage: 'relance',
      tag: 'grand compte',
      flag: 'disputed',
      minCents: cents(100_050),
      maxCents: cents(500_000),
      text: 'dupont',
      importId: 'imp-3',
      sort: 'name',
      direction: 'asc',
    };
    expect(parseListQuery(listQueryParams(original))).toEqual(original);
  });

  it('leaves defaults out of links', () => {
    expect(paths.debtors({})).toBe('/debiteurs');
    expect(paths.debtors({ bucket: 'd1_30', assignee: 'Émilie' })).toBe(
      '/debiteurs?bucket=d1_30&assignee=%C3%89milie',
    );
  });

  it('ignores unknown values', () => {
    const parsed = parseListQuery(new URLSearchParams('bucket=x&stage=y&sort=z&dir=up&min=abc'));
    expect(parsed).toEqual({
      bucket: undefined,
      assignee: undefined,
      stage: undefined,
      tag: undefined,
      flag: undefined,
      minCents: undefined,
      maxCents: undefined,
      text: undefined,
      importId: undefined,
      sort: 'overdueCents',
      direction: 'desc',
    });
  });
});

describe('filtering and sorting', () => {
  const ids = (over: Partial<ListQuery>) => applyListQuery(ROWS, query(over)).map((r) => r.id);

  it.each<[string, Partial<ListQuery>, string[]]>([
    ['default: most overdue first', {}, ['2', '1', '3']],
    [
      'bucket 1-30 includes a credit in that bucket (totals reconcile)',
      { bucket: 'd1_30' },
      ['1', '3'],
    ],
    ['any overdue', { bucket: 'overdue' }, ['2', '1', '3']],
    ['beyond 90 days', { bucket: 'beyond3' }, ['2']],
    ['assigned to Camille', { assignee: 'Camille' }, ['1']],
    ['assigned to nobody', { assignee: '' }, ['2']],
    ['stage', { stage: 'judiciaire' }, ['2']],
    ['tag', { tag: 'grand compte' }, ['1']],
    ['litigation flag', { flag: 'litigation' }, ['2']],
    ['amount range', { minCents: cents(0), maxCents: cents(100_000) }, ['1']],
    ['text on name without accents', { text: 'societe generale' }, ['1']],
    ['text on SIREN with spaces', { text: '732 829 320' }, ['1']],
    ['text on account number', { text: '4113' }, ['3']],
    ['by name', { sort: 'name', direction: 'asc' }, ['3', '2', '1']],
    [
      'by assignee, empty last either way',
      { sort: 'assignee', direction: 'desc' },
      ['3', '1', '2'],
    ],
    ['by stage in ladder order', { sort: 'stage', direction: 'asc' }, ['3', '1', '2']],
  ])('%s', (_label, over, expected) => {
    expect(ids(over)).toEqual(expected);
  });

  it('normalises search keys', () => {
    expect(searchKey("L'Été Brûlant")).toBe('letebrulant');
  });
});

describe('visible columns', () => {
  it('keeps account and name first, drops unknown keys', () => {
    expect(visibleColumns(['tags', 'nope', 'name', 'totalCents']).map((c) => c.key)).toEqual([
      'accountNo',
      'name',
      'tags',
      'totalCents',
    ]);
  });
});
