/**
 * Disputes (litiges): opening one marks its items `disputed` (out of the ladder, out of a mise en
 * demeure by default) and logs it on the timeline with its category and owner; notes follow it;
 * the resolution puts the items back in the ladder (rejected) or out of the balance (credit note,
 * paid). Each change is one transaction with its audit entry.
 */
import type { DisputeCategory, DisputeResolution } from '../../domain/activityDetails';
import {
  DISPUTE_CATEGORY_LABELS,
  DISPUTE_RESOLUTION_LABELS,
  type Dispute,
} from '../../domain/disputes';
import { itemNumbers } from '../../domain/itemList';
import type { Invoice, IsoInstant } from '../../domain/model';
import { formatEuros, sumCents, ZERO_CENTS } from '../../domain/money';
import { clock } from '../clock';
import { getDb, newId, type RecouvraDb } from '../db';
import { activityRow, recordChange } from './activities';
import { signature } from './collectionSettings';

export interface DisputeInput {
  debtorId: string;
  invoiceIds: string[];
  category: DisputeCategory;
  owner?: string;
  notes?: string;
}

/** Writes a dispute inside a running transaction over invoices, activities and audit. */
export async function writeDispute(
  db: RecouvraDb,
  input: DisputeInput,
  by: string,
  at: IsoInstant,
): Promise<string> {
  const items = (await db.invoices.bulkGet(input.invoiceIds)).filter(
    (i): i is Invoice => i !== undefined && i.debtorId === input.debtorId && i.status === 'open',
  );
  if (items.length === 0)
    throw new Error('Choisissez au moins une facture ouverte à mettre en litige.');
  const label = DISPUTE_CATEGORY_LABELS[input.category];
  for (const item of items)
    await db.invoices.update(item.id, { status: 'disputed', disputeReason: label });
  const disputeId = newId();
  const total = sumCents(items.map((i) => i.openCents));
  const owner = input.owner?.trim();
  const notes = input.notes?.trim();
  const text = `Litige ouvert (${label}) sur ${itemNumbers(items.map((i) => i.number))} — ${formatEuros(total)}${owner ? `, suivi par ${owner}` : ''}${notes ? ` : ${notes}` : ''}`;
  await recordChange(
    db,
    {
      debtorId: input.debtorId,
      type: 'dispute',
      text,
      amountCents: total,
      invoiceIds: items.map((i) => i.id),
      details: {
        kind: 'dispute-opened',
        disputeId,
        category: input.category,
        ...(owner ? { owner } : {}),
      },
    },
    { action: 'dispute.open', entity: 'invoices', entityId: input.debtorId },
    by,
    at,
  );
  return disputeId;
}

export const disputesRepo = {
  async open(input: DisputeInput): Promise<string> {
    const by = await signature();
    const db = getDb();
    return db.transaction('rw', [db.invoices, db.activities, db.audit], () =>
      writeDispute(db, input, by, clock.nowIso()),
    );
  },

  async addNote(dispute: Dispute, text: string): Promise<void> {
    const note = text.trim();
    if (!note) throw new Error('La note est vide.');
    const by = await signature();
    await getDb().activities.add(
      activityRow(
        {
          debtorId: dispute.debtorId,
          type: 'dispute',
          text: `Litige : ${note}`,
          invoiceIds: dispute.invoiceIds,
          details: { kind: 'dispute-note', disputeId: dispute.id },
        },
        by,
        clock.nowIso(),
      ),
    );
  },

  async resolve(dispute: Dispute, resolution: DisputeResolution, note: string): Promise<void> {
    const by = await signature();
    const db = getDb();
    const at = clock.nowIso();
    await db.transaction('rw', [db.invoices, db.activities, db.audit], async () => {
      const items = (await db.invoices.bulkGet(dispute.invoiceIds)).filter(
        (i): i is Invoice => i !== undefined && i.status === 'disputed',
      );
      for (const item of items) {
        const { disputeReason: _settled, ...rest } = item;
        if (resolution === 'rejetee') await db.invoices.put({ ...rest, status: 'open' });
        else if (resolution === 'payee')
          await db.invoices.put({ ...rest, status: 'paid', openCents: ZERO_CENTS });
        else await db.invoices.put({ ...rest, status: 'written-off' });
      }
      const text = `Litige résolu — ${DISPUTE_RESOLUTION_LABELS[resolution]}${note.trim() ? ` : ${note.trim()}` : ''}`;
      await recordChange(
        db,
        {
          debtorId: dispute.debtorId,
          type: 'dispute',
          text,
          invoiceIds: dispute.invoiceIds,
          details: { kind: 'dispute-resolved', disputeId: dispute.id, resolution },
        },
        { action: 'dispute.resolve', entity: 'invoices', entityId: dispute.debtorId },
        by,
        at,
      );
    });
  },
};
