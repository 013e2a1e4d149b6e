/**
 * Backups written by released versions must restore forever. tests/fixtures/backups/ holds one
 * per schema version (scripts/make-malformed-fixtures.mjs wrote the schema-1 one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBackup, restoreBackup } from '../../../renderer/src/data/backup';
import { useFreshDb } from '../testDb';

const FOLDER = join(import.meta.dirname, '..', '..', 'fixtures', 'backups');

describe('reference backups', () => {
  const db = useFreshDb();

  it.each(readdirSync(FOLDER))('%s restores with its rows and blobs', async (file) => {
    const read = await readBackup(new Uint8Array(readFileSync(join(FOLDER, file))));
    if (!read.ok) throw new Error(read.reason);
    await expect(restoreBackup(read.backup, { by: 'test' })).resolves.toMatchObject({ ok: true });
    expect(await db().debtors.get('d1')).toMatchObject({ accountNo: '411DUPONT' });
    expect(await db().invoices.count()).toBe(1);
    const [blob] = await db().blobs.toArray();
    expect(await blob?.data.text()).toMatch(/^%PDF-1\.7/);
  });
});
