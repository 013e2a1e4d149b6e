/**
 * The terminal report of `npm run bench`: a benchmark that threw is a failure with its reason,
 * between the lines of those that ran, and its in-memory column says so too.
 */
import { describe, expect, it } from 'vitest';
import { combineStores, formatResults } from '../../bench/report.mjs';

const ran = {
  name: 'ui.dashboard.100k',
  value: 139.3,
  unit: 'ms',
  baseline: 300,
  ratio: 0.464,
  target: 1,
  pass: true,
};
const threw = {
  name: 'team.import.reach.100k',
  value: 0,
  unit: 'ms',
  baseline: 0,
  ratio: 0,
  target: 2,
  pass: false,
  error: 'délai dépassé',
};

describe('bench report', () => {
  it('prints a benchmark that threw as a failure with its reason, and the others as measured', () => {
    const lines = formatResults(combineStores([threw, ran], [threw, ran]));
    expect(lines[0]).toMatch(/^FAIL {2}team\.import\.reach\.100k {2}erreur : délai dépassé$/);
    expect(lines[1]).toMatch(
      /^PASS {2}ui\.dashboard\.100k +139\.3 ms {2}baseline +300\.0 ms {2}ratio 0\.464/,
    );
    expect(lines[1]).toContain('| memory 139.3 ms ratio 0.464, disk/memory 1.00');
  });

  it('says in the disk line when only the in-memory pass threw', () => {
    const [line] = formatResults(combineStores([ran], [{ ...threw, name: ran.name }]));
    expect(line).toMatch(/^PASS .*\| memory: erreur : délai dépassé$/);
  });
});
