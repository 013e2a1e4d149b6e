import { describe, expect, it, vi } from 'vitest';
import { debtor } from '../../../tests/unit/sync/syncTestDb';
import { useFreshDb } from '../../../tests/unit/testDb';
import { prepareQueue } from './prepareQueue';
import { collectionRepo } from './repositories/collection';

/** Lets the dynamic import and the preparation run to their end. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the queue made ready in idle time', () => {
  const db = useFreshDb();

  it('is prepared once per write: a dashboard visited again with nothing written prepares nothing', async () => {
    const prepare = vi.spyOn(collectionRepo, 'prepareQueue');
    try {
      await db().debtors.add(debtor('d1'));
      prepareQueue();
      await settled();
      prepareQueue();
      await settled();
      expect(prepare).toHaveBeenCalledTimes(1);
      // A write since: the next visit prepares again.
      await db().debtors.update('d1', { city: 'Dole' });
      prepareQueue();
      await settled();
      expect(prepare).toHaveBeenCalledTimes(2);
    } finally {
      prepare.mockRestore();
    }
  });
});
