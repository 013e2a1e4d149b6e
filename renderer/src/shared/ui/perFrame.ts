/**
 * The last of many values pushed, applied once per frame: a worker's progress messages come
 * faster than the screen can draw them (a hundred in a few tens of milliseconds when a court
 * dossier reads its pieces), and a render for each, with its layout, made the window's tasks
 * pile up past 50 ms. `cancel` drops what is pending, before the final state is set.
 */
export function perFrame<T>(apply: (value: T) => void): { push(value: T): void; cancel(): void } {
  let pending: { value: T } | null = null;
  let handle: number | null = null;
  const schedule =
    typeof requestAnimationFrame === 'function'
      ? (run: () => void) => requestAnimationFrame(run)
      : (run: () => void) => globalThis.setTimeout(run, 16) as unknown as number;
  const unschedule =
    typeof cancelAnimationFrame === 'function'
      ? (id: number) => cancelAnimationFrame(id)
      : (id: number) => globalThis.clearTimeout(id);
  return {
    push(value) {
      pending = { value };
      handle ??= schedule(() => {
        handle = null;
        const last = pending;
        pending = null;
        if (last) apply(last.value);
      });
    },
    cancel() {
      if (handle !== null) unschedule(handle);
      handle = null;
      pending = null;
    },
  };
}
