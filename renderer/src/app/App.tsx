import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router';
import { DatabaseChangeBanner } from '../features/backup/DatabaseChangeBanner';
import { router } from './routes';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <ModalsProvider labels={{ confirm: 'Confirmer', cancel: 'Annuler' }}>
        <Notifications position="top-right" />
        <DatabaseChangeBanner />
        <RouterProvider router={router} />
      </ModalsProvider>
    </MantineProvider>
  );
}
