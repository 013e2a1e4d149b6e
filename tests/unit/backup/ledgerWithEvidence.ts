/**
 * A ledger as the department really has it: the demo portfolio plus evidence documents, letters
 * as sent (PDF bytes in blobs), a dossier, timeline entries and the creditor's settings.
 */

import { tableNamesAtVersion } from '../../../renderer/src/data/backup/tables';
import { getDb, type RecouvraDb } from '../../../renderer/src/data/db';
import { putBlob } from '../../../renderer/src/data/repositories/blobs';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';
import { loadDemoData } from '../../../renderer/src/demo/loadDemoData';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { EvidenceDocument, Letter } from '../../../renderer/src/domain/model';

const encode = (text: string) => new TextEncoder().encode(text);

export const ALL_TABLES = tableNamesAtVersion(CURRENT_SCHEMA_VERSION);

export async function seedLedgerWithEvidence(options = { debtors: 300, items: 5_000 }) {
  const demo = await loadDemoData({ ...options, asOfDate: isoDate('2026-11-23') });
  const db = getDb();
  const debtors = await db.debtors.limit(3).toArray();
  const pdf = await putBlob(encode('%PDF-1.7\nmise en demeure\n%%EOF\n'), 'application/pdf');
  const contract = await putBlob(encode('%PDF-1.4\ncontrat cadre\n%%EOF\n'), 'application/pdf');
  const photo = await putBlob(
    new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]),
    'image/jpeg',
  );
  const documents: EvidenceDocument[] = debtors.map((debtor, index) => ({
    id: `doc-${index}`,
    debtorId: debtor.id,
    invoiceIds: [],
    kind: index === 2 ? 'bon-de-livraison' : 'contrat',
    title: `Pièce ${index} — « accentuée » €`,
    date: isoDate('2026-10-01'),
    fileName: index === 2 ? 'bl.jpg' : 'contrat.pdf',
    mime: index === 2 ? 'image/jpeg' : 'application/pdf',
    size: 30,
    sha256: index === 2 ? photo : contract,
    addedAt: '2026-11-01T09:00:00.000Z',
  }));
  const letters: Letter[] = debtors.slice(0, 2).map((debtor, index) => ({
    id: `letter-${index}`,
    template: 'mise-en-demeure',
    debtorId: debtor.id,
    invoiceIds: [],
    date: isoDate('2026-11-20'),
    sendMethod: 'lrar',
    trackingNumber: `1A0000000000${index}`,
    pdfSha256: pdf,
    createdAt: '2026-11-20T10:00:00.000Z',
  }));
  await db.documents.bulkAdd(documents);
  await db.letters.bulkAdd(letters);
  const first = debtors[0];
  if (first) {
    await db.cases.add({
      id: 'case-1',
      debtorId: first.id,
      invoiceIds: [],
      stage: 'mise-en-demeure',
      openedAt: '2026-11-20T10:00:00.000Z',
      procedure: 'amiable',
      nextActionDate: isoDate('2026-11-28'),
    });
    await db.activities.add({
      id: 'act-1',
      debtorId: first.id,
      caseId: 'case-1',
      type: 'letter',
      at: '2026-11-20T10:00:00.000Z',
      by: 'utilisateur',
      text: 'Mise en demeure envoyée en LRAR',
      letterId: 'letter-0',
    });
  }
  await db.settings.put({
    key: 'creditor',
    value: { name: 'Fournitures Dupont SAS', siren: '732829320' },
    updatedAt: '2026-11-01T09:00:00.000Z',
  });
  return demo;
}

/** Every table's rows by key, blob bytes made comparable (Blob objects compare by identity). */
export async function dumpDatabase(db: RecouvraDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of ALL_TABLES) {
    const rows = await db.table(name).orderBy(':id').toArray();
    out[name] =
      name === 'blobs'
        ? await Promise.all(
            rows.map(async (row: { data: Blob }) => ({
              ...row,
              data: [...new Uint8Array(await row.data.arrayBuffer())],
              type: row.data.type,
            })),
          )
        : rows;
  }
  return out;
}

export async function wipeDatabase(db: RecouvraDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}
