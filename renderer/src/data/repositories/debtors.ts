import type { Debtor } from '../../domain/model';
import { getDb } from '../db';

export const debtorsRepo = {
  bulkPut: (debtors: Debtor[]) => getDb().debtors.bulkPut(debtors),
};
