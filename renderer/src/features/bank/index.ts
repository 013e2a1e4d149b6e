/** Relevés bancaires: statements imported every morning, credits matched to open invoices. */
export { BankPage } from './BankPage';
