/** The policy tests compute claims under: the shipped defaults, unless a test says otherwise. */

import { shippedTemplates } from '../../renderer/src/data/shippedTemplates';
import type { ClaimPolicy, SentLetter } from '../../renderer/src/domain/claim';
import { isoDate } from '../../renderer/src/domain/dates';
import { defaultInterestSettings } from '../../renderer/src/domain/interestSettings';
import { buildRateBook } from '../../renderer/src/domain/rates';

export function testPolicy(overrides: Partial<ClaimPolicy> = {}): ClaimPolicy {
  return {
    interest: defaultInterestSettings(),
    rates: buildRateBook(),
    reminderTemplateIds: new Set(
      shippedTemplates()
        .filter((t) => t.isReminder)
        .map((t) => t.id),
    ),
    ...overrides,
  };
}

let letterNumber = 0;

/** A letter recorded as sent, as the letters table keeps it. */
export function sentLetter(
  template: string,
  date: string,
  extra: Partial<SentLetter> = {},
): SentLetter {
  letterNumber += 1;
  return {
    id: `lettre-${letterNumber}`,
    template,
    date: isoDate(date),
    sendMethod: template === 'mise-en-demeure' ? 'lrar' : 'courrier-simple',
    ...extra,
  };
}
