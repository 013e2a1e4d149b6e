import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';

/** What a finished export says (a green notification). */
export type ExportNotice = { title?: string; message: string };

export type ShownNotice = ExportNotice & { color: 'teal' | 'red' };

/**
 * Runs an export and says how it went: the notice `task` returns (null: the user cancelled the
 * save dialog, nothing to say), or the error in a red notification titled `failureTitle`.
 * Never rejects. Apart from React so it can be tested without a DOM.
 */
export async function runExport(
  task: () => Promise<ExportNotice | null>,
  failureTitle: string,
  notify: (notice: ShownNotice) => void = notifications.show,
): Promise<void> {
  try {
    const notice = await task();
    if (notice) notify({ color: 'teal', ...notice });
  } catch (error) {
    notify({
      color: 'red',
      title: failureTitle,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * An export button's state: `running` is the kind of export under way (null when none), for the
 * buttons' `loading` and `disabled`; `run(kind, task)` runs one through `runExport`.
 */
export function useExport<Kind extends string = 'export'>(failureTitle = 'Export impossible') {
  const [running, setRunning] = useState<Kind | null>(null);
  const run = useCallback(
    async (kind: Kind, task: () => Promise<ExportNotice | null>) => {
      setRunning(kind);
      await runExport(task, failureTitle);
      setRunning(null);
    },
    [failureTitle],
  );
  return { running, run };
}
