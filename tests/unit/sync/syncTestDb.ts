import type { RecouvraDb } from '../../../renderer/src/data/db';
import { SYNC_STATE_KEYS } from '../../../renderer/src/data/sync/outboxTypes';
import type { Debtor } from '../../../renderer/src/domain/model';

/** Turns team mode on for `db` as Paramètres › Équipe does (config stored, middleware active). */
export async function enableTeamMode(db: RecouvraDb, workstationId = 'ws-00000001'): Promise<void> {
  await db.syncState.put({
    key: SYNC_STATE_KEYS.config,
    value: { serverUrl: 'https://recouvra.test', workstationId },
  });
  db.outboxControl.active = true;
}

export function debtor(id: string, overrides: Partial<Debtor> = {}): Debtor {
  return {
    id,
    accountNo: `411${id.toUpperCase()}`,
    name: `Débiteur ${id}`,
    addressLines: ['1 rue de la Paix'],
    contacts: [],
    tags: [],
    status: 'active',
    ...overrides,
  };
}
