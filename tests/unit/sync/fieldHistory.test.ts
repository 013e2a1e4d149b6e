/**
 * « Modifications concurrentes »: two workstations change the same debtor field offline; once
 * both have synced, the one whose value lost had it replaced by the pull, and the field history
 * (asked of the server through the transport) names the value replaced and the value that
 * replaced it, with who wrote each and when, in French. Real Dexie on fake-indexeddb, the
 * in-process fake of the protocol (fakeServer.ts).
 */
import { describe, expect, it } from 'vitest';
import type { FieldHistoryEntry } from '../../../contracts/sync';
import { clock } from '../../../renderer/src/data/clock';
import { RecouvraDb } from '../../../renderer/src/data/db';
import { fieldHistory, historyAvailability, type TeamState } from '../../../renderer/src/data/sync';
import { SyncEngine } from '../../../renderer/src/data/sync/engine';
import { createHttpTransport, OfflineError } from '../../../renderer/src/data/sync/transport';
import {
  DEBTOR_FIELD_LABELS,
  debtorFieldHistoryLines,
  formatDebtorFieldValue,
  formatHistoryInstant,
} from '../../../renderer/src/domain/fieldHistory';
import { FakeSyncServer } from './fakeServer';
import { debtor, enableTeamMode } from './syncTestDb';

const NB = '\u00a0';

function workstation(server: FakeSyncServer, name: string) {
  const db = new RecouvraDb(`fh-${crypto.randomUUID()}`);
  const engine = new SyncEngine({
    db,
    transport: server.transport(name),
    workstationId: `ws-${db.name}`,
    clock,
  });
  return { db, engine };
}

describe('field history across two workstations', () => {
  it('keeps the value a later write replaced, with both authors, and the pull shows the winner', async () => {
    const server = new FakeSyncServer();
    const julie = workstation(server, 'Julie Martin');
    const alice = workstation(server, 'Alice Roux');
    try {
      for (const ws of [julie, alice]) await enableTeamMode(ws.db, `ws-${ws.db.name}`);
      await julie.db.debtors.add(debtor('d1', { city: 'Lyon', paymentTermsDays: 30 }));
      await julie.engine.syncOnce();
      await alice.engine.syncOnce();
      expect((await alice.db.debtors.get('d1'))?.city).toBe('Lyon');

      // Both offline: each changes the city; Alice also the payment terms.
      await julie.db.debtors.update('d1', { city: 'Villeurbanne' });
      await alice.db.debtors.update('d1', { city: 'Vénissieux', paymentTermsDays: 45 });
      // Julie reconnects first, Alice second: Alice's city wins (later in server order).
      await julie.engine.syncOnce();
      await alice.engine.syncOnce();
      await julie.engine.syncOnce();
      // Julie's pull replaced the city she had just typed.
      expect(await julie.db.debtors.get('d1')).toMatchObject({
        city: 'Vénissieux',
        paymentTermsDays: 45,
      });
      expect(await julie.db.outbox.count()).toBe(0);

      const history = await julie.engine.history('debtors', 'd1');
      // Only the city was overwritten unseen; the payment terms Alice changed were Julie's too.
      expect(history).toEqual([
        {
          field: 'city',
          value: 'Villeurbanne',
          overwrittenBy: 'Alice Roux',
          at: expect.any(String),
          newValue: 'Vénissieux',
          writtenBy: 'Julie Martin',
          writtenAt: expect.any(String),
        },
      ]);
      // Either workstation reads the same history.
      expect(await alice.engine.history('debtors', 'd1')).toEqual(history);
      const [line] = debtorFieldHistoryLines(history);
      expect(line).toMatchObject({
        label: 'Ville',
        replaced: { text: 'Villeurbanne', signedBy: expect.stringMatching(/^Julie Martin, le /) },
        replacement: { text: 'Vénissieux', signedBy: expect.stringMatching(/^Alice Roux, le /) },
      });

      // Unreachable server: the history cannot be read, and says so with OfflineError.
      server.offline = true;
      await expect(julie.engine.history('debtors', 'd1')).rejects.toBeInstanceOf(OfflineError);
    } finally {
      for (const ws of [julie, alice]) await ws.db.delete();
    }
  });

  it('working alone or signed out, the history is not asked for: OfflineError', async () => {
    await expect(fieldHistory('debtors', 'd1')).rejects.toBeInstanceOf(OfflineError);
  });
});

describe('the HTTP transport', () => {
  it('asks GET /sync/history/:table/:key with the key encoded and returns the entries', async () => {
    const urls: string[] = [];
    const entry: FieldHistoryEntry = {
      field: 'city',
      value: 'Lyon',
      overwrittenBy: 'Alice Roux',
      at: '2026-12-04T09:42:00.000Z',
      newValue: 'Nice',
      writtenBy: null,
      writtenAt: null,
    };
    const transport = createHttpTransport({
      serverUrl: 'https://recouvra.test',
      token: () => 'jeton',
      fetch: async (url) => {
        urls.push(String(url));
        return Response.json({ history: [entry] });
      },
    });
    expect(await transport.history('debtors', 'a/b c')).toEqual([entry]);
    expect(urls).toEqual(['https://recouvra.test/sync/history/debtors/a%2Fb%20c']);
  });
});

const team = (patch: Partial<TeamState>): TeamState => ({
  config: { serverUrl: 'https://recouvra.test', workstationId: 'ws-1' },
  signedIn: true,
  status: null,
  refusals: [],
  tokenNotice: null,
  ...patch,
});
const status = (online: boolean, error: string | null, needsSignIn = false) => ({
  online,
  error,
  needsSignIn,
  lastSyncAt: null,
  calling: {},
});

describe('when the history can be asked for', () => {
  it.each([
    ['working alone', team({ config: null, signedIn: false }), 'solo'],
    ['signed out', team({ signedIn: false }), 'signedOut'],
    ['session expired', team({ status: status(false, 'expirée', true) }), 'signedOut'],
    ['server unreachable', team({ status: status(false, 'Serveur injoignable') }), 'offline'],
    ['before the first sync', team({ status: status(false, null) }), 'online'],
    ['online', team({ status: status(true, null) }), 'online'],
  ] as const)('%s: %s', (_, state, expected) => {
    expect(historyAvailability(state)).toBe(expected);
  });
});

describe('French wording of the history', () => {
  it('labels every debtor field in French, never with its key', () => {
    for (const [key, label] of Object.entries(DEBTOR_FIELD_LABELS)) {
      expect(label).not.toBe(key);
      expect(label).toMatch(/^[A-ZÉN]/);
    }
    const [line] = debtorFieldHistoryLines([
      {
        field: 'somethingNew',
        value: 'x',
        overwrittenBy: 'A',
        at: '2026-12-04T09:42:00.000Z',
        newValue: 'y',
        writtenBy: null,
        writtenAt: null,
      },
    ]);
    expect(line?.label).toBe('Autre information');
    expect(line?.replaced.signedBy).toBeNull();
  });

  it('writes the instant as dd/MM/yyyy à HH h mm with non-breaking spaces', () => {
    const at = new Date(2026, 11, 4, 9, 5).toISOString();
    expect(formatHistoryInstant(at)).toBe(`04/12/2026 à 09${NB}h${NB}05`);
    const [line] = debtorFieldHistoryLines([
      {
        field: 'creditLimitCents',
        value: 1_500_000,
        overwrittenBy: 'Alice Roux',
        at,
        newValue: null,
        writtenBy: 'Julie Martin',
        writtenAt: new Date(2026, 10, 30, 17, 0).toISOString(),
      },
    ]);
    expect(line).toEqual({
      field: 'creditLimitCents',
      label: 'Encours autorisé',
      replaced: {
        text: formatDebtorFieldValue('creditLimitCents', 1_500_000),
        signedBy: `Julie Martin, le 30/11/2026 à 17${NB}h${NB}00`,
      },
      replacement: { text: '(vide)', signedBy: `Alice Roux, le 04/12/2026 à 09${NB}h${NB}05` },
    });
    expect(line?.replaced.text).toMatch(/^15\s000,00\s€$/);
  });

  it.each([
    ['siren', '552100554', `552 100 554`],
    ['paymentTermsDays', 45, `45${NB}jours`],
    ['status', 'litigation', 'Contentieux'],
    ['isConsumer', true, 'Oui'],
    ['addressLines', ['1 rue de la Paix', 'BP 12'], '1 rue de la Paix, BP 12'],
    ['tags', [], '(vide)'],
    [
      'contacts',
      [{ id: 'c', name: 'Jean Dupont', role: 'comptabilite', phone: '01 02' }],
      'Jean Dupont (01 02)',
    ],
    ['ladderOverrides', { strategic: true }, 'compte stratégique'],
    ['city', '', '(vide)'],
  ])('shows %s %j as « %s »', (field, value, text) => {
    expect(formatDebtorFieldValue(field, value).replace(/\s/g, ' ')).toBe(text.replace(/\s/g, ' '));
  });
});
