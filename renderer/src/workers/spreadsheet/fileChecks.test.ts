import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type FileKind,
  fileSizeWarning,
  hasZipDirectory,
  LARGE_FILE_BYTES,
  sniffFileKind,
} from './fileChecks';
import { findDamagedZipEntry } from './zipIntegrity';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('fileSizeWarning', () => {
  it('warns with the size above 50 Mo, before anything is read', () => {
    expect(fileSizeWarning('balance.xlsx', 60 * 1024 * 1024)).toBe(
      'Le fichier « balance.xlsx » pèse 60 Mo (plus de 50 Mo) : son analyse peut prendre plusieurs minutes et beaucoup de mémoire. Si possible, exportez seulement les postes ouverts ou enregistrez-le au format .xlsx, puis réessayez ; sinon, confirmez pour continuer.',
    );
  });

  it.each([0, 1024, LARGE_FILE_BYTES])('stays silent for %i bytes', (size) => {
    expect(fileSizeWarning('balance.xlsx', size)).toBeNull();
  });

  it('writes the size the French way', () => {
    expect(fileSizeWarning('gros.csv', 52.5 * 1024 * 1024)).toContain('pèse 52,5 Mo');
  });
});

describe('sniffFileKind', () => {
  it.each<[string, Uint8Array, FileKind]>([
    ['nothing', bytes(), 'empty'],
    ['a PDF', ascii('%PDF-1.7\n...'), 'pdf'],
    ['an xlsx or ods (zip)', bytes(0x50, 0x4b, 0x03, 0x04, 0), 'zip'],
    [
      'an xls or encrypted xlsx (OLE)',
      bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
      'ole',
    ],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'image'],
    ['a CSV', ascii('Code;Montant\n411A;12,50\n'), 'text'],
    ['a UTF-16 CSV', bytes(0xff, 0xfe, 0x43, 0x00), 'text'],
    ['unknown binary', bytes(0x01, 0x00, 0x02, 0x00), 'binary'],
  ])('%s', (_label, data, kind) => {
    expect(sniffFileKind(data)).toBe(kind);
  });
});

describe('hasZipDirectory', () => {
  const end = bytes(0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0));
  it('finds the end-of-directory record of a complete zip', () => {
    expect(
      hasZipDirectory(new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(100).fill(1), ...end])),
    ).toBe(true);
  });
  it('misses it in a cut zip', () => {
    expect(hasZipDirectory(new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(100).fill(1)]))).toBe(
      false,
    );
  });
});

describe('findDamagedZipEntry', () => {
  const fixture = (name: string) =>
    new Uint8Array(
      readFileSync(new URL(`../../../../tests/fixtures/import/${name}`, import.meta.url)),
    );
  it.each([
    ['sage100_balance_agee_2026-10-31.xlsx', null],
    ['balance_generique.ods', null],
    ['bad/corrupted.xlsx', 'xl/worksheets/sheet1.xml'],
    ['bad/truncated.xlsx', '(structure)'],
  ])('%s -> %s', (name, damaged) => {
    expect(findDamagedZipEntry(fixture(name))).toBe(damaged);
  });
});
