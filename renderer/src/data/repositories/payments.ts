/** Dated payments: what the claim deducts on the day each one was received. */
import type { Payment } from '../../domain/model';
import { getDb } from '../db';

export const paymentsRepo = {
  byDebtor: (debtorId: string): Promise<Payment[]> =>
    getDb().payments.where('debtorId').equals(debtorId).sortBy('date'),
};
