/**
 * The demo's timeline rows: activities dated in the past, during office hours, signed by the
 * debtor's credit controller, with ids that follow the order they are written in (so the same
 * seed gives the same ids), their French text typeset as the app's own (no-break spaces before
 * « : » and inside « »). Every part of the demo story (disputes, promises, ladder, cases) writes
 * through one of these.
 */
import { todayIso } from '../domain/dates';
import { frenchTypography } from '../domain/french';
import type { Activity, IsoDate, IsoInstant } from '../domain/model';
import type { Random } from './random';

/** What the author of a demo activity is called when the debtor has no controller. */
export const DEMO_AUTHOR = 'Service recouvrement';

export class DemoTimeline {
  readonly activities: Activity[] = [];
  private readonly byDebtor = new Map<string, Activity[]>();

  constructor(
    private readonly idPrefix: string,
    private readonly random: Random,
  ) {}

  /**
   * An instant on `day` between 8:00 and 16:59 UTC: the same calendar day in any time zone from
   * UTC−8 to UTC+6, which is what the rules read back (`todayIso(new Date(at))`).
   */
  instant(day: IsoDate, hour = this.random.int(8, 16)): IsoInstant {
    const minute = this.random.int(0, 59);
    return `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
  }

  /** A row with the next id; `at` defaults to an office-hours instant of `day`. */
  add(day: IsoDate, row: Omit<Activity, 'id' | 'at'> & { at?: IsoInstant }): Activity {
    const { at, ...rest } = row;
    const activity: Activity = {
      id: `${this.idPrefix}-a${this.activities.length + 1}`,
      at: at ?? this.instant(day),
      ...rest,
      text: frenchTypography(rest.text),
    };
    this.activities.push(activity);
    this.of(activity.debtorId).push(activity);
    return activity;
  }

  /** The debtor's rows so far (the live list: later rows are added to it). */
  of(debtorId: string): Activity[] {
    let list = this.byDebtor.get(debtorId);
    if (!list) {
      list = [];
      this.byDebtor.set(debtorId, list);
    }
    return list;
  }
}

/** The later of two dates. */
export const laterDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
/** The earlier of two dates. */
export const earlierDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

/** The calendar day of an instant, as the rules read it. */
export const dayOfInstant = (at: IsoInstant): IsoDate => todayIso(new Date(at));
