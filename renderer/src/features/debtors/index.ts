export { DebtorsPage } from './DebtorsPage';
