import type { ImportField } from '../../domain/import/types';

/** French labels of the fields a column can be mapped to, in the order the mapping editor shows. */
export const FIELD_LABELS: Record<ImportField, string> = {
  accountNo: 'Code client',
  debtorName: 'Raison sociale',
  documentNumber: 'N° de pièce',
  documentDate: 'Date de pièce',
  dueDate: "Date d'échéance",
  amount: 'Montant TTC',
  debit: 'Débit',
  credit: 'Crédit',
  openAmount: 'Reste dû',
  currency: 'Devise',
  poNumber: 'N° de commande / référence',
  documentType: 'Type de pièce',
  siren: 'SIREN',
  address: 'Adresse',
  postalCode: 'Code postal',
  city: 'Ville',
  phone: 'Téléphone',
  email: 'E-mail',
  bucketNotDue: 'Non échu',
  bucket1_30: '1-30 jours',
  bucket31_60: '31-60 jours',
  bucket61_90: '61-90 jours',
  bucket91_120: '91-120 jours',
  bucket91_180: '91-180 jours',
  bucketOver90: '+ 90 jours',
  bucketOver120: '+ 120 jours',
  bucketOver180: '+ 180 jours',
  total: 'Total',
};

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
  'currency',
  'poNumber',
  'siren',
  'address',
  'postalCode',
  'city',
  'phone',
  'email',
];

export const BUCKET_FIELDS: readonly ImportField[] = [
  'accountNo',
  'debtorName',
  'bucketNotDue',
  'bucket1_30',
  'bucket31_60',
  'bucket61_90',
  'bucket91_120',
  'bucket91_180',
  'bucketOver90',
  'bucketOver120',
  'bucketOver180',
  'total',
  'siren',
  'city',
];

/** `0` -> `A`, `27` -> `AB`: the column letters the user sees in Excel. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
