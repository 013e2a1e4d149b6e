/**
 * The File d'actions is a controller's first page of the day: AppLayout loads its code in idle
 * time after start (routes.tsx lazy-loads it from here, so both share one download), and the
 * dashboard prepares its data once drawn (collectionRepo.prepareQueue).
 */
export const loadQueuePage = () => import('../features/queue');

/** Never fails: a chunk that cannot load now is loaded, or reported, when the page is opened. */
export function preloadQueuePage(): void {
  void loadQueuePage().catch(() => undefined);
}
