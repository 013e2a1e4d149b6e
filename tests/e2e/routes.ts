import { expect, type Page } from '@playwright/test';
import { storedRows } from './ledger';

/**
 * Every screen of the app as a hash route, for the checks that visit them all (accessibility,
 * layout). `:debtor` and `:case` stand for a stored debtor and court case of the demonstration
 * portfolio.
 */
const SETTINGS_TABS = [
  'creditor',
  'assignees',
  'taux',
  'modeles',
  'relances',
  'scripts',
  'utilisateur',
  'equipe',
  'donnees',
];

export const SCREEN_ROUTES: readonly string[] = [
  '/',
  '/import',
  '/banque',
  '/debiteurs',
  '/debiteurs/:debtor',
  '/actions',
  '/actions/appel/:debtor',
  '/promesses',
  '/agenda',
  '/courriers',
  '/courriers?onglet=lot',
  '/dossiers',
  '/dossiers/:case',
  '/rapport',
  ...SETTINGS_TABS.map((tab) => `/parametres?onglet=${tab}`),
];

export interface ScreenIds {
  debtor: string;
  case: string;
}

/** Loads the demonstration portfolio from the welcome screen and waits until it is stored. */
export async function loadDemonstration(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 180_000,
  });
}

/** A stored debtor and court case, for the routes that show one. */
export async function screenIds(page: Page): Promise<ScreenIds> {
  return {
    debtor: (await storedRows<{ id: string }>(page, 'debtors'))[0]?.id ?? '',
    case: (await storedRows<{ id: string }>(page, 'cases'))[0]?.id ?? '',
  };
}

/** The URL of `route` with the ids of the records it shows. */
export function screenUrl(route: string, ids: ScreenIds): string {
  return `/#${route.replace(':debtor', ids.debtor).replace(':case', ids.case)}`;
}
