/** What a debtor owes on a date: one computation, read by every screen and document. */
export { type Claim, type ClaimInput, type ClaimResult, computeClaim } from './computeClaim';
export { CONSUMER_CONVENTION } from './consumer';
export type { NoticeFact, SentLetter, SentReminder } from './history';
export { byDueDate, claimsOf, creditsOf, isClaimable } from './items';
export { type ClaimPolicy, NOTICE_TEMPLATE_ID } from './policy';
