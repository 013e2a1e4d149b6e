import type { DBCore, DBCoreTransactionOptions } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDurabilityMiddleware } from './durability';

/** The options the store below the middleware is asked to open a transaction with. */
function optionsFor(stores: string[], mode: IDBTransactionMode) {
  let seen: DBCoreTransactionOptions | undefined;
  const down = {
    transaction: (_s: string[], _m: IDBTransactionMode, options?: DBCoreTransactionOptions) => {
      seen = options;
      return {} as IDBTransaction;
    },
  } as unknown as DBCore;
  createDurabilityMiddleware().create(down).transaction(stores, mode, {});
  return seen;
}

describe('durability of commits', () => {
  it.each([
    [['imports', 'invoices'], 'strict'],
    [['payments'], 'strict'],
    [['letters', 'blobs'], 'strict'],
    [['blobs'], 'strict'],
    [['bankImports', 'bankCredits'], 'strict'],
    [['activities', 'debtors'], undefined],
    [['settings'], undefined],
  ])('a write to %j is committed with durability %s', (stores, expected) => {
    expect(optionsFor(stores, 'readwrite')?.durability).toBe(expected);
  });

  it('leaves reads alone', () => {
    expect(optionsFor(['letters'], 'readonly')?.durability).toBeUndefined();
  });
});
