import { Alert, Center, Loader } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';

interface LoadOnceProps<T> {
  /** Called once, on mount. */
  load: () => Promise<T>;
  /** Spinner label for screen readers: « Chargement de l'identité du créancier ». */
  loadingLabel: string;
  /** Title of the error shown when loading fails: « Impossible de charger … ». */
  errorTitle: string;
  children: (value: T) => ReactNode;
}

type LoadState<T> =
  | { status: 'loading' }
  | { status: 'loaded'; value: T }
  | { status: 'failed'; message: string };

/**
 * Loads a value once, then renders the children with it. Settings forms use it rather than a live
 * query, which would reset the form under the user's fingers whenever the stored row changes.
 */
export function LoadOnce<T>({ load, loadingLabel, errorTitle, children }: LoadOnceProps<T>) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once, on mount, by design
  useEffect(() => {
    let cancelled = false;
    load().then(
      (value) => {
        if (!cancelled) setState({ status: 'loaded', value });
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
        <Loader role="status" aria-label={loadingLabel} />
      </Center>
    );
  }
  if (state.status === 'failed') {
    return (
      <Alert color="red" title={errorTitle}>
        {state.message}
      </Alert>
    );
  }
  return children(state.value);
}
