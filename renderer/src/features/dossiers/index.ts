export { DossiersPage } from './DossiersPage';
