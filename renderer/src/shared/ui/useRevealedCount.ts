import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` rows to draw now: `step` at first, then `step` more each frame until all
 * are drawn. React can slice a render but commits it in one task: 300 table rows committed at
 * once take 50-100 ms on a loaded machine. 50 rows of six Mantine cells took 20-40 ms each, and
 * a garbage collection landing in one made it a long task; 25 at a time leave room for it.
 */
export function useRevealedCount(total: number, step = 25): number {
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
