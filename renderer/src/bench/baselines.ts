/**
 * Fixed reference times, kept in tests/bench/baselines.json next to the bench runner so that the
 * numbers and the explanation of where they come from live in one reviewed file.
 */
import baselines from '../../../tests/bench/baselines.json';
import type { Baseline } from './runner';

type BaselineName = Exclude<keyof typeof baselines, 'comment'>;

export function fixedBaseline(name: BaselineName): Baseline {
  return { kind: 'fixed', ms: baselines[name].ms };
}
