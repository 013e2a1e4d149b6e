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
  type TemplateOverrides,
  templateOverridesSchema,
} from '../../domain/letters';
import {
  buildRateBook,
  type RateBook,
  type UserRate,
  upsertUserRate,
  userRatesSchema,
} from '../../domain/rates';
import { getDb } from '../db';
import { shippedTemplates } from '../shippedTemplates';
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
};
