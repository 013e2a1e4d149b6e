/**
 * Settings of the letters feature: how interest is computed, the rate rows the user added, and
 * the templates the user edited. Each is a settings row validated on read.
 */
import {
  defaultInterestSettings,
  type InterestSettings,
  interestSettingsSchema,
} from '../../domain/interestSettings';
import {
  effectiveTemplates,
  type LetterTemplate,
  type PreviousReminder,
  shippedTemplates,
  type TemplateOverrides,
  templateOverridesSchema,
} from '../../domain/letters';
import type { IsoDate } from '../../domain/model';
import {
  buildRateBook,
  type RateBook,
  type UserRate,
  upsertUserRate,
  userRatesSchema,
} from '../../domain/rates';
import { getDb } from '../db';
import { lettersRepo } from './letters';
import { settingsRepo } from './settings';

export const INTEREST_SETTINGS_KEY = 'interest';
export const USER_RATES_KEY = 'rates.user';
export const TEMPLATE_OVERRIDES_KEY = 'letterTemplates';

export const letterSettingsRepo = {
  interest: () =>
    settingsRepo.get(INTEREST_SETTINGS_KEY, interestSettingsSchema, defaultInterestSettings()),
  saveInterest: (settings: InterestSettings) =>
    settingsRepo.set(INTEREST_SETTINGS_KEY, interestSettingsSchema.parse(settings)),

  userRates: () => settingsRepo.get<UserRate[]>(USER_RATES_KEY, userRatesSchema, []),
  saveUserRates: (rates: UserRate[]) =>
    settingsRepo.set(USER_RATES_KEY, userRatesSchema.parse(rates)),
  /** Adds or replaces the user's row of that table and semester (e.g. a confirmed rate). */
  saveUserRate: (rate: UserRate) =>
    getDb().transaction('rw', getDb().settings, async () =>
      letterSettingsRepo.saveUserRates(upsertUserRate(await letterSettingsRepo.userRates(), rate)),
    ),
  /** Shipped tables with the user's rows merged in. */
  rateBook: async (): Promise<RateBook> =>
    buildRateBook(undefined, await letterSettingsRepo.userRates()),

  templateOverrides: () =>
    settingsRepo.get<TemplateOverrides>(TEMPLATE_OVERRIDES_KEY, templateOverridesSchema, {}),
  templates: async (): Promise<LetterTemplate[]> =>
    effectiveTemplates(shippedTemplates(), await letterSettingsRepo.templateOverrides()),
  async saveTemplate(template: LetterTemplate): Promise<void> {
    const overrides = await letterSettingsRepo.templateOverrides();
    await settingsRepo.set(TEMPLATE_OVERRIDES_KEY, { ...overrides, [template.id]: template });
  },
  /** Back to the shipped version of the template. */
  async resetTemplate(id: string): Promise<void> {
    const { [id]: _removed, ...rest } = await letterSettingsRepo.templateOverrides();
    await settingsRepo.set(TEMPLATE_OVERRIDES_KEY, rest);
  },

  /**
   * Reminders already sent to the debtor before `date`, for the « malgré nos relances du … »
   * of later letters: the recorded letters whose template counts as a reminder.
   */
  async remindersBefore(debtorId: string, date: IsoDate): Promise<PreviousReminder[]> {
    const [letters, templates] = await Promise.all([
      lettersRepo.byDebtor(debtorId),
      letterSettingsRepo.templates(),
    ]);
    const reminderIds = new Set(templates.filter((t) => t.isReminder).map((t) => t.id));
    return letters
      .filter((l) => reminderIds.has(l.template as LetterTemplate['id']) && l.date < date)
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((l) => ({
        date: l.date,
        templateId: l.template,
        templateName: l.templateName ?? l.template,
        sendMethod: l.sendMethod,
      }));
  },
};
