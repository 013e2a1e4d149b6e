/** Promesses et échéanciers: the view, and the pieces the debtor page and the queue reuse. */
export { openPaymentEntry, recordNothingReceived } from './PaymentEntryDialog';
export { PromisesPage } from './PromisesPage';
export { type PromiseRow, PromisesTable } from './PromisesTable';
