/** Public API of the import parser (pure: grid in, ParsedBalance out). */
export { asOfDateFromFileName, asOfDateFromText, asOfDateFromTitleRows } from './asOfDate';
export { BUCKET_FIELDS, type BucketField } from './bucketLabels';
export type { Cell, CellError, CellRange, Grid, GridRow, MoneyCell } from './grid';
export { cellText, columnLetter } from './grid';
export { type DetectedHeader, detectHeader, type HeaderColumn, readHeader } from './header';
export { recognizeLabel } from './labels';
export {
  detectLayout,
  FIELD_NAMES_FR,
  guessMapping,
  headerSignature,
  missingColumns,
} from './mapping';
export { normalizeLabel } from './normalize';
export { type ParseGridOptions, parseGrid } from './parseGrid';
export { BUILT_IN_PRESETS, type ImportPreset, matchPreset } from './presets';
export { blockingIssues, type Reconciliation, reconcile } from './reconcile';
export type * from './types';
export { readAmount, readDate } from './values';
