interface BackgroundScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
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
