/** Matching bank credits to open items (pure): candidates ranked, with reason and confidence. */

export { proposalLabels } from './labels';
export {
  type FactsReader,
  type MatchIndex,
  matchCredits,
  matchCreditsOn,
  matchIndex,
  matchInSlices,
  reachableIndex,
} from './matchCredits';
export { MATCH_REASON_LABELS } from './reasons';
export type * from './types';
