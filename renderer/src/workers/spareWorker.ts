/**
 * A worker started before it is needed, while a page that will need one is open: its code is
 * loaded and compiled (the import worker's 1.2 MB, SheetJS among it) and its ledger opened while
 * the user chooses a file, so the job starts at once instead of after them.
 */

/**
 * After a job, the next spare waits this long: loading its code and opening the ledger beside
 * the page drawing the job's answer slowed that drawing, on two cores.
 */
export const SPARE_RESTART_DELAY_MS = 2_000;

export interface SpareWorker<W> {
  /** Keeps a worker ready for the next job until the returned function is called. */
  keepReady(): () => void;
  /** The worker ready, or a new one when none is. */
  take(): W;
  /** A taken worker's job is over: the next spare starts later, if a page still keeps one. */
  jobDone(): void;
}

export function spareWorker<W extends { terminate(): void }>(
  create: () => W,
  warm: (worker: W) => void = () => {},
): SpareWorker<W> {
  let spare: W | null = null;
  let keepers = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    spare = create();
    warm(spare);
  };
  return {
    keepReady() {
      keepers++;
      if (!spare) start();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        keepers--;
        if (keepers > 0) return;
        clearTimeout(timer);
        timer = undefined;
        spare?.terminate();
        spare = null;
      };
    },
    take() {
      const worker = spare ?? create();
      spare = null;
      return worker;
    },
    jobDone() {
      if (keepers === 0 || spare || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        if (keepers > 0 && !spare) start();
      }, SPARE_RESTART_DELAY_MS);
    },
  };
}
