/** Bank statements: CAMT.053, CFONB 120 and OFX files read into credits (pure). */
export { centsFromDecimal } from './amounts';
export * from './matching';
export { decodeStatementText, parseStatementFile, parseStatementText } from './parseStatement';
export * from './records';
export type * from './types';
