import { useEffect } from 'react';

/**
 * Runs `work` once the page is drawn and the browser idle (at the latest after `timeoutMs`), and
 * not before `work` is given (null: not yet); cancelled if the component goes first. `work`
 * should be a stable function.
 */
export function useWhenIdle(work: (() => void) | null, timeoutMs = 3000): void {
  useEffect(() => {
    if (!work) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(work, timeoutMs);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(work, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }, [work, timeoutMs]);
}
