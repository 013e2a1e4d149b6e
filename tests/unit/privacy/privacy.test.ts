import { beforeEach, describe, expect, it } from 'vitest';
import { auditActions, searchAudit } from '../../../renderer/src/data/repositories/auditLog';
import {
  ERASED_CONTACT_NAME,
  eraseContact,
  exportDebtorData,
} from '../../../renderer/src/data/repositories/privacy';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { Debtor } from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import { useFreshDb } from '../testDb';

const dupont: Debtor = {
  id: 'd1',
  accountNo: '411DUPONT',
  name: 'Dupont Bâtiment SARL',
  addressLines: ['12 rue des Lilas'],
  contacts: [
    {
      id: 'c1',
      name: 'Mme Martin',
      role: 'comptabilite-fournisseurs',
      phone: '04 72 00 00 00',
      email: 'martin@dupont.fr',
      bestTime: 'le matin',
    },
    { id: 'c2', name: 'M. Durand', role: 'daf', email: 'durand@dupont.fr' },
  ],
  tags: [],
  status: 'active',
};

describe('personal data', () => {
  const db = useFreshDb();

  beforeEach(async () => {
    await db().debtors.bulkAdd([
      dupont,
      { ...dupont, id: 'd2', accountNo: '411AUTRE', contacts: [] },
    ]);
    await db().invoices.bulkAdd([
      {
        id: 'i1',
        debtorId: 'd1',
        number: 'FA-1',
        kind: 'invoice',
        dueDate: isoDate('2026-10-01'),
        amountCents: cents(120_000),
        openCents: cents(120_000),
        currency: 'EUR',
        status: 'open',
      },
      {
        id: 'i2',
        debtorId: 'd2',
        number: 'FA-2',
        kind: 'invoice',
        dueDate: isoDate('2026-10-01'),
        amountCents: cents(5_000),
        openCents: cents(5_000),
        currency: 'EUR',
        status: 'open',
      },
    ]);
    await db().activities.add({
      id: 'a1',
      debtorId: 'd1',
      type: 'call',
      at: '2026-11-02T09:00:00.000Z',
      by: 'Claire',
      text: 'Appel',
    });
    await db().importJournals.add({
      importId: 'imp1',
      createdDebtorIds: [],
      debtorsBefore: [dupont],
      createdInvoiceIds: [],
      changedInvoiceIds: [],
      closedInvoiceIds: [],
      invoicesBefore: [],
    });
  });

  describe('exportDebtorData', () => {
    it('gathers every row linked to the debtor, and only those', async () => {
      const data = await exportDebtorData('d1');
      expect(data).toMatchObject({
        format: 'recouvra-donnees-debiteur',
        debtor: dupont,
        invoices: [expect.objectContaining({ id: 'i1' })],
        activities: [expect.objectContaining({ id: 'a1' })],
        cases: [],
        letters: [],
      });
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    });

    it('records the export in the audit log', async () => {
      await exportDebtorData('d1', 'Claire');
      const { entries } = await searchAudit({ action: 'debtor.export' });
      expect(entries).toEqual([expect.objectContaining({ by: 'Claire', entityId: 'd1' })]);
    });

    it('answers null for an unknown debtor', async () => {
      await expect(exportDebtorData('nobody')).resolves.toBeNull();
    });
  });

  describe('eraseContact', () => {
    it('clears name, phone, e-mail and best time, and keeps the accounting rows', async () => {
      const invoicesBefore = await db().invoices.toArray();
      await expect(eraseContact('d1', 'c1', 'Claire')).resolves.toEqual({ ok: true });
      const debtor = await db().debtors.get('d1');
      expect(debtor?.contacts).toEqual([
        { id: 'c1', role: 'comptabilite-fournisseurs', name: ERASED_CONTACT_NAME },
        dupont.contacts[1],
      ]);
      expect(debtor?.name).toBe(dupont.name);
      expect(await db().invoices.toArray()).toEqual(invoicesBefore);
      expect(await db().activities.count()).toBe(1);
    });

    it('erases the copies kept for undoing an import too', async () => {
      await eraseContact('d1', 'c1');
      const journal = await db().importJournals.get('imp1');
      expect(JSON.stringify(journal)).not.toMatch(/Martin|04 72|martin@/);
    });

    it('logs the erasure without writing the erased name back', async () => {
      await eraseContact('d1', 'c1', 'Claire');
      const { entries } = await searchAudit({ action: 'contact.erase' });
      expect(entries).toHaveLength(1);
      expect(JSON.stringify(entries)).not.toMatch(/Martin/);
      expect(entries[0]).toMatchObject({ by: 'Claire', entityId: 'd1' });
    });

    it.each([
      ['nobody', 'c1', 'Débiteur introuvable.'],
      ['d1', 'c9', 'Contact introuvable pour ce débiteur.'],
    ])('refuses %s / %s in French and changes nothing', async (debtorId, contactId, reason) => {
      await expect(eraseContact(debtorId, contactId)).resolves.toEqual({ ok: false, reason });
      expect(await db().debtors.get('d1')).toEqual(dupont);
      expect(await db().audit.count()).toBe(0);
    });
  });

  describe('searchAudit', () => {
    beforeEach(async () => {
      await db().audit.bulkAdd([
        {
          id: '1',
          at: '2026-11-01T08:00:00.000Z',
          by: 'Claire',
          action: 'import',
          entity: 'imports',
          details: 'octobre.xlsx',
        },
        {
          id: '2',
          at: '2026-11-15T08:00:00.000Z',
          by: 'Marc',
          action: 'import',
          entity: 'imports',
          details: 'novembre.xlsx',
        },
        {
          id: '3',
          at: '2026-11-20T08:00:00.000Z',
          by: 'Claire',
          action: 'backup.restore',
          entity: 'database',
        },
      ]);
    });

    it('lists newest first', async () => {
      const { entries, total } = await searchAudit();
      expect(entries.map((e) => e.id)).toEqual(['3', '2', '1']);
      expect(total).toBe(3);
    });

    it.each([
      [{ action: 'import' }, ['2', '1']],
      [{ from: isoDate('2026-11-10') }, ['3', '2']],
      [{ to: isoDate('2026-11-15') }, ['2', '1']],
      [{ text: 'claire' }, ['3', '1']],
      [{ text: 'NOVEMBRE' }, ['2']],
      [{ limit: 1 }, ['3']],
    ])('filters with %j', async (filter, ids) => {
      expect((await searchAudit(filter)).entries.map((e) => e.id)).toEqual(ids);
    });

    it('counts beyond the limit', async () => {
      expect(await searchAudit({ limit: 1 })).toMatchObject({ total: 3 });
    });

    it('lists the actions present', async () => {
      expect(await auditActions()).toEqual(['backup.restore', 'import']);
    });
  });
});
