/**
 * A two-line header stays two lines when the user corrects the mapping: the correction is saved
 * under the signature next month's file produces, and found again. A header no label table knows
 * is read on the line(s) the user points at, and that choice is found again too.
 */
import { describe, expect, it } from 'vitest';
import { importsRepo } from '../../../renderer/src/data/repositories/imports';
import type { ParsedBalance } from '../../../renderer/src/domain/import/types';
import type { SpreadsheetParseOptions } from '../../../renderer/src/workers/spreadsheet/parseSpreadsheet';
import { useFreshDb } from '../testDb';
import { parseFixture } from './fixtureFiles';

function parse(name: string, options: SpreadsheetParseOptions = {}): ParsedBalance {
  const result = parseFixture(`header/${name}`, options);
  if (!result.ok) throw new Error(result.message);
  return result.balance;
}

async function commit(balance: ParsedBalance): Promise<void> {
  if (!balance.asOfDate) throw new Error('no as-of date');
  await importsRepo.commit({
    fileName: balance.fileName,
    sha256: `sha-${balance.fileName}`,
    asOfDate: balance.asOfDate,
    partialFile: false,
    mapping: balance.mapping,
    header: balance.header,
    headerSignature: balance.headerSignature,
    layout: balance.layout,
    sheetName: balance.sheetName,
    dataRowCount: balance.dataRowCount,
    debtors: balance.debtors,
    items: balance.items,
    by: 'test',
  });
}

describe('header lines as a range', () => {
  useFreshDb();

  it('keeps a two-line header when the mapping is corrected, and finds the correction next month', async () => {
    const detected = parse('deux_lignes_2026-10-31.xlsx');
    expect(detected.header).toEqual({ first: 3, last: 4 });
    expect(detected.headers[4]).toBe('Date échéance');
    expect(detected.mapping.poNumber).toBe(5);

    // The controller ignores the order reference: the review panel re-parses with the header kept.
    const { poNumber: _ignored, ...corrected } = detected.mapping;
    const edited = parse('deux_lignes_2026-10-31.xlsx', {
      mapping: corrected,
      header: detected.header ?? undefined,
    });
    expect(edited.mappingSource).toBe('user');
    expect(edited.header).toEqual({ first: 3, last: 4 });
    expect(edited.headers).toEqual(detected.headers);
    expect(edited.headerSignature).toBe(detected.headerSignature);
    expect(edited.items).toHaveLength(3);
    expect(edited.items.every((item) => item.poNumber === undefined)).toBe(true);
    await commit(edited);

    const saved = await importsRepo.savedMappings();
    const november = parse('deux_lignes_2026-11-30.xlsx', { savedMappings: saved });
    expect(november.headerSignature).toBe(detected.headerSignature);
    expect(november.mappingSource).toBe('saved');
    expect(november.mapping).toEqual(corrected);
    expect(november.items.map((item) => item.poNumber)).toEqual([undefined, undefined, undefined]);
  });

  it('reads the header on the line the user chose when none is recognised, and again next month', async () => {
    const undetected = parse('sans_entete_reconnu_2026-10-31.xlsx');
    expect(undetected.header).toBeNull();
    expect(undetected.issues.some((i) => i.message.includes('aucune ligne d’en-tête'))).toBe(true);

    const picked = parse('sans_entete_reconnu_2026-10-31.xlsx', { header: { first: 3, last: 3 } });
    expect(picked.header).toEqual({ first: 3, last: 3 });
    expect(picked.headers.slice(0, 3)).toEqual(['Tiers', 'Dénomination', 'Pce']);
    expect(picked.issues.some((i) => i.message.includes('aucune ligne d’en-tête'))).toBe(false);

    const mapping = {
      accountNo: 0,
      debtorName: 1,
      documentNumber: 2,
      documentDate: 3,
      dueDate: 4,
      amount: 6,
      openAmount: 7,
    };
    const mapped = parse('sans_entete_reconnu_2026-10-31.xlsx', {
      mapping,
      header: picked.header ?? undefined,
    });
    expect(mapped.items).toHaveLength(3);
    expect(mapped.issues.filter((i) => i.severity === 'error')).toEqual([]);
    await commit(mapped);

    const november = parse('sans_entete_reconnu_2026-11-30.xlsx', {
      savedMappings: await importsRepo.savedMappings(),
    });
    expect(november.header).toEqual({ first: 3, last: 3 });
    expect(november.mappingSource).toBe('saved');
    expect(november.mapping).toEqual(mapping);
    expect(november.items).toHaveLength(3);
  });
});
