/**
 * Demo data: imported lazily (`import('../demo')`) by the empty state, so faker and the
 * generator stay out of the main chunk.
 */
export {
  DEMO_DEFAULTS,
  type DemoPortfolio,
  type DemoPortfolioOptions,
  generateDemoPortfolio,
} from './generator';
export { type DemoHistory, generateDemoHistory } from './history';
export {
  DEMO_IMPORT_FILE_NAME,
  DEMO_PREVIOUS_IMPORTS,
  type DemoLoadOptions,
  type DemoLoadResult,
  LedgerNotEmptyError,
  loadDemoData,
} from './loadDemoData';
