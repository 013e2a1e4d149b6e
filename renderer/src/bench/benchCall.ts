/**
 * An unanswered call on a debtor, as a colleague's tab logs it: the write the « after a write »
 * benchmarks make before they time a screen (a fact the collection rules read, and the latest
 * activity the dashboard shows).
 */
import { CALL_OUTCOME_LABELS } from '../domain/callOutcomes';
import type { Activity } from '../domain/model';

export function benchCall(debtorId: string): Activity {
  return {
    id: crypto.randomUUID(),
    debtorId,
    type: 'call',
    at: new Date().toISOString(),
    by: 'Mesure',
    outcome: CALL_OUTCOME_LABELS['pas-de-reponse'],
    text: 'Appel de mesure',
    details: { kind: 'call', outcome: 'pas-de-reponse' },
  };
}
