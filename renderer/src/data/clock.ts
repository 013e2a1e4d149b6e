/**
 * The one clock of the data layer: every timestamp it writes and every « today » it decides on
 * comes from here, so tests can fix the instant (setClockForTests) and time-driven changes run
 * at one known moment rather than whenever a page happens to read the wall clock.
 */
import { todayIso } from '../domain/dates';
import type { IsoDate } from '../domain/model';

const wallClock = (): Date => new Date();
let current: () => Date = wallClock;

export const clock = {
  /** The current instant. */
  now: (): Date => current(),
  /** The current instant as an ISO timestamp, for `at` / `createdAt` fields. */
  nowIso: (): string => current().toISOString(),
  /** The current local calendar day, 'YYYY-MM-DD'. */
  today: (): IsoDate => todayIso(current()),
};

/** Fixes the clock to an instant (or a function of time); `undefined` puts the wall clock back. */
export function setClockForTests(now: Date | (() => Date) | undefined): void {
  if (now === undefined) current = wallClock;
  else if (now instanceof Date) current = () => new Date(now.getTime());
  else current = now;
}
