/** File d'actions: the queue page and its settings panels (ladder, user of the workstation). */

export { QueuePage } from './QueuePage';
export { nextQueuePath, openedFromQueue } from './queueNavigation';
export { showUndoable } from './quickActions';
export { CurrentUserSettings } from './settings/CurrentUserSettings';
export { LadderSettings } from './settings/LadderSettings';
