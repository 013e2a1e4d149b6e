/**
 * Every URL of the app, in one place: the route patterns app/routes.tsx declares, the links
 * features build (`paths.debtor(id)`, `paths.letters({ … })`…) and the parsing of the query
 * parameters the pages read. No React here, so any feature can import it without loading a page.
 * Ids are always encoded; the strings are those the app has always used (bookmarks, e2e tests).
 */
import type { BucketKey } from '../domain/aging';
import type { Cents } from '../domain/model';
import type { DebtorStage } from '../domain/stage';

/** The route patterns, relative to the layout route `/` (react-router's `path`). */
export const ROUTES = {
  import: 'import',
  bank: 'banque',
  debtors: 'debiteurs',
  debtor: 'debiteurs/:debtorId',
  queue: 'actions',
  guidedCall: 'actions/appel/:debtorId',
  promises: 'promesses',
  agenda: 'agenda',
  letters: 'courriers',
  dossiers: 'dossiers',
  case: 'dossiers/:caseId',
  settings: 'parametres',
  report: 'rapport',
} as const;

/** A bucket, or any past-due bucket, or beyond the third boundary (« > 90 j »). */
export type BucketFilter = BucketKey | 'overdue' | 'beyond3';
export type FlagFilter = 'disputed' | 'promised' | 'litigation';
export type SortDirection = 'asc' | 'desc';

/**
 * The debtor list's filters and sort as a link carries them (`#/debiteurs?bucket=d31_60&…`); the
 * list itself (features/debtors) validates the sort column when it parses them back.
 */
export interface DebtorListLink {
  bucket?: BucketFilter;
  /** A credit controller's name; '' for debtors assigned to nobody. */
  assignee?: string;
  /** « Mes débiteurs »: those the current user works today, hand-overs included. */
  mine?: boolean;
  stage?: DebtorStage;
  tag?: string;
  flag?: FlagFilter;
  /** Range on the total balance, in cents, inclusive. */
  minCents?: Cents;
  maxCents?: Cents;
  /** Free text on name, account number and SIREN. */
  text?: string;
  /** An earlier import to show (its snapshots); the live ledger when absent. */
  importId?: string;
  sort?: string;
  direction?: SortDirection;
}

/** The list's default order, left out of links so they stay short. */
export const DEBTOR_LIST_DEFAULT_SORT = { sort: 'overdueCents', direction: 'desc' } as const;

/** The debtor list's query as URL search params; defaults are left out. */
export function debtorListParams(query: DebtorListLink): URLSearchParams {
  const params = new URLSearchParams();
  if (query.bucket) params.set('bucket', query.bucket);
  if (query.assignee !== undefined) params.set('assignee', query.assignee);
  if (query.mine) params.set('portefeuille', 'mes');
  if (query.stage) params.set('stage', query.stage);
  if (query.tag) params.set('tag', query.tag);
  if (query.flag) params.set('flag', query.flag);
  if (query.minCents !== undefined) params.set('min', String(query.minCents / 100));
  if (query.maxCents !== undefined) params.set('max', String(query.maxCents / 100));
  if (query.text) params.set('q', query.text);
  if (query.importId) params.set('asOf', query.importId);
  const sort = query.sort ?? DEBTOR_LIST_DEFAULT_SORT.sort;
  const direction = query.direction ?? DEBTOR_LIST_DEFAULT_SORT.direction;
  if (sort !== DEBTOR_LIST_DEFAULT_SORT.sort || direction !== DEBTOR_LIST_DEFAULT_SORT.direction) {
    params.set('sort', sort);
    params.set('dir', direction);
  }
  return params;
}

/** The fiche débiteur's tabs, as the URL names them (`#/debiteurs/<id>?onglet=courriers`). */
export const DEBTOR_TABS = [
  'pieces',
  'historique',
  'courriers',
  'promesses',
  'litiges',
  'contentieux',
  'documents',
  'coordonnees',
] as const;
export type DebtorTab = (typeof DEBTOR_TABS)[number];

/** The Courriers page's tabs, as the URL names them. */
export type LettersTab = 'nouveau' | 'envoyes' | 'lot';

export interface LettersLink {
  /** One letter for this debtor. */
  debtorId?: string;
  templateId?: string;
  tab?: LettersTab;
  /** A batch: the debtors to write to. */
  batch?: readonly string[];
}

/** A queue action as the guided call shows it: its key and its label. */
export interface GuidedCallAction {
  key: string;
  label: string;
}

const withQuery = (path: string, params: URLSearchParams) => {
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

/** The links of the app, as `to` values for react-router (hash routing adds the `#`). */
export const paths = {
  dashboard: () => '/',
  import: () => `/${ROUTES.import}`,
  bank: () => `/${ROUTES.bank}`,
  debtors: (query: DebtorListLink = {}) => withQuery(`/${ROUTES.debtors}`, debtorListParams(query)),
  /** The fiche débiteur, on a tab (the first one, « Pièces », when absent). */
  debtor: (debtorId: string, tab?: DebtorTab) =>
    withQuery(
      `/${ROUTES.debtors}/${encodeURIComponent(debtorId)}`,
      new URLSearchParams(tab ? { onglet: tab } : {}),
    ),
  queue: () => `/${ROUTES.queue}`,
  /** The guided call; with the queue action it carries out (back then leads to the queue). */
  guidedCall: (debtorId: string, action?: GuidedCallAction) =>
    withQuery(
      `/${ROUTES.queue}/appel/${encodeURIComponent(debtorId)}`,
      new URLSearchParams(action ? { action: action.key, libelle: action.label } : {}),
    ),
  promises: () => `/${ROUTES.promises}`,
  agenda: () => `/${ROUTES.agenda}`,
  /** Courriers: one letter (`debtorId`), or a batch of debtors (`batch`), with a template. */
  letters: ({ debtorId, templateId, tab, batch }: LettersLink = {}) => {
    const params = new URLSearchParams();
    if (debtorId) params.set('debiteur', debtorId);
    if (tab) params.set('onglet', tab);
    if (batch) params.set('lot', batch.join(','));
    if (templateId) params.set('modele', templateId);
    return withQuery(`/${ROUTES.letters}`, params);
  },
  dossiers: () => `/${ROUTES.dossiers}`,
  case: (caseId: string) => `/${ROUTES.dossiers}/${encodeURIComponent(caseId)}`,
  /** Rapport mensuel, for a month (`2026-11`) or the last complete one. */
  report: (month?: string) =>
    withQuery(`/${ROUTES.report}`, new URLSearchParams(month ? { mois: month } : {})),
  /** Paramètres, on a tab (`creditor`, `taux`…) or on the first one. */
  settings: (tab?: string) =>
    withQuery(`/${ROUTES.settings}`, new URLSearchParams(tab ? { onglet: tab } : {})),
} as const;

/** What the Courriers page reads from its URL; the page checks the values it knows. */
export function parseLettersQuery(params: URLSearchParams): {
  tab?: string;
  templateId?: string;
  debtorId?: string;
  batch: string[];
} {
  return {
    tab: params.get('onglet') ?? undefined,
    templateId: params.get('modele') ?? undefined,
    debtorId: params.get('debiteur') ?? undefined,
    batch: (params.get('lot') ?? '').split(',').filter(Boolean),
  };
}

/** The fiche débiteur's tab named by the URL; the first one when absent or unknown. */
export function parseDebtorQuery(params: URLSearchParams): { tab: DebtorTab } {
  const tab = params.get('onglet');
  return { tab: DEBTOR_TABS.find((t) => t === tab) ?? 'pieces' };
}

/** The Paramètres tab named by the URL, if any. */
export function parseSettingsQuery(params: URLSearchParams): { tab?: string } {
  return { tab: params.get('onglet') ?? undefined };
}

/** The queue action a guided call carries out, if it was opened from the queue. */
export function parseGuidedCallQuery(params: URLSearchParams): { action?: GuidedCallAction } {
  const key = params.get('action');
  return key ? { action: { key, label: params.get('libelle') ?? 'Appel' } } : {};
}

/** The month the Rapport mensuel page reads from its URL (`?mois=2026-11`); the page checks it. */
export function parseReportQuery(params: URLSearchParams): { month?: string } {
  return { month: params.get('mois') ?? undefined };
}
