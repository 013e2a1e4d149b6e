import { BUCKET_FIELDS } from '../../domain/import/bucketLabels';
import type { ImportField } from '../../domain/import/types';

/** Fields the mapping editor offers for a one-row-per-document export, in reading order. */
export const OPEN_ITEM_FIELDS: readonly ImportField[] = [
  'accountNo',
  'debtorName',
  'documentNumber',
  'documentType',
  'documentDate',
  'dueDate',
  'amount',
  'debit',
  'credit',
  'openAmount',
  'paidAmount',
  'status',
  'lettering',
  'currency',
  'eurAmount',
  'poNumber',
  'siren',
  'address',
  'postalCode',
  'city',
  'phone',
  'email',
];

/** Fields the mapping editor offers for a one-row-per-debtor aged export. */
export const BUCKET_LAYOUT_FIELDS: readonly ImportField[] = [
  'accountNo',
  'debtorName',
  ...BUCKET_FIELDS,
  'total',
  'siren',
  'city',
];
