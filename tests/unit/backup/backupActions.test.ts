import { describe, expect, it, vi } from 'vitest';
import { searchAudit } from '../../../renderer/src/data/repositories/auditLog';
import { auditWorkbook } from '../../../renderer/src/features/backup/auditExport';
import {
  applyBackup,
  pickBackup,
  saveBackup,
} from '../../../renderer/src/features/backup/backupActions';
import type { Bridge, SaveFileRequest } from '../../../renderer/src/platform/bridge';
import { useFreshDb } from '../testDb';
import { text } from './backupZip';

/** A platform that saves into memory and opens what the test hands it. */
function fakePlatform(runtime: 'electron' | 'web' = 'web') {
  const saved: SaveFileRequest[] = [];
  let toOpen: { name: string; data: Uint8Array }[] = [];
  const bridge: Bridge = {
    appInfo: async () => ({ name: 'Recouvra', version: '0.1.0', runtime, platform: 'linux' }),
    saveFile: vi.fn(async (request: SaveFileRequest) => {
      saved.push(request);
      return { saved: true, fileName: request.suggestedName };
    }),
    openFiles: vi.fn(async () => toOpen),
    printPdf: vi.fn(async () => {}),
    writeAutoBackup: vi.fn(async () => ({ saved: false as const, reason: 'navigateur' })),
    openEmailDraft: vi.fn(async () => ({ opened: false, reason: 'navigateur' })),
    readSessionToken: vi.fn(async () => null),
    writeSessionToken: vi.fn(async () => ({ stored: false as const, reason: 'navigateur' })),
  };
  return {
    bridge,
    saved,
    willOpen(files: { name: string; data: Uint8Array }[]) {
      toOpen = files;
    },
  };
}

describe('backup actions', () => {
  const db = useFreshDb();
  const debtor = {
    id: 'd1',
    accountNo: 'C001',
    name: 'Dupont',
    addressLines: [],
    contacts: [],
    tags: [],
    status: 'active' as const,
  };

  it('« Sauvegarder » offers the dated file name and logs the export', async () => {
    await db().debtors.add(debtor);
    const platform = fakePlatform();
    const outcome = await saveBackup(platform.bridge);
    expect(outcome).toMatchObject({ status: 'done' });
    expect(platform.saved[0]?.suggestedName).toMatch(
      /^Recouvra – sauvegarde \d{4}-\d{2}-\d{2}\.zip$/,
    );
    expect(platform.saved[0]?.filters).toEqual([
      { name: 'Sauvegardes Recouvra', extensions: ['zip'] },
    ]);
    expect((await searchAudit({ action: 'backup.export' })).total).toBe(1);
  });

  it('« Restaurer » proves the file, then replaces the data', async () => {
    await db().debtors.add(debtor);
    const platform = fakePlatform();
    await saveBackup(platform.bridge);
    await db().debtors.clear();
    platform.willOpen([
      { name: 'sauvegarde.zip', data: platform.saved[0]?.data ?? new Uint8Array() },
    ]);
    const picked = await pickBackup(platform.bridge);
    if (picked.status !== 'picked') throw new Error(picked.status);
    expect(await db().debtors.count()).toBe(0);
    await expect(applyBackup(platform.bridge, picked.backup)).resolves.toMatchObject({
      status: 'done',
    });
    expect(await db().debtors.get('d1')).toEqual(debtor);
  });

  it('refuses a bad file with the reason, before any question', async () => {
    const platform = fakePlatform();
    platform.willOpen([{ name: 'photo.zip', data: text('pas un zip') }]);
    await expect(pickBackup(platform.bridge)).resolves.toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Restauration impossible\s: /),
    });
  });

  it('does not restore when the safety copy of the desktop app fails', async () => {
    await db().debtors.add(debtor);
    const platform = fakePlatform('electron');
    await saveBackup(platform.bridge);
    platform.willOpen([{ name: 's.zip', data: platform.saved[0]?.data ?? new Uint8Array() }]);
    const picked = await pickBackup(platform.bridge);
    if (picked.status !== 'picked') throw new Error(picked.status);
    await db().debtors.put({ ...debtor, name: 'Modifié depuis' });
    vi.mocked(platform.bridge.writeAutoBackup).mockRejectedValue(new Error('disque plein'));
    const outcome = await applyBackup(platform.bridge, picked.backup);
    expect(outcome).toEqual({
      status: 'failed',
      message: expect.stringMatching(/disque plein\. La restauration n['’]a pas été faite\.$/),
    });
    expect((await db().debtors.get('d1'))?.name).toBe('Modifié depuis');
  });
});

describe('auditWorkbook', () => {
  it('writes a workbook with one row per entry and French labels', async () => {
    const XLSX = await import('xlsx');
    const bytes = await auditWorkbook([
      {
        id: '1',
        at: '2026-11-23T09:30:00.000Z',
        by: 'Claire',
        action: 'backup.restore',
        entity: 'database',
        details: 'Restauration',
      },
    ]);
    const sheet = XLSX.read(bytes).Sheets.Journal;
    if (!sheet) throw new Error('pas de feuille Journal');
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 });
    expect(rows[0]).toEqual([
      'Date',
      'Horodatage (UTC)',
      'Par',
      'Action',
      'Objet',
      'Identifiant',
      'Détails',
    ]);
    expect(rows[1]).toEqual(
      expect.arrayContaining(['Claire', 'Restauration', '2026-11-23T09:30:00.000Z']),
    );
  });
});
