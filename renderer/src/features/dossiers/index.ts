export { CasePage } from './CasePage';
export { DebtorCases } from './DebtorCases';
export { DossiersPage } from './DossiersPage';
