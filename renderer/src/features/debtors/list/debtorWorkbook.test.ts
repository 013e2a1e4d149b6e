import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { BUCKET_LABELS, emptyDebtorAging } from '../../../domain/aging';
import { isoDate } from '../../../domain/dates';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import { cents } from '../../../domain/money';
import { visibleColumns } from './columnValues';
import { DATE_FORMAT, debtorWorkbook, EURO_FORMAT } from './debtorWorkbook';

const rows: DebtorSummary[] = [
  {
    ...emptyDebtorAging(),
    id: 'd1',
    accountNo: '41100001',
    name: 'Transports Girard SAS',
    tags: ['grand compte', 'export'],
    status: 'active',
    stage: 'relance',
    promisedCents: cents(0),
    litigationCents: cents(0),
    totalCents: cents(123_456),
    overdueCents: cents(100_001),
    buckets: {
      notDue: cents(23_455),
      d1_30: cents(100_001),
      d31_60: cents(0),
      d61_90: cents(0),
      d91_180: cents(0),
      over180: cents(0),
    },
    oldestDueDate: isoDate('2026-02-28'),
    daysPastDue: 268,
    assignee: 'Camille',
  },
  {
    ...emptyDebtorAging(),
    id: 'd2',
    accountNo: '41100002',
    name: 'Atelier Dupont',
    tags: [],
    status: 'active',
    stage: 'a-jour',
    promisedCents: cents(0),
    litigationCents: cents(0),
    totalCents: cents(-5_000),
    creditCents: cents(-5_000),
  },
];

describe('debtor list export', () => {
  const columns = visibleColumns(null);
  let bytes: Uint8Array = new Uint8Array();
  let book: XLSX.WorkBook = XLSX.utils.book_new();
  let sheet: XLSX.WorkSheet = {};
  beforeAll(async () => {
    bytes = await debtorWorkbook(rows, columns, {
      bucketLabels: BUCKET_LABELS,
      description: [['Situation au', '23/11/2026']],
    });
    book = XLSX.read(bytes, { type: 'array', cellDates: true, cellNF: true });
    sheet = book.Sheets.Débiteurs ?? {};
  });

  it('has a header row then one row per debtor', () => {
    const table = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
    expect(table).toHaveLength(2);
    expect(Object.keys(table[0] ?? {}).slice(0, 4)).toEqual([
      'Compte',
      'Raison sociale',
      'Solde',
      'Échu',
    ]);
    expect(table[0]?.Étiquettes).toBe('grand compte, export');
  });

  it('writes amounts as numbers in a euro format and dates as dates', () => {
    expect(sheet.C2).toMatchObject({ t: 'n', v: 1234.56, z: EURO_FORMAT });
    expect(sheet.C3).toMatchObject({ t: 'n', v: -50 });
    const due = columns.findIndex((c) => c.key === 'oldestDueDate');
    const dueCell = sheet[XLSX.utils.encode_cell({ r: 1, c: due })];
    expect(dueCell?.t).toBe('d');
    expect(dueCell?.z).toBe(DATE_FORMAT);
    expect(dueCell?.v).toBeInstanceOf(Date);
    expect((dueCell?.v as Date | undefined)?.toISOString().slice(0, 10)).toBe('2026-02-28');
  });

  it('has an autofilter on the header and frozen panes', () => {
    expect(sheet['!autofilter']?.ref).toBe(`A1:${XLSX.utils.encode_col(columns.length - 1)}3`);
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(xml).toContain(
      '<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>',
    );
  });

  it('describes the view on a second sheet', () => {
    expect(book.SheetNames).toEqual(['Débiteurs', 'Filtres']);
  });
});
