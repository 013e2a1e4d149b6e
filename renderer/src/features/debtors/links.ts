/**
 * The debtor list's URL contract, for other features that link to a filtered list (the
 * dashboard's figures). Imported on its own so that linking does not load the list's code.
 */
export { type BucketFilter, debtorListHref, type ListQuery } from './list/listQuery';

/** `#/debiteurs/<id>`: the fiche débiteur. */
export function debtorHref(debtorId: string): string {
  return `/debiteurs/${encodeURIComponent(debtorId)}`;
}
