/** Bank statements: CAMT.053, CFONB 120 and OFX files read into credits (pure). */
export { centsFromDecimal } from './amounts';
export { decodeStatementText, parseStatementFile, parseStatementText } from './parseStatement';
export type * from './types';
export * from './matching';
export * from './records';
