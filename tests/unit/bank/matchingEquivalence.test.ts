/**
 * matchCredits indexes only the open items a statement's credits can reach (their numbers,
 * payers and amounts). Its proposals must be exactly those of the straightforward path: every
 * item indexed, each credit matched on its own, then the double-allocation pass over all items;
 * and so must matchCreditsOn's, against an index of every item built before the credits came.
 */
import { describe, expect, it } from 'vitest';
import { generateDemoPortfolio } from '../../../renderer/src/demo/generator';
import {
  type CreditMatch,
  type MatchCandidate,
  type MatchCredit,
  matchCredits,
  matchCreditsOn,
  matchIndex,
  matchInSlices,
  type OpenItem,
} from '../../../renderer/src/domain/bank';
import { matchCredit } from '../../../renderer/src/domain/bank/matching/matchCredits';
import { isoDate } from '../../../renderer/src/domain/dates';
import { cents } from '../../../renderer/src/domain/money';

/** The matcher as it was before it indexed only what the credits need. */
function matchEveryItem(
  credits: readonly MatchCredit[],
  items: readonly OpenItem[],
  debtors: Parameters<typeof matchCredits>[2],
): CreditMatch[] {
  const index = matchIndex(items, debtors);
  const matches = credits.map((credit) =>
    matchCredit(credit, index, { toleranceCents: cents(500) }),
  );
  const remaining = new Map<string, number>(items.map((item) => [item.id, item.openCents]));
  const fits = (c: MatchCandidate) =>
    c.allocations.every((a) => (remaining.get(a.itemId) ?? 0) >= a.cents);
  const order = [...matches.keys()].sort(
    (a, b) =>
      (matches[b]?.candidates[0]?.confidence ?? 0) - (matches[a]?.candidates[0]?.confidence ?? 0),
  );
  const result = [...matches];
  for (const n of order) {
    const match = matches[n] as CreditMatch;
    const candidates = match.candidates.filter(fits);
    for (const a of candidates[0]?.allocations ?? []) {
      remaining.set(a.itemId, (remaining.get(a.itemId) ?? 0) - a.cents);
    }
    result[n] = { ...match, candidates };
  }
  return result;
}

describe('matching indexes only what the credits reach', () => {
  it('proposes exactly what indexing every open item proposes, on a generated ledger', () => {
    const { debtors, invoices } = generateDemoPortfolio({
      seed: 7,
      debtors: 300,
      items: 4_000,
      asOfDate: isoDate('2026-11-23'),
    });
    const names = new Map(debtors.map((d) => [d.id, d.name]));
    const iban = (n: number) => `FR76 3000 4000 ${String(n).padStart(4, '0')}`;
    const ibans = new Map(debtors.map((d, n) => [d.id, iban(n)]));
    const open = invoices.filter((i) => i.kind === 'invoice' && i.openCents > 0);
    const items: OpenItem[] = open.map(
      ({ id, debtorId, number, dueDate, openCents, currency }) => ({
        id,
        debtorId,
        number,
        dueDate,
        openCents,
        currency,
      }),
    );
    // Numbers quoted, names only, nothing useful; exact, partial, within tolerance or unrelated.
    const statement: MatchCredit[] = Array.from({ length: 1_500 }, (_, n) => {
      const invoice = open[(n * 7919) % open.length] as (typeof open)[number];
      const amount = [
        invoice.openCents,
        Math.max(1, Math.round(invoice.openCents / 2)),
        invoice.openCents - 300,
        invoice.openCents * 2,
        12_345,
      ][n % 5] as number;
      return {
        key: `c${n}`,
        amountCents: cents(amount),
        currency: 'EUR',
        payerName: n % 3 === 2 ? 'INCONNU' : names.get(invoice.debtorId),
        ...(n % 11 === 0 ? { payerIban: ibans.get(invoice.debtorId) } : {}),
        references: n % 7 === 0 ? [invoice.number] : [],
        remittance: n % 3 === 0 ? `VIR SEPA FACT ${invoice.number}` : 'VIREMENT',
      };
    });
    // The first ten paid twice, later in the statement: the surer credit keeps the items.
    const credits = [
      ...statement,
      ...statement.slice(0, 10).map((credit) => ({ ...credit, key: `${credit.key}-again` })),
    ];
    const debtorRows = debtors.map((d, n) => ({
      id: d.id,
      name: d.name,
      ibans: n % 2 === 0 ? [iban(n)] : [],
    }));
    const fast = matchCredits(credits, items, debtorRows, { toleranceCents: cents(500) });
    expect(fast.filter((m) => m.candidates.length > 0).length).toBeGreaterThan(1_000);
    expect(fast).toEqual(matchEveryItem(credits, items, debtorRows));
    // Against an index of every item built beforehand (the worker kept ready): the same again.
    const index = matchIndex(items, debtorRows);
    expect(matchCreditsOn(index, credits, { toleranceCents: cents(500) })).toEqual(fast);
    // A slice at a time (as the worker posts them), then narrowed: the same again.
    const slices = matchInSlices(index, { toleranceCents: cents(500) });
    const proposed = [];
    for (let start = 0; start < credits.length; start += 97) {
      proposed.push(...slices.propose(credits.slice(start, start + 97)));
    }
    const { matches, narrowed } = slices.reserve();
    expect(matches).toEqual(fast);
    expect(narrowed.length).toBeGreaterThan(0);
    for (const [position, candidates] of narrowed) {
      proposed[position] = { ...(proposed[position] as CreditMatch), candidates };
    }
    expect(proposed).toEqual(fast);
  });
});
