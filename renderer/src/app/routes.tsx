import { lazy } from 'react';
import { createHashRouter } from 'react-router';
import { DashboardPage } from '../features/dashboard';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { loadQueuePage } from './pageCode';
import { ROUTES } from './paths';

// Pages other than the dashboard load on first visit: the shell paints fast at start-up.
const ImportPage = lazy(() =>
  import('../features/import').then((m) => ({ default: m.ImportPage })),
);
const BankPage = lazy(() => import('../features/bank').then((m) => ({ default: m.BankPage })));
const DebtorsPage = lazy(() =>
  import('../features/debtors').then((m) => ({ default: m.DebtorsPage })),
);
const DebtorPage = lazy(() =>
  import('../features/debtors').then((m) => ({ default: m.DebtorPage })),
);
const QueuePage = lazy(() => loadQueuePage().then((m) => ({ default: m.QueuePage })));
const GuidedCallPage = lazy(() =>
  import('../features/calls').then((m) => ({ default: m.GuidedCallPage })),
);
const PromisesPage = lazy(() =>
  import('../features/promises').then((m) => ({ default: m.PromisesPage })),
);
const AgendaPage = lazy(() =>
  import('../features/agenda').then((m) => ({ default: m.AgendaPage })),
);
const LettersPage = lazy(() =>
  import('../features/letters').then((m) => ({ default: m.LettersPage })),
);
const DossiersPage = lazy(() =>
  import('../features/dossiers').then((m) => ({ default: m.DossiersPage })),
);
const CasePage = lazy(() => import('../features/dossiers').then((m) => ({ default: m.CasePage })));
const ReportPage = lazy(() =>
  import('../features/report').then((m) => ({ default: m.ReportPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings').then((m) => ({ default: m.SettingsPage })),
);

/**
 * Hash routing: the app is served from `app://recouvra/index.html` in Electron and from a static
 * folder on the web, so the path part must never reach the file server.
 */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: ROUTES.import, element: <ImportPage /> },
      { path: ROUTES.bank, element: <BankPage /> },
      { path: ROUTES.debtors, element: <DebtorsPage /> },
      { path: ROUTES.debtor, element: <DebtorPage /> },
      { path: ROUTES.queue, element: <QueuePage /> },
      { path: ROUTES.guidedCall, element: <GuidedCallPage /> },
      { path: ROUTES.promises, element: <PromisesPage /> },
      { path: ROUTES.agenda, element: <AgendaPage /> },
      { path: ROUTES.letters, element: <LettersPage /> },
      { path: ROUTES.dossiers, element: <DossiersPage /> },
      { path: ROUTES.case, element: <CasePage /> },
      { path: ROUTES.report, element: <ReportPage /> },
      { path: ROUTES.settings, element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
