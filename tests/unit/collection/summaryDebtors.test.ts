/**
 * The debtor pickers (Courriers, rapprochement bancaire) read names from the queue summary: every
 * debtor, with or without items, sorted as French sorts names, and a rename shows at once.
 * Real IndexedDB (fake-indexeddb), real middleware.
 */
import { describe, expect, it } from 'vitest';
import { debtorNames } from '../../../renderer/src/data/repositories/summaryDebtors';
import type { Debtor } from '../../../renderer/src/domain/model';
import { useFreshDb } from '../testDb';

const debtor = (id: string, name: string, accountNo: string): Debtor => ({
  id,
  accountNo,
  name,
  addressLines: [],
  contacts: [],
  tags: [],
  status: 'active',
});

describe('debtor names for the pickers', () => {
  const db = useFreshDb();

  it('lists every debtor by French name order, and follows a rename and a deletion', async () => {
    await db().debtors.bulkPut([
      debtor('d1', 'Zèbre SARL', '411003'),
      debtor('d2', 'étoile du Sud', '411001'),
      debtor('d3', 'Établissements Martin', '411002'),
      debtor('d4', 'Alpha SAS', '411010'),
      debtor('d5', 'Alpha SAS', '411004'),
    ]);
    expect(await debtorNames()).toEqual([
      { id: 'd5', name: 'Alpha SAS', accountNo: '411004' },
      { id: 'd4', name: 'Alpha SAS', accountNo: '411010' },
      { id: 'd3', name: 'Établissements Martin', accountNo: '411002' },
      { id: 'd2', name: 'étoile du Sud', accountNo: '411001' },
      { id: 'd1', name: 'Zèbre SARL', accountNo: '411003' },
    ]);
    await db().debtors.update('d1', { name: 'Abeille' });
    await db().debtors.delete('d3');
    expect((await debtorNames()).map((d) => d.name)).toEqual([
      'Abeille',
      'Alpha SAS',
      'Alpha SAS',
      'étoile du Sud',
    ]);
  });
});
