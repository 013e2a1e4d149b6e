import type { DBCore, DbCoreTransactionOptions } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDurabilityMiddleware } from './durability';

type Mode = 'readonly' | 'readwrite';

/** The options the store below the middleware is asked to open a transaction with. */
function optionsFor(stores: string[], mode: Mode) {
  let seen: DbCoreTransactionOptions | undefined;
  const down = {
    transaction: (_s: string[], _m: Mode, options?: DbCoreTransactionOptions) => {
      seen = options;
      return {} as IDBTransaction;
    },
  } as unknown as DBCore;
  // The connection opens relaxed (db.ts): the middleware decides which commits are strict.
  const core = createDurabilityMiddleware().create(down);
  core.transaction?.(stores, mode, { durability: 'relaxed' });
  return seen;
}

describe('durability of commits', () => {
  it.each([
    [['imports', 'invoices'], 'strict'],
    [['payments'], 'strict'],
    [['letters', 'blobs'], 'strict'],
    [['blobs'], 'strict'],
    [['bankImports', 'bankCredits'], 'strict'],
    [['activities', 'debtors'], 'relaxed'],
    [['settings'], 'relaxed'],
  ])('a write to %j is committed with durability %s', (stores, expected) => {
    expect(optionsFor(stores, 'readwrite')?.durability).toBe(expected);
  });

  it('leaves reads alone', () => {
    expect(optionsFor(['letters'], 'readonly')?.durability).toBe('relaxed');
  });
});
