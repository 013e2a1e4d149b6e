import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { importsRepo } from '../../../renderer/src/data/repositories/imports';
import { describeStorageError, isQuotaExceeded } from '../../../renderer/src/data/storageErrors';
import { isoDate } from '../../../renderer/src/domain/dates';
import { cents } from '../../../renderer/src/domain/money';
import { ALL_TABLES } from '../backup/ledgerWithEvidence';
import { dumpTables, useFreshDb } from '../testDb';

describe('storage errors', () => {
  const db = useFreshDb();
  const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  describe('describeStorageError', () => {
    it.each([
      ['a DOMException from IndexedDB', quotaError(), /espace de stockage de Recouvra est plein/],
      ['Dexie wrapping it', new Dexie.AbortError('aborted', quotaError()), /est plein/],
      [
        'Dexie wrapping it twice',
        new Dexie.AbortError('x', new Dexie.AbortError('y', quotaError())),
        /est plein/,
      ],
      ['a bulk failure', new Dexie.BulkError('bulk', [quotaError()]), /est plein/],
      [
        'a unique index conflict',
        new Dexie.ConstraintError('dup'),
        /conflit avec une donnée existante/,
      ],
      ['a newer database', new Dexie.VersionError('v'), /version plus récente/],
      ['a closed database', new Dexie.DatabaseClosedError('c'), /rechargez la page/],
      [
        'anything else',
        new Error('disque débranché'),
        /L['’]enregistrement a échoué \(disque débranché\)/,
      ],
      ['not even an Error', 'oups', /L['’]enregistrement a échoué\./],
    ])('explains %s in French, and says nothing was written', (_label, error, message) => {
      const text = describeStorageError(error);
      expect(text).toMatch(message);
      expect(text).toMatch(/Aucune donnée n['’]a été modifiée\.$/);
    });

    it('recognises the quota wherever Dexie put it', () => {
      expect(isQuotaExceeded(new Dexie.AbortError('a', quotaError()))).toBe(true);
      expect(isQuotaExceeded(new Error('x'))).toBe(false);
    });
  });

  describe('a write that hits the quota inside a transaction', () => {
    const request = (fileName: string, accountNo: string) => ({
      fileName,
      sha256: fileName.padEnd(64, '0'),
      asOfDate: isoDate('2026-11-30'),
      partialFile: false,
      mapping: { accountNo: 0 },
      headerSignature: 'sig',
      layout: 'open-items' as const,
      sheetName: 'Balance',
      dataRowCount: 1,
      debtors: [{ accountNo, name: `Client ${accountNo}` }],
      items: [
        {
          accountNo,
          number: 'F-1',
          kind: 'invoice' as const,
          dueDate: isoDate('2026-10-31'),
          amountCents: cents(12_000),
          openCents: cents(12_000),
          currency: 'EUR',
          synthetic: false,
          sourceRow: 2,
        },
      ],
      by: 'utilisateur',
    });

    it('leaves every table as it was and gets the quota message', async () => {
      await importsRepo.commit(request('octobre.xlsx', 'C001'));
      const before = await dumpTables(db(), ALL_TABLES);
      const spy = vi.spyOn(db().invoices, 'bulkPut').mockRejectedValue(quotaError());
      const failure = await importsRepo.commit(request('novembre.xlsx', 'C002')).catch((e) => e);
      spy.mockRestore();
      expect(describeStorageError(failure)).toMatch(/espace de stockage de Recouvra est plein/);
      expect(await dumpTables(db(), ALL_TABLES)).toStrictEqual(before);
    });
  });
});
