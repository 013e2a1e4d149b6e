/** Agenda: promises, instalments and callbacks by day and week, and the cash forecast. */
export { AgendaPage } from './AgendaPage';
