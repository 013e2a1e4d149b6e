export { CreditorSettings } from './creditor/CreditorSettings';
export type { SettingsPageProps } from './SettingsPage';
export { SettingsPage } from './SettingsPage';
