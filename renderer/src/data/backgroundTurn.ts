interface BackgroundScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
  yield?: () => Promise<void>;
}

/**
 * Resolves in a task of the lowest priority: whatever the page has to do first (a click, a page's
 * own reads and drawing) runs before it. For work done ahead of need (see prepareQueue); a plain
 * turn of the event loop where the Scheduler API is absent (Vitest under Node).
 */
export function backgroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: BackgroundScheduler }).scheduler;
  if (scheduler) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in a next task that keeps the caller's priority (`scheduler.yield`): a click or a frame
 * waiting goes first, then the work goes on ahead of idle-time work. For a screen's own work cut
 * in slices. Wrapped in `Promise.resolve`: inside a live query the global Promise is Dexie's, which
 * keeps the query's zone across the turn where the browser's own promise would lose it.
 */
export function foregroundTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: BackgroundScheduler }).scheduler;
  if (scheduler?.yield) return Promise.resolve(scheduler.yield());
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * A `foregroundTurn` before each slice of `size` items after the first (`index`: the item about to
 * be handled), nothing otherwise: a loop over many items cut into slices the page breathes between.
 */
export async function sliceTurn(index: number, size: number): Promise<void> {
  if (index > 0 && index % size === 0) await foregroundTurn();
}

/** The same as `sliceTurn` for work done ahead of need: a `backgroundTurn` between slices. */
export async function backgroundSliceTurn(index: number, size: number): Promise<void> {
  if (index > 0 && index % size === 0) await backgroundTurn();
}
