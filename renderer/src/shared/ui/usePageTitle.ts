import { useEffect } from 'react';

/** The window's (and the browser tab's) title: « Débiteurs — Recouvra », « Recouvra » alone at rest. */
export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — Recouvra` : 'Recouvra';
  }, [title]);
}
