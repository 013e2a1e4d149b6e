/** Bank statements: CAMT.053, CFONB 120 and OFX files read into credits (pure). */
export { centsFromDecimal } from './amounts';
export { parseCamt053Tail } from './camt053';
export type { CamtTail } from './camt053Split';
export * from './matching';
export {
  decodeStatementText,
  parseStatementFile,
  parseStatementFileInParts,
  parseStatementText,
  type TailReader,
} from './parseStatement';
export * from './records';
export type * from './types';
