import { describe, expect, it } from 'vitest';
import { isoDate } from '../../dates';
import { cents } from '../../money';
import { proposalLabels } from './labels';
import { matchIndex } from './matchCredits';
import type { CreditMatch, MatchCandidate, OpenItem } from './types';

const item = (id: string, debtorId: string, number: string): OpenItem => ({
  id,
  debtorId,
  number,
  dueDate: isoDate('2026-10-31'),
  openCents: cents(10_000),
  currency: 'EUR',
});

const candidate = (debtorId: string, itemIds: string[]): MatchCandidate => ({
  debtorId,
  allocations: itemIds.map((itemId) => ({ itemId, cents: cents(10_000) })),
  unallocatedCents: cents(0),
  reasons: ['invoice-number'],
  confidence: 0.9,
});

describe('the names proposals show', () => {
  it('names the debtor and documents of each best proposal, and nothing else', () => {
    const items = [
      item('i1', 'd1', 'FA2026-0001'),
      item('i2', 'd1', 'FA2026-0002'),
      item('i3', 'd2', 'FA2026-0003'),
      item('i4', 'd3', 'FA2026-0004'),
    ];
    const debtors = [
      { id: 'd1', name: 'Alpha Industrie SARL', accountNo: '411ALPHA', ibans: [] },
      { id: 'd2', name: 'Bêta Services', ibans: [] },
      { id: 'd3', name: 'Gamma', accountNo: '411GAMMA', ibans: [] },
    ];
    const matches: CreditMatch[] = [
      // The second proposal is not drawn in the list: its names are not needed.
      { creditKey: 'c1', candidates: [candidate('d1', ['i1', 'i2']), candidate('d3', ['i4'])] },
      { creditKey: 'c2', candidates: [candidate('d2', ['i3'])] },
      { creditKey: 'c3', candidates: [] },
    ];
    const labels = proposalLabels(matches, matchIndex(items, debtors));
    expect(labels.debtors).toEqual(
      new Map([
        ['d1', { name: 'Alpha Industrie SARL', accountNo: '411ALPHA' }],
        ['d2', { name: 'Bêta Services' }],
      ]),
    );
    expect(labels.items).toEqual(
      new Map([
        ['i1', 'FA2026-0001'],
        ['i2', 'FA2026-0002'],
        ['i3', 'FA2026-0003'],
      ]),
    );
  });
});
