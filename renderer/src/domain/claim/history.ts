/**
 * What the ledger recorded of the letters sent to a debtor, as the claim states it: the reminders
 * sent before the claim's date (« malgré nos relances du … ») and the mise en demeure with its
 * deadline. Only recorded letters count: a document never cites a reminder nobody sent.
 */
import { addDays, compareDates } from '../dates';
import type { IsoDate, Letter, SendMethod } from '../model';
import { type ClaimPolicy, NOTICE_TEMPLATE_ID } from './policy';

/** A letter as the ledger kept it (the fields the claim reads). */
export type SentLetter = Pick<
  Letter,
  'id' | 'template' | 'date' | 'sendMethod' | 'trackingNumber' | 'templateName' | 'deadlineDays'
>;

export interface SentReminder {
  letterId: string;
  date: IsoDate;
  templateId: string;
  templateName: string;
  sendMethod: SendMethod;
  trackingNumber?: string;
}

export interface NoticeFact extends SentReminder {
  /** Last day the debtor had to pay: the notice's date + its deadline. */
  deadline: IsoDate;
  /** True once the claim's date is after the deadline. */
  deadlinePassed: boolean;
}

/** Used when an older letter did not record its deadline: the shipped mise en demeure's. */
const DEFAULT_NOTICE_DAYS = 8;

function reminderOf(letter: SentLetter): SentReminder {
  return {
    letterId: letter.id,
    date: letter.date,
    templateId: letter.template,
    templateName: letter.templateName ?? letter.template,
    sendMethod: letter.sendMethod,
    ...(letter.trackingNumber ? { trackingNumber: letter.trackingNumber } : {}),
  };
}

export function remindersBefore(
  letters: readonly SentLetter[],
  asOf: IsoDate,
  policy: Pick<ClaimPolicy, 'reminderTemplateIds'>,
): SentReminder[] {
  return letters
    .filter((l) => policy.reminderTemplateIds.has(l.template) && compareDates(l.date, asOf) < 0)
    .sort((a, b) => compareDates(a.date, b.date))
    .map(reminderOf);
}

/**
 * The first mise en demeure sent by `asOf` (that day included: a dossier drawn up the day the
 * notice left states it, its deadline still running): the one that put the debtor on notice.
 */
export function noticeBy(letters: readonly SentLetter[], asOf: IsoDate): NoticeFact | undefined {
  const notice = letters
    .filter((l) => l.template === NOTICE_TEMPLATE_ID && compareDates(l.date, asOf) <= 0)
    .sort((a, b) => compareDates(a.date, b.date))[0];
  if (!notice) return undefined;
  const deadline = addDays(notice.date, notice.deadlineDays ?? DEFAULT_NOTICE_DAYS);
  return {
    ...reminderOf(notice),
    deadline,
    deadlinePassed: compareDates(asOf, deadline) > 0,
  };
}
