/**
 * Watches the main thread while work runs: the longest task (Long Tasks API: tasks over 50 ms)
 * and the peak JS heap (Chromium's performance.memory, sampled). What a user feels as a frozen
 * window is a long task; what makes a workstation swap is the heap.
 */

interface ChromiumMemory {
  usedJSHeapSize: number;
}

function usedHeapBytes(): number {
  const memory = (performance as Performance & { memory?: ChromiumMemory }).memory;
  return memory?.usedJSHeapSize ?? 0;
}

export interface MainThreadReport {
  /** Longest task seen (ms); 0 when no task exceeded the 50 ms long-task threshold. */
  longestTaskMs: number;
  /** Start time (performance.now()) of the longest task, to place it among the run's phases. */
  longestTaskAt: number;
  peakHeapMb: number;
}

/**
 * Starts watching. Collects garbage first when Chromium exposes `gc` (the bench runner passes
 * --expose-gc): a previous run's garbage collected during this one would be charged to it. The
 * collection runs in its own task, before the observer exists, so it is not counted either.
 */
export async function watchMainThread(): Promise<{ stop: () => MainThreadReport }> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  let longestTaskMs = 0;
  let longestTaskAt = 0;
  const record = (entry: PerformanceEntry) => {
    if (entry.duration <= longestTaskMs) return;
    longestTaskMs = entry.duration;
    longestTaskAt = entry.startTime;
  };
  let peakHeap = usedHeapBytes();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record(entry);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, usedHeapBytes());
  }, 50);
  return {
    stop() {
      // Deliver entries queued but not yet dispatched to the callback.
      for (const entry of observer.takeRecords()) record(entry);
      observer.disconnect();
      clearInterval(sampler);
      peakHeap = Math.max(peakHeap, usedHeapBytes());
      return { longestTaskMs, longestTaskAt, peakHeapMb: peakHeap / (1024 * 1024) };
    },
  };
}
