/**
 * Who signs activities and audit entries (fake-indexeddb): working alone, the name picked in
 * Paramètres; in team mode, the signed-in account's display name, in the rows written locally
 * and in the outbox entries sent to the server; signed out of the team server, the picked name
 * until sign-in. Paramètres › Utilisateur says which.
 */
import { describe, expect, it } from 'vitest';
import { activitiesRepo } from '../../../renderer/src/data/repositories/activities';
import {
  ANONYMOUS_USER,
  collectionSettingsRepo,
  signature,
  workstationUser,
} from '../../../renderer/src/data/repositories/collectionSettings';
import { ladderOverridesRepo } from '../../../renderer/src/data/repositories/ladderOverrides';
import { outboxEntries } from '../../../renderer/src/data/sync/outboxStore';
import { SYNC_STATE_KEYS } from '../../../renderer/src/data/sync/outboxTypes';
import { currentUserExplanation } from '../../../renderer/src/features/queue/settings/CurrentUserSettings';
import { debtor, enableTeamMode } from '../sync/syncTestDb';
import { useFreshDb } from '../testDb';

describe('signature of activities and audit entries', () => {
  const db = useFreshDb();

  async function noteAndAudit(): Promise<{ note: string; audit: string | undefined }> {
    const note = await activitiesRepo.addNote('d1', 'Rappeler lundi');
    await ladderOverridesRepo.save('d1', { strategic: true });
    const audit = (await db().audit.where('action').equals('debtor.ladder').last())?.by;
    return { note: note.by, audit };
  }

  it('working alone: the name picked in Paramètres, else « utilisateur »', async () => {
    await db().debtors.add(debtor('d1'));
    expect(await signature()).toBe(ANONYMOUS_USER);
    await collectionSettingsRepo.saveCurrentUser('Nom choisi');
    expect(await noteAndAudit()).toEqual({ note: 'Nom choisi', audit: 'Nom choisi' });
    expect(await workstationUser()).toEqual({
      teamMode: false,
      account: null,
      picked: 'Nom choisi',
    });
  });

  it('in team mode: the signed-in account, in the local rows and in what is sent', async () => {
    await db().debtors.add(debtor('d1'));
    await collectionSettingsRepo.saveCurrentUser('Nom choisi');
    await enableTeamMode(db());
    await db().syncState.put({
      key: SYNC_STATE_KEYS.config,
      value: {
        serverUrl: 'https://recouvra.test',
        workstationId: 'ws-00000001',
        account: { login: 'julie', displayName: 'Julie Martin', role: 'charge' },
      },
    });
    expect(await noteAndAudit()).toEqual({ note: 'Julie Martin', audit: 'Julie Martin' });
    const sent = (await outboxEntries(db())).filter((e) =>
      ['activities', 'audit'].includes(e.table),
    );
    expect(sent.map((e) => [e.table, e.fields?.by])).toEqual([
      ['activities', 'Julie Martin'],
      ['audit', 'Julie Martin'],
    ]);
    const who = await workstationUser();
    expect(who).toEqual({ teamMode: true, account: 'Julie Martin', picked: 'Nom choisi' });
    expect(currentUserExplanation(who)).toMatch(/signés du nom de votre compte .*Julie Martin/);
  });

  it('in team mode, signed out: the picked name until sign-in, and Paramètres says so', async () => {
    await db().debtors.add(debtor('d1'));
    await collectionSettingsRepo.saveCurrentUser('Nom choisi');
    await enableTeamMode(db());
    expect(await noteAndAudit()).toEqual({ note: 'Nom choisi', audit: 'Nom choisi' });
    expect(currentUserExplanation(await workstationUser())).toMatch(/connectez-vous/);
    expect(currentUserExplanation({ teamMode: false, account: null, picked: null })).toMatch(
      /choisissez simplement votre nom/,
    );
  });
});
