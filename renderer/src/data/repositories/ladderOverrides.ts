/** A debtor's exceptions to the escalation ladder, saved with an audit entry. */

import type { LadderOverrides } from '../../domain/model';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { signature } from './collectionSettings';

function summary(overrides: LadderOverrides): string {
  const parts: string[] = [];
  if (overrides.exclude) parts.push(`exclu (${overrides.excludeReason ?? 'sans motif'})`);
  if (overrides.strategic) parts.push('compte stratégique');
  const delays = Object.entries(overrides.delays ?? {});
  if (delays.length)
    parts.push(`délais : ${delays.map(([step, days]) => `${step} ${days} j`).join(', ')}`);
  return parts.length ? parts.join(' ; ') : 'règles standard';
}

export const ladderOverridesRepo = {
  async save(debtorId: string, overrides: LadderOverrides): Promise<void> {
    const by = await signature();
    const db = getDb();
    const at = clock.nowIso();
    const empty =
      !overrides.exclude &&
      !overrides.strategic &&
      Object.keys(overrides.delays ?? {}).length === 0;
    await db.transaction('rw', [db.debtors, db.audit], async () => {
      const updated = await db.debtors.update(debtorId, {
        ladderOverrides: empty ? undefined : overrides,
      });
      if (!updated) throw new Error('Débiteur introuvable.');
      await db.audit.add({
        id: newId(),
        at,
        by,
        action: 'debtor.ladder',
        entity: 'debtors',
        entityId: debtorId,
        details: summary(overrides),
      });
    });
  },
};
