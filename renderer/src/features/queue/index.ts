/** File d'actions: the queue page and its settings panels (ladder, user of the workstation). */

export { QueuePage } from './QueuePage';
export { CurrentUserSettings } from './settings/CurrentUserSettings';
export { LadderSettings } from './settings/LadderSettings';
