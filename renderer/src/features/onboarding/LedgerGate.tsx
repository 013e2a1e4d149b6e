import type { ReactNode } from 'react';
import { useLedgerHasDebtors } from '../../data/hooks';
import { PageLoader } from '../../shared/ui/PageLoader';
import { EmptyLedger } from './EmptyLedger';

/** Renders its children once the ledger has debtors, the getting-started state before. */
export function LedgerGate({ children }: { children: ReactNode }) {
  const hasDebtors = useLedgerHasDebtors();
  if (hasDebtors === undefined) return <PageLoader />;
  return hasDebtors ? children : <EmptyLedger />;
}
