/**
 * Portfolio settings, one `settings` row each: the credit controllers' names, the aging
 * boundaries and the debtor list's visible columns.
 */
import {
  type AgingSettings,
  type AssigneesSettings,
  agingSettingsSchema,
  assigneesSettingsSchema,
  DEFAULT_AGING_SETTINGS,
  type DebtorListSettings,
  debtorListSettingsSchema,
} from '../../domain/portfolioSettings';
import { settingsRepo } from './settings';

export const ASSIGNEES_SETTINGS_KEY = 'assignees';
export const AGING_SETTINGS_KEY = 'aging';
export const DEBTOR_LIST_SETTINGS_KEY = 'debtorList';

export const portfolioSettingsRepo = {
  assignees: (): Promise<AssigneesSettings> =>
    settingsRepo.get(ASSIGNEES_SETTINGS_KEY, assigneesSettingsSchema, { names: [] }),
  saveAssignees: (value: AssigneesSettings) =>
    settingsRepo.set(ASSIGNEES_SETTINGS_KEY, assigneesSettingsSchema.parse(value)),

  aging: (): Promise<AgingSettings> =>
    settingsRepo.get(AGING_SETTINGS_KEY, agingSettingsSchema, DEFAULT_AGING_SETTINGS),
  saveAging: (value: AgingSettings) =>
    settingsRepo.set(AGING_SETTINGS_KEY, agingSettingsSchema.parse(value)),

  debtorList: (): Promise<DebtorListSettings> =>
    settingsRepo.get(DEBTOR_LIST_SETTINGS_KEY, debtorListSettingsSchema, { columns: null }),
  saveDebtorList: (value: DebtorListSettings) =>
    settingsRepo.set(DEBTOR_LIST_SETTINGS_KEY, debtorListSettingsSchema.parse(value)),
};
