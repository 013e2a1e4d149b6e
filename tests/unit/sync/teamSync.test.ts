/**
 * Team mode's life on the workstation, without a server: turning it on records changes, seeding
 * turns the whole ledger into one bulk transaction, leaving puts the workstation back alone.
 */
import { describe, expect, it } from 'vitest';
import {
  configureServer,
  leaveTeamMode,
  seedServerFromLedger,
} from '../../../renderer/src/data/sync';
import { outboxEntries } from '../../../renderer/src/data/sync/outboxStore';
import { normalizeServerUrl } from '../../../renderer/src/data/sync/teamSync';
import { useFreshDb } from '../testDb';
import { debtor } from './syncTestDb';

describe('team mode', () => {
  const getDb = useFreshDb();

  it('is off by default, on once a server is set, and off again when leaving', async () => {
    const db = getDb();
    await db.debtors.add(debtor('alone'));
    expect(await db.outbox.count()).toBe(0);
    await configureServer('https://recouvra.exemple.fr/chemin', db);
    const config = (await db.syncState.get('config'))?.value as { serverUrl: string };
    expect(config.serverUrl).toBe('https://recouvra.exemple.fr');
    await db.debtors.add(debtor('team'));
    expect(await db.outbox.count()).toBe(1);
    await leaveTeamMode(db);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.syncState.count()).toBe(0);
    await db.debtors.add(debtor('alone-again'));
    expect(await db.outbox.count()).toBe(0);
  });

  it('seeds a server with every synced row, shared settings only, as one bulk transaction', async () => {
    const db = getDb();
    await db.debtors.bulkAdd([debtor('a'), debtor('b')]);
    await db.settings.bulkPut([
      { key: 'creditor', value: { name: 'ACME' }, updatedAt: '2026-11-23T09:00:00.000Z' },
      { key: 'ui', value: {}, updatedAt: '2026-11-23T09:00:00.000Z' },
    ]);
    await configureServer('https://recouvra.exemple.fr', db);
    expect(await seedServerFromLedger(db)).toBe(3);
    const entries = await outboxEntries(db);
    expect(entries.map((e) => [e.seq, e.table, e.key])).toEqual([
      [1, 'debtors', 'a'],
      [2, 'debtors', 'b'],
      [3, 'settings', 'creditor'],
    ]);
    expect(entries.every((e) => e.bulk && e.tx === entries[0]?.tx && e.op === 'put')).toBe(true);
    expect(entries[0]?.fields).toEqual(debtor('a'));
    // The next local change continues the sequence.
    await db.debtors.update('a', { city: 'Caen' });
    expect((await outboxEntries(db)).at(-1)?.seq).toBe(4);
    await leaveTeamMode(db);
  });

  it.each(['recouvra.exemple.fr', 'ftp://recouvra.exemple.fr', ''])(
    'refuses %j as a server address, in French',
    (input) => {
      expect(() => normalizeServerUrl(input)).toThrow(/adresse du serveur/i);
    },
  );
});
