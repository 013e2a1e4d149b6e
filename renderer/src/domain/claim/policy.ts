/**
 * The rules a claim is computed under, fully resolved from the user's settings before the call:
 * interest basis, day count, indemnity and imputation (InterestSettings), the rate tables with
 * the user's rows, and which letter templates count as reminders. No field
 * has a default: a caller cannot forget a setting.
 */
import type { InterestSettings } from '../interestSettings';
import type { RateBook } from '../rates';

export interface ClaimPolicy {
  interest: InterestSettings;
  rates: RateBook;
  /** Template ids whose letters are reminders (relances, mise en demeure, dernier avis). */
  reminderTemplateIds: ReadonlySet<string>;
}

/** The template of the mise en demeure: its date starts a consumer's interest and its deadline. */
export const NOTICE_TEMPLATE_ID = 'mise-en-demeure';
