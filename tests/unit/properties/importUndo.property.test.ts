/**
 * Import then undo leaves the ledger deep-equal to what it was, whatever the files say: new and
 * known debtors, changed, closed and duplicated items, partial files. Two tables are left out on
 * purpose: the audit log (undo is recorded, history is never rewritten) and the remembered column
 * mappings (a preference about the file layout, not ledger data).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecouvraDb, setDbForTests } from '../../../renderer/src/data/db';
import {
  type CommitImportRequest,
  importsRepo,
} from '../../../renderer/src/data/repositories/imports';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { ParsedDebtor, ParsedItem } from '../../../renderer/src/domain/import/types';
import type { IsoDate } from '../../../renderer/src/domain/model';
import { cents } from '../../../renderer/src/domain/money';
import { ALL_TABLES } from '../backup/ledgerWithEvidence';
import { dumpTables } from '../testDb';

const LEDGER_TABLES = ALL_TABLES.filter((t) => t !== 'audit' && t !== 'mappings');

const accountNo = fc.constantFrom('C001', 'C002', 'C003', 'C004', 'C005');
const anyDate = fc
  .integer({ min: 0, max: 900 })
  .map((offset) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10))
  .map(isoDate);
const anyCents = fc.integer({ min: -500_000, max: 5_000_000 }).map(cents);
const text = fc.string({ minLength: 1, maxLength: 20 });

const parsedDebtor: fc.Arbitrary<ParsedDebtor> = fc.record(
  {
    accountNo,
    name: text,
    siren: fc.constantFrom('732829320', '552100554'),
    addressLines: fc.array(text, { maxLength: 2 }),
    postalCode: fc.constantFrom('69003', '75011'),
    city: fc.constantFrom('Lyon', 'Paris'),
    phone: fc.constantFrom('04 72 00 00 00', '01 40 00 00 00'),
    email: fc.constantFrom('compta@exemple.fr', 'daf@exemple.fr'),
  },
  { requiredKeys: ['accountNo', 'name'] },
);

const parsedItem = (accounts: string[]): fc.Arbitrary<ParsedItem> =>
  fc.record({
    accountNo: fc.constantFrom(...accounts),
    number: fc.constantFrom('F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'AV1'),
    kind: fc.constantFrom('invoice', 'credit-note', 'unapplied-payment'),
    dueDate: anyDate,
    amountCents: anyCents,
    openCents: anyCents,
    currency: fc.constant('EUR'),
    synthetic: fc.boolean(),
    sourceRow: fc.integer({ min: 2, max: 5_000 }),
  });

const importFile = fc
  .uniqueArray(parsedDebtor, { minLength: 1, maxLength: 5, selector: (d) => d.accountNo })
  .chain((debtors) =>
    fc.record({
      debtors: fc.constant(debtors),
      items: fc.array(parsedItem(debtors.map((d) => d.accountNo)), { maxLength: 25 }),
      asOfDate: anyDate,
      partialFile: fc.boolean(),
    }),
  );

function request(
  fileName: string,
  file: { debtors: ParsedDebtor[]; items: ParsedItem[]; asOfDate: IsoDate; partialFile: boolean },
): CommitImportRequest {
  return {
    fileName,
    sha256: fileName.padEnd(64, '0'),
    asOfDate: file.asOfDate,
    partialFile: file.partialFile,
    mapping: { accountNo: 0, debtorName: 1, documentNumber: 2 },
    headerSignature: `signature-${fileName}`,
    layout: 'open-items',
    sheetName: 'Balance',
    dataRowCount: file.items.length,
    debtors: file.debtors,
    items: file.items,
    by: 'propriété',
  };
}

describe('import then undo', () => {
  it('leaves the ledger deep-equal to before, from an empty or an imported ledger, whatever the files contain', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(importFile, { nil: null }), importFile, async (first, second) => {
        const db = new RecouvraDb(`prop-${crypto.randomUUID()}`);
        setDbForTests(db);
        try {
          // No first file: the undo must bring back an empty ledger.
          if (first) await importsRepo.commit(request('octobre.xlsx', first));
          const before = await dumpTables(db, LEDGER_TABLES);
          const { record } = await importsRepo.commit(request('novembre.xlsx', second));
          await importsRepo.undo(record.id, 'propriété');
          expect(await dumpTables(db, LEDGER_TABLES)).toStrictEqual(before);
        } finally {
          setDbForTests(null);
          await db.delete();
        }
      }),
      { numRuns: 40 },
    );
  });
});
