/** The list's filters in words, for the export's « Filtres » sheet and the page subtitle. */
import type { BucketKey } from '../../../domain/aging';
import { formatEuros } from '../../../domain/money';
import { UNASSIGNED_LABEL } from '../../../domain/portfolio';
import { DEBTOR_STAGE_LABELS } from '../../../domain/stage';
import { ALL_COLUMNS, isBucketColumn } from './columnValues';
import type { ListQuery } from './listQuery';

const FLAG_LABELS = {
  disputed: 'avec des pièces en litige',
  promised: 'avec une promesse en cours',
  litigation: 'en contentieux',
} as const;

export function describeFilters(
  query: ListQuery,
  bucketLabels: Record<BucketKey, string>,
  beyondLabel: string,
): string[] {
  const parts: string[] = [];
  if (query.bucket === 'overdue') parts.push('échu');
  else if (query.bucket === 'beyond3') parts.push(`échu ${beyondLabel}`);
  else if (query.bucket) parts.push(`tranche ${bucketLabels[query.bucket]}`);
  if (query.assignee !== undefined) {
    parts.push(`gestionnaire : ${query.assignee || UNASSIGNED_LABEL.toLowerCase()}`);
  }
  if (query.stage) parts.push(`étape : ${DEBTOR_STAGE_LABELS[query.stage]}`);
  if (query.tag) parts.push(`étiquette : ${query.tag}`);
  if (query.flag) parts.push(FLAG_LABELS[query.flag]);
  if (query.minCents !== undefined) parts.push(`solde ≥ ${formatEuros(query.minCents)}`);
  if (query.maxCents !== undefined) parts.push(`solde ≤ ${formatEuros(query.maxCents)}`);
  if (query.text) parts.push(`recherche « ${query.text} »`);
  return parts;
}

export function describeSort(query: ListQuery, bucketLabels: Record<BucketKey, string>): string {
  const column = ALL_COLUMNS.find((c) => c.key === query.sort);
  const label = column && isBucketColumn(column.key) ? bucketLabels[column.key] : column?.label;
  return `${label ?? query.sort} (${query.direction === 'asc' ? 'croissant' : 'décroissant'})`;
}
