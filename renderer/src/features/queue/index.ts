export { QueuePage } from './QueuePage';
