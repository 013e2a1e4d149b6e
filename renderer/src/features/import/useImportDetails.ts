import { useEffect, useState } from 'react';
import type { ImportDetails } from '../../data/repositories/importDetails';
import type { ImportRecord } from '../../domain/model';
import { readImportDetails } from '../../workers/importDetails/client';

export type ImportDetailsState =
  | { status: 'ready'; details: ImportDetails }
  | { status: 'failed'; message: string };

/**
 * The lists of the import whose live `record` is given, read off the main thread; read again
 * whenever the record changes (undone: no lists). Undefined while they are read.
 */
export function useImportDetails(
  importId: string,
  record: ImportRecord | null | undefined,
): ImportDetailsState | undefined {
  const [read, setRead] = useState<{ record: ImportRecord; state: ImportDetailsState }>();
  useEffect(() => {
    if (!record) return;
    let current = true;
    readImportDetails(importId).then(
      (details) => {
        if (!current) return;
        setRead({
          record,
          state: details
            ? { status: 'ready', details }
            : { status: 'failed', message: 'cet import n’existe plus' },
        });
      },
      (error: unknown) => {
        if (!current) return;
        const message = error instanceof Error ? error.message : String(error);
        setRead({ record, state: { status: 'failed', message } });
      },
    );
    return () => {
      current = false;
    };
  }, [importId, record]);
  return read && read.record === record ? read.state : undefined;
}
