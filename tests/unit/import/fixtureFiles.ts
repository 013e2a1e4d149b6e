/** Reading the import fixtures and their expectations (written by scripts/make-import-fixtures.mjs). */
import { readFileSync } from 'node:fs';
import {
  parseSpreadsheet,
  type SpreadsheetParseOptions,
  type SpreadsheetParseResult,
} from '../../../renderer/src/workers/spreadsheet/parseSpreadsheet';

const ROOT = new URL('../../fixtures/import/', import.meta.url);

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, ROOT)));
}

/** Parses a fixture the way the worker does, synchronously. */
export function parseFixture(
  name: string,
  options: SpreadsheetParseOptions = {},
): SpreadsheetParseResult {
  return parseSpreadsheet(fixtureBytes(name), name.split('/').pop() ?? name, options);
}

export interface ExpectedFile {
  presetId?: string;
  layout?: 'open-items' | 'buckets';
  asOfDate?: string;
  debtors?: number;
  items?: number;
  creditNotes?: number;
  unappliedPayments?: number;
  totalCents?: number;
  importedCents?: number;
  debtorNameIsAccount?: boolean;
  diffFromPrevious?: { closed: string[]; changed: string[]; added: string[] };
  names?: string[];
  dataRows?: number;
  currencies?: string[];
  sheet?: string;
  hiddenSheet?: string;
}

export const expected = JSON.parse(readFileSync(new URL('expected.json', ROOT), 'utf8')) as {
  presets: Record<string, ExpectedFile>;
  generic: Record<string, ExpectedFile>;
  bad: Record<string, ExpectedFile>;
};
