/**
 * The rows a write path tells the middlewares it is about to replace (data/rowsBefore.ts): used
 * by the next write of that table only, trusted for missing keys only when complete, and shared
 * by the middleware layers of one request.
 */
import type { DBCoreMutateRequest, DBCoreTransaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { knownRowsBefore, rowsByKey, tellRowsBefore } from '../../renderer/src/data/rowsBefore';

const put = (trans: DBCoreTransaction, keys: string[]) =>
  ({ type: 'put', trans, keys, values: keys.map((id) => ({ id })) }) as DBCoreMutateRequest;

describe('rows before a write', () => {
  it('answers the next write of the table, then asks the middlewares to read', () => {
    const trans = {} as DBCoreTransaction;
    tellRowsBefore(trans, 'invoices', rowsByKey([{ id: 'a', openCents: 100 }], 'id'), true);
    const first = put(trans, ['a', 'b']);
    expect(knownRowsBefore(first, 'invoices', ['a', 'b'])).toEqual([
      { id: 'a', openCents: 100 },
      undefined,
    ]);
    // The layer below gets the same answer for the same request.
    expect(knownRowsBefore(first, 'invoices', ['a', 'b'])).toEqual([
      { id: 'a', openCents: 100 },
      undefined,
    ]);
    // After that write the hint is stale: the next write reads.
    expect(knownRowsBefore(put(trans, ['a']), 'invoices', ['a'])).toBeNull();
  });

  it('reads when an incomplete hint does not know a key, and never mixes tables or transactions', () => {
    const trans = {} as DBCoreTransaction;
    tellRowsBefore(trans, 'debtors', new Map([['d1', undefined]]), false);
    expect(knownRowsBefore(put({} as DBCoreTransaction, ['d1']), 'debtors', ['d1'])).toBeNull();
    expect(knownRowsBefore(put(trans, ['d1']), 'invoices', ['d1'])).toBeNull();
    expect(knownRowsBefore(put(trans, ['d1', 'd2']), 'debtors', ['d1', 'd2'])).toBeNull();
    tellRowsBefore(trans, 'debtors', new Map([['d1', undefined]]), false);
    expect(knownRowsBefore(put(trans, ['d1']), 'debtors', ['d1'])).toEqual([undefined]);
  });
});
