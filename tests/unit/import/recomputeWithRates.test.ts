/**
 * A new as-of date typed in the review parses the file again: the rates typed for the currencies
 * the file gives no EUR value for go with that parse (useImportFlow's recompute), so the new
 * preview comes with its figures at those rates in one computation, not re-applied after it.
 * Driven through the real import session and the worker's real handler, in process.
 */
import { describe, expect, it } from 'vitest';
import { sumBuckets } from '../../../renderer/src/domain/aging';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { CurrencySummary } from '../../../renderer/src/domain/import/currencyTotals';
import {
  type ReviewState,
  recomputeReview,
} from '../../../renderer/src/features/import/useImportFlow';
import {
  createImportSession,
  type ImportWorkerHandle,
} from '../../../renderer/src/workers/spreadsheet/client';
import { createImportHandler } from '../../../renderer/src/workers/spreadsheet/handleRequest';
import type { ImportWorkerResponse } from '../../../renderer/src/workers/spreadsheet/protocol';
import { fixtureBytes } from './fixtureFiles';

const NAME = 'balance_devises_sans_contre_valeur_2026-10-31.xlsx';
const expected = JSON.parse(new TextDecoder().decode(fixtureBytes('currencies/expected.json')))[
  NAME
] as {
  eurByCurrency: Record<string, number>;
  eurTotalCents: number;
  rates: Record<string, string>;
};

/** The worker's handler behind the Worker interface, a tick later like a real worker. */
function inProcessWorker(): ImportWorkerHandle {
  let terminated = false;
  const worker: ImportWorkerHandle = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      setTimeout(() => void handle(message), 0);
    },
    terminate: () => {
      terminated = true;
    },
  };
  const handle = createImportHandler((data) => {
    if (!terminated) worker.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
  });
  return worker;
}

async function reviewOfFile() {
  const session = createImportSession({ createWorker: inProcessWorker });
  // As the file input gives it: the File itself, which the worker reads (parse and recompute).
  const file = {
    name: NAME,
    content: new Blob([new Uint8Array(fixtureBytes(`currencies/${NAME}`))]),
  };
  const parsed = await session.parse(file.content, file.name, {});
  if (!parsed.ok) throw new Error(parsed.message);
  const review: ReviewState = {
    phase: 'review',
    file,
    sha256: 'sha-devises',
    preview: parsed.preview,
    sheets: parsed.sheets,
    options: {},
  };
  return { session, review };
}

const eurOf = (currencies: readonly CurrencySummary[]) =>
  Object.fromEntries(currencies.map((c) => [c.currency, c.eurCents]));

describe('a new as-of date in the review', () => {
  it('recomputes the preview at that date with the rates typed, in one parse', async () => {
    const { session, review } = await reviewOfFile();
    expect(review.preview.asOfDate).toBe('2026-10-31');
    expect(review.preview.summary.unconvertedItems).toBe(5);

    const next = await recomputeReview(
      session,
      review,
      { asOfDate: isoDate('2027-03-31') },
      { eurRates: expected.rates },
    );
    if (next.phase !== 'review') throw new Error(next.message);
    // The new date, and the rates still applied: no item left without its EUR equivalent.
    expect(next.preview.asOfDate).toBe('2027-03-31');
    expect(next.options).toEqual({ asOfDate: '2027-03-31' });
    const rated = next.ratedSummary;
    expect(eurOf(rated?.currencies ?? [])).toEqual(expected.eurByCurrency);
    expect(rated?.currencies.map((c) => c.rateText)).toEqual([undefined, '1.1650', '0.8600']);
    expect(rated?.unconvertedItems).toBe(0);
    expect(rated?.totalCents).toBe(expected.eurTotalCents);
    // Aged at the new date: five months later, nothing is « non échu » any more.
    expect(rated?.buckets?.notDue).toBe(0);
    expect(rated?.buckets && sumBuckets(rated.buckets)).toBe(expected.eurTotalCents);
    // The same figures the worker gives for the rates afterwards: nothing left to re-apply.
    expect(await session.summary(expected.rates)).toEqual(rated);
    session.dispose();
  });

  it('without any rate typed, the preview comes alone', async () => {
    const { session, review } = await reviewOfFile();
    const next = await recomputeReview(
      session,
      review,
      { asOfDate: isoDate('2026-11-30') },
      { eurRates: {} },
    );
    if (next.phase !== 'review') throw new Error(next.message);
    expect(next.preview.asOfDate).toBe('2026-11-30');
    expect(next.ratedSummary).toBeUndefined();
    expect(next.preview.summary.unconvertedItems).toBe(5);
    session.dispose();
  });
});
