import { Alert, Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { portfolioSettingsRepo } from '../../../data/repositories/portfolioSettings';
import type { AgingSettings, AssigneesSettings as Names } from '../../../domain/portfolioSettings';
import { AssigneesForm } from './AssigneesForm';

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; names: Names; aging: AgingSettings }
  | { status: 'failed'; message: string };

/**
 * Paramètres → Gestionnaires: the credit controllers debtors are assigned to, and the aging
 * buckets' boundaries. Loaded once, then edited: a live query would reset the form under the
 * user's fingers.
 */
export function AssigneesSettings() {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    Promise.all([portfolioSettingsRepo.assignees(), portfolioSettingsRepo.aging()]).then(
      ([names, aging]) => {
        if (!cancelled) setState({ status: 'loaded', names, aging });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', message: String(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.status === 'loading') {
    return (
      <Center py="xl">
        <Loader aria-label="Chargement des gestionnaires" />
      </Center>
    );
  }
  if (state.status === 'failed') {
    return (
      <Alert color="red" title="Impossible de charger les gestionnaires">
        {state.message}
      </Alert>
    );
  }
  return <AssigneesForm names={state.names.names} boundaries={state.aging.boundaries} />;
}
