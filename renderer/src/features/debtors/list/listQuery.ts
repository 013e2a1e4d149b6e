/**
 * The debtor list's filters and sort, kept in the URL (`#/debiteurs?bucket=d31_60&assignee=…`)
 * so that every figure of the dashboard can link to its debtors, and a filtered view can be
 * bookmarked or reloaded. Pure: parsing, serialising, filtering and sorting.
 */
import {
  type BucketFilter,
  DEBTOR_LIST_DEFAULT_SORT,
  type DebtorListLink,
  debtorListParams,
  type FlagFilter,
  paths,
  type SortDirection,
} from '../../../app/paths';
import { BUCKET_KEYS } from '../../../domain/aging';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import { frenchCollator } from '../../../domain/french';
import type { Cents } from '../../../domain/model';
import { centsFromNumber } from '../../../domain/money';
import { DEBTOR_STAGES, type DebtorStage } from '../../../domain/stage';
import { type ColumnKey, isColumnKey, sortValueOf } from './columnValues';

export type { BucketFilter, FlagFilter, SortDirection } from '../../../app/paths';

/** A link's filters, with the sort column checked against the list's own columns. */
export interface ListQuery extends Omit<DebtorListLink, 'sort' | 'direction'> {
  sort: ColumnKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: Pick<ListQuery, 'sort' | 'direction'> = DEBTOR_LIST_DEFAULT_SORT;

const BUCKET_FILTERS: readonly string[] = [...BUCKET_KEYS, 'overdue', 'beyond3'];
const FLAG_FILTERS: readonly string[] = ['disputed', 'promised', 'litigation'];

function euroParamToCents(value: string | null): Cents | undefined {
  if (value === null || value.trim() === '') return undefined;
  const euros = Number(value.replace(',', '.'));
  return Number.isFinite(euros) ? centsFromNumber(euros) : undefined;
}

/** Reads the query from URL search params; unknown values are ignored, never fatal. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const bucket = params.get('bucket');
  const stage = params.get('stage');
  const flag = params.get('flag');
  const sort = params.get('sort');
  const direction = params.get('dir');
  return {
    bucket: bucket && BUCKET_FILTERS.includes(bucket) ? (bucket as BucketFilter) : undefined,
    assignee: params.has('assignee') ? (params.get('assignee') ?? '') : undefined,
    mine: params.get('portefeuille') === 'mes' || undefined,
    stage:
      stage && (DEBTOR_STAGES as readonly string[]).includes(stage)
        ? (stage as DebtorStage)
        : undefined,
    tag: params.get('tag') || undefined,
    flag: flag && FLAG_FILTERS.includes(flag) ? (flag as FlagFilter) : undefined,
    minCents: euroParamToCents(params.get('min')),
    maxCents: euroParamToCents(params.get('max')),
    text: params.get('q') || undefined,
    importId: params.get('asOf') || undefined,
    sort: sort && isColumnKey(sort) ? sort : DEFAULT_SORT.sort,
    direction: direction === 'asc' || direction === 'desc' ? direction : DEFAULT_SORT.direction,
  };
}

/** The query as URL search params; defaults are left out so links stay short. */
export function listQueryParams(query: Partial<ListQuery>): URLSearchParams {
  return debtorListParams(query);
}

/** `#/debiteurs?…` link for a filtered list. */
export function debtorListHref(query: Partial<ListQuery>): string {
  return paths.debtors(query);
}

/** Lower case, accents and spaces removed: « Société Générale » matches « societegen ». */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s.\-_'’]/g, '');
}

function matchesBucket(row: DebtorSummary, bucket: BucketFilter): boolean {
  // « Not zero » rather than « positive »: the list then adds up exactly to the dashboard's
  // figure, credits included.
  if (bucket === 'overdue') return row.overdueCents !== 0;
  if (bucket === 'beyond3') return row.buckets.d91_180 !== 0 || row.buckets.over180 !== 0;
  return row.buckets[bucket] !== 0;
}

function matchesFlag(row: DebtorSummary, flag: FlagFilter): boolean {
  if (flag === 'disputed') return row.disputedCents !== 0;
  if (flag === 'promised') return row.promisedCents !== 0;
  return row.litigationCents !== 0;
}

/**
 * Each row's search text, normalised once: rows are rebuilt on each ledger change, not on each
 * keystroke, so a keystroke only compares strings (10,000 debtors well under 100 ms).
 */
const haystacks = new WeakMap<DebtorSummary, string>();
function haystackOf(row: DebtorSummary): string {
  let haystack = haystacks.get(row);
  if (haystack === undefined) {
    haystack = searchKey(`${row.name}|${row.accountNo}|${row.siren ?? ''}`);
    haystacks.set(row, haystack);
  }
  return haystack;
}

export function filterRows(rows: readonly DebtorSummary[], query: ListQuery): DebtorSummary[] {
  const needle = query.text ? searchKey(query.text) : '';
  return rows.filter((row) => {
    if (query.bucket && !matchesBucket(row, query.bucket)) return false;
    if (query.assignee !== undefined && (row.assignee ?? '') !== query.assignee) return false;
    if (query.stage && row.stage !== query.stage) return false;
    if (query.tag && !row.tags.includes(query.tag)) return false;
    if (query.flag && !matchesFlag(row, query.flag)) return false;
    if (query.minCents !== undefined && row.totalCents < query.minCents) return false;
    if (query.maxCents !== undefined && row.totalCents > query.maxCents) return false;
    if (needle && !haystackOf(row).includes(needle)) return false;
    return true;
  });
}

/** Sorted copy; empty values last whatever the direction; ties by name. */
export function sortRows(
  rows: readonly DebtorSummary[],
  sort: ColumnKey,
  direction: SortDirection,
): DebtorSummary[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: sortValueOf(row, sort) }));
  keyed.sort((a, b) => {
    if (a.key === undefined || b.key === undefined) {
      if (a.key === b.key) return frenchCollator.compare(a.row.name, b.row.name);
      return a.key === undefined ? 1 : -1;
    }
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : frenchCollator.compare(String(a.key), String(b.key));
    return order * sign || frenchCollator.compare(a.row.name, b.row.name);
  });
  return keyed.map((k) => k.row);
}

export function applyListQuery(rows: readonly DebtorSummary[], query: ListQuery): DebtorSummary[] {
  return sortRows(filterRows(rows, query), query.sort, query.direction);
}

/** True when any filter (not the sort) narrows the list. */
export function hasFilters(query: ListQuery): boolean {
  return (
    query.bucket !== undefined ||
    query.assignee !== undefined ||
    query.mine === true ||
    query.stage !== undefined ||
    query.tag !== undefined ||
    query.flag !== undefined ||
    query.minCents !== undefined ||
    query.maxCents !== undefined ||
    query.text !== undefined
  );
}
