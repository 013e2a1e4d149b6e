import { describe, expect, it } from 'vitest';
import { useFreshDb } from '../../../tests/unit/testDb';
import { importsRepo } from './repositories/imports';
import { columnMappingFromStored } from './storedMappings';

describe('mappings stored by older versions', () => {
  const db = useFreshDb();

  it('reads an import record whose mapping was stored as text with column numbers', async () => {
    await db()
      .table('imports')
      .put({
        id: 'imp-old',
        fileName: 'balance.xlsx',
        sha256: 'sha',
        asOfDate: '2026-10-31',
        importedAt: '2026-11-01T08:00:00.000Z',
        mapping: {
          accountNo: '0',
          debtorName: '1',
          openAmount: ' 7 ',
          bogus: '3',
          dueDate: 'Échéance',
        },
        counts: { rows: 1, debtors: 1, items: 1 },
        diff: { newItems: 1, changedItems: 0, closedItems: 0, unchangedItems: 0 },
        undoable: true,
      });
    const [record] = await importsRepo.list();
    expect(record?.mapping).toEqual({ accountNo: 0, debtorName: 1, openAmount: 7 });
    expect((await db().imports.get('imp-old'))?.mapping).toEqual({
      accountNo: 0,
      debtorName: 1,
      openAmount: 7,
    });
  });

  it('reads a saved mapping row of an older version (no header range)', async () => {
    await db()
      .table('mappings')
      .put({
        headerSignature: 'compte|nom|piece',
        mapping: { accountNo: 0, debtorName: '1', documentNumber: 2 },
        layout: 'open-items',
        sheetName: 'Balance',
        savedAt: '2026-11-01T08:00:00.000Z',
      });
    expect(await importsRepo.savedMappings()).toEqual([
      {
        headerSignature: 'compte|nom|piece',
        mapping: { accountNo: 0, debtorName: 1, documentNumber: 2 },
        layout: 'open-items',
        sheetName: 'Balance',
        savedAt: '2026-11-01T08:00:00.000Z',
      },
    ]);
  });

  it('drops what cannot point at a column', () => {
    expect(columnMappingFromStored(null)).toEqual({});
    expect(columnMappingFromStored({ amount: -1, total: 1.5, city: 4 })).toEqual({ city: 4 });
  });
});
