export { CasePage } from './CasePage';
export { DebtorCases } from './DebtorCases';
export { DossiersPage } from './DossiersPage';
export { OpenCaseModal } from './OpenCaseModal';
