import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` rows to draw now: `step` at first, then `step` more each frame until all
 * are drawn. React can slice a render but commits it in one task: 300 table rows committed at
 * once take 50-100 ms on a loaded machine, 50 at a time stay well under a frame's budget.
 */
export function useRevealedCount(total: number, step = 50): number {
  const [count, setCount] = useState(() => Math.min(step, total));
  useEffect(() => {
    if (count >= total) return;
    const frame = window.requestAnimationFrame(() =>
      startTransition(() => setCount((shown) => Math.min(shown + step, total))),
    );
    return () => window.cancelAnimationFrame(frame);
  }, [count, total, step]);
  return Math.min(count, total);
}
