/**
 * State changes that time alone brings about: a promise whose due date (plus grace) passes is
 * broken even if nobody touches the ledger. They run once when the data layer starts and then on
 * a timer, reading the data layer's clock; writes that can change the outcome (payments,
 * imports) run them at commit. No page runs them when it opens.
 */
import { settlePromises } from './repositories/promiseChecks';

/** How often the time-driven changes run while the app is open. */
export const TIME_DRIVEN_INTERVAL_MS = 5 * 60 * 1000;

/** Runs every time-driven change once, at the clock's current day. */
export async function runTimeDrivenChanges(): Promise<void> {
  await settlePromises();
}

/** Runs the changes now and every `intervalMs`; returns the function that stops the timer. */
export function startTimeDrivenChanges(intervalMs: number = TIME_DRIVEN_INTERVAL_MS): () => void {
  const run = () => {
    runTimeDrivenChanges().catch((error: unknown) => {
      console.error('Échec du règlement des promesses', error);
    });
  };
  run();
  const timer = setInterval(run, intervalMs);
  return () => clearInterval(timer);
}
