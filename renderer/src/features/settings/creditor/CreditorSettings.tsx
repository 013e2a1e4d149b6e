import { Alert, Center, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { creditorRepo } from '../../../data/repositories/creditor';
import type { Creditor } from '../../../domain/creditor';
import { CreditorForm } from './CreditorForm';

type LoadState =
  | { status: 'loading' }
  | { status: 'loaded'; creditor: Creditor }
  | { status: 'failed'; message: string };

/**
 * Paramètres → Créancier. Loads the saved identity once, then hands it to the form: a live query
 * would reset the form under the user's fingers whenever the row changes.
 */
export function CreditorSettings() {
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    creditorRepo.load().then(
      (creditor) => {
        if (!cancelled) setState({ status: 'loaded', creditor });
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
        <Loader aria-label="Chargement de l'identité du créancier" />
      </Center>
    );
  }
  if (state.status === 'failed') {
    return (
      <Alert color="red" title="Impossible de charger l'identité du créancier">
        {state.message}
      </Alert>
    );
  }
  return <CreditorForm initial={state.creditor} />;
}
