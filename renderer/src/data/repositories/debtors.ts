import type { Debtor } from '../../domain/model';
import { getDb } from '../db';

export const debtorsRepo = {
  get: (id: string) => getDb().debtors.get(id),
  byAccountNo: (accountNo: string) => getDb().debtors.where('accountNo').equals(accountNo).first(),
  list: () => getDb().debtors.orderBy('name').toArray(),
  count: () => getDb().debtors.count(),
  put: (debtor: Debtor) => getDb().debtors.put(debtor),
  bulkPut: (debtors: Debtor[]) => getDb().debtors.bulkPut(debtors),
  update: (id: string, changes: Partial<Debtor>) => getDb().debtors.update(id, changes),
};
