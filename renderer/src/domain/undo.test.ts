import { describe, expect, it } from 'vitest';
import type { Activity } from './model';
import { withoutUndone } from './undo';

const a = (id: string, details?: Activity['details']) => ({ id, ...(details ? { details } : {}) });

describe('withoutUndone', () => {
  it.each([
    ['nothing undone', [a('1'), a('2')], ['1', '2']],
    ['one undone', [a('1'), a('2'), a('u', { kind: 'undo', activityIds: ['2'] })], ['1']],
    [
      'two undone by one marker',
      [a('1'), a('2'), a('u', { kind: 'undo', activityIds: ['1', '2'] })],
      [],
    ],
    [
      'a marker naming nothing known',
      [a('1'), a('u', { kind: 'undo', activityIds: ['x'] })],
      ['1'],
    ],
  ])('%s', (_, activities, kept) => {
    expect(withoutUndone(activities).map((x) => x.id)).toEqual(kept);
  });
});
