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

/** The URL of `route` with the ids of the records it shows. */
export function screenUrl(route: string, ids: { debtor: string; case: string }): string {
  return `/#${route.replace(':debtor', ids.debtor).replace(':case', ids.case)}`;
}
