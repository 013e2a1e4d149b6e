import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/fr';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import { DatabaseChangeBanner } from '../features/backup/DatabaseChangeBanner';
import { router } from './routes';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
    >
      {/* Dates read and typed as JJ/MM/AAAA, weeks from Monday, whatever the browser's language. */}
      <DatesProvider settings={{ locale: 'fr', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: 'Confirmer', cancel: 'Annuler' }}>
          <Notifications position="top-right" />
          <DatabaseChangeBanner />
          <RouterProvider router={router} />
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
