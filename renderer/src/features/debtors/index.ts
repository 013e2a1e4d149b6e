export { DebtorPage } from './detail/DebtorPage';
export { DebtorsPage } from './list/DebtorsPage';
