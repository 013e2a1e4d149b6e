import { describe, expect, it } from 'vitest';
import { runExport, type ShownNotice } from './useExport';

async function shown(task: () => Promise<{ message: string; title?: string } | null>) {
  const notices: ShownNotice[] = [];
  await runExport(task, 'Export impossible', (notice) => notices.push(notice));
  return notices;
}

describe('runExport', () => {
  it('shows the notice of a finished export in green', async () => {
    expect(await shown(async () => ({ title: 'Liste exportée', message: '3 débiteurs' }))).toEqual([
      { color: 'teal', title: 'Liste exportée', message: '3 débiteurs' },
    ]);
  });

  it('says nothing when the user cancelled the save dialog', async () => {
    expect(await shown(async () => null)).toEqual([]);
  });

  it('shows a failure in red with its message, and does not reject', async () => {
    expect(
      await shown(async () => {
        throw new Error('Disque plein.');
      }),
    ).toEqual([{ color: 'red', title: 'Export impossible', message: 'Disque plein.' }]);
    expect(await shown(() => Promise.reject('refusé'))).toEqual([
      { color: 'red', title: 'Export impossible', message: 'refusé' },
    ]);
  });
});
