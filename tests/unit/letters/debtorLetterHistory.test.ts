/**
 * The fiche's « Courriers » tab and its « Historique » read the same rows: the debtor file's
 * activities (one query, with the letters kept as sent). A letter recorded shows in both, a
 * letter noted by hand too, and nothing else does.
 */
import { describe, expect, it } from 'vitest';
import { activitiesRepo } from '../../../renderer/src/data/repositories/activities';
import { debtorFileRepo } from '../../../renderer/src/data/repositories/debtorFile';
import { lettersRepo } from '../../../renderer/src/data/repositories/letters';
import { isoDate } from '../../../renderer/src/domain/dates';
import { letterEntries } from '../../../renderer/src/domain/letterHistory';
import { toRecord } from '../../../renderer/src/features/letters/delivery';
import { FILTER_OF } from '../../../renderer/src/features/timeline/activityKinds';
import { useFreshDb } from '../testDb';
import { demoDebtor, demoLetter } from './letterFixtures';

const PDF = new TextEncoder().encode('%PDF-1.7\n% relance\n%%EOF\n');
const TODAY = isoDate('2026-11-23');

describe('letters on the fiche débiteur', () => {
  const getDb = useFreshDb();

  it('lists exactly the letters the history shows, each joined to the copy kept', async () => {
    const { debtor, items } = demoDebtor();
    const db = getDb();
    await db.debtors.put(debtor);
    await db.invoices.bulkPut(items);

    const empty = await debtorFileRepo.load(debtor.id, TODAY);
    expect(letterEntries(empty?.activities ?? [], empty?.letters ?? [])).toEqual([]);

    const [sent] = await lettersRepo.record([toRecord(demoLetter('relance-2'), PDF)]);
    await activitiesRepo.addNote(debtor.id, 'Rappeler lundi');
    // A letter noted by hand (no copy kept), as the demonstration history writes them.
    await db.activities.add({
      id: 'hand-letter',
      debtorId: debtor.id,
      type: 'letter',
      at: '2026-10-02T09:00:00.000Z',
      by: 'Camille',
      text: 'Relance 1 envoyée par courrier',
    });

    const file = await debtorFileRepo.load(debtor.id, TODAY);
    if (!file) throw new Error('fiche introuvable');
    const entries = letterEntries(file.activities, file.letters);
    const historyLetters = file.activities.filter((a) => FILTER_OF[a.type] === 'courriers');
    expect(entries.map((e) => e.activity.id)).toEqual(historyLetters.map((a) => a.id));
    expect(entries).toHaveLength(2);
    // Newest first, like the history; the recorded one carries its letter (PDF, tracking…).
    expect(entries[0]?.letter?.id).toBe(sent?.id);
    expect(entries[0]?.letter?.pdfSha256).toBe(sent?.pdfSha256);
    expect(entries[1]?.activity.id).toBe('hand-letter');
    expect(entries[1]?.letter).toBeUndefined();
    // The note is history, not a letter.
    expect(file.activities).toHaveLength(3);
  });
});
