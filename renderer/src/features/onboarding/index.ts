export { EmptyLedger } from './EmptyLedger';
export { LedgerGate } from './LedgerGate';
