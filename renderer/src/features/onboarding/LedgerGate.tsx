import type { ReactNode } from 'react';
import { useLedgerCounts } from '../../data/hooks';
import { PageLoader } from '../../shared/ui/PageLoader';
import { EmptyLedger } from './EmptyLedger';

/** Renders its children once the ledger has debtors, the getting-started state before. */
export function LedgerGate({ children }: { children: ReactNode }) {
  const counts = useLedgerCounts();
  if (!counts) return <PageLoader />;
  return counts.debtors === 0 ? <EmptyLedger /> : children;
}
