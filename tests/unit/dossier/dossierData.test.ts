/** Evidence and dossier records in IndexedDB: deduplicated bytes, confirmed courts, export log. */
import { describe, expect, it } from 'vitest';
import type { RecouvraDb } from '../../../renderer/src/data/db';
import { casesRepo } from '../../../renderer/src/data/repositories/cases';
import { documentsRepo } from '../../../renderer/src/data/repositories/documents';
import { dossierSourcesRepo } from '../../../renderer/src/data/repositories/dossierSources';
import { dossiersRepo } from '../../../renderer/src/data/repositories/dossiers';
import { courtChoiceKey } from '../../../renderer/src/domain/courts';
import { isoDate } from '../../../renderer/src/domain/dates';
import { numberPieces } from '../../../renderer/src/domain/dossier';
import { cents } from '../../../renderer/src/domain/money';
import { useFreshDb } from '../testDb';

const pdf = new TextEncoder().encode('%PDF-1.7 pièce');

async function seed(db: () => RecouvraDb) {
  await db().debtors.add({
    id: 'd1',
    accountNo: 'C001',
    name: 'Dupont SARL',
    addressLines: [],
    city: 'Saint-Étienne',
    contacts: [],
    tags: [],
    status: 'active',
  });
  await db().invoices.add({
    id: 'i1',
    debtorId: 'd1',
    number: 'F-1',
    kind: 'invoice',
    dueDate: isoDate('2026-06-30'),
    amountCents: cents(1_000_00),
    openCents: cents(1_000_00),
    currency: 'EUR',
    status: 'open',
  });
}

const attach = (title: string, invoiceIds: string[] = []) =>
  documentsRepo.attach({
    debtorId: 'd1',
    invoiceIds,
    kind: 'facture',
    title,
    fileName: `${title}.pdf`,
    mime: 'application/pdf',
    bytes: pdf,
  });

describe('documents', () => {
  const db = useFreshDb();
  it('stores identical bytes once and frees them with the last document', async () => {
    await seed(db);
    const first = await attach('Facture F-1', ['i1']);
    const second = await attach('Copie');
    expect(first.sha256).toBe(second.sha256);
    expect(await db().blobs.count()).toBe(1);
    await documentsRepo.remove(first.id);
    expect(await db().blobs.count()).toBe(1);
    await documentsRepo.remove(second.id);
    expect(await db().blobs.count()).toBe(0);
    expect((await db().audit.toArray()).map((a) => a.action).sort()).toEqual([
      'document.attach',
      'document.attach',
      'document.remove',
      'document.remove',
    ]);
  });

  it('keeps bytes a letter still uses', async () => {
    await seed(db);
    const document = await attach('Mise en demeure');
    await db().letters.add({
      id: 'l1',
      template: 'mise-en-demeure',
      debtorId: 'd1',
      invoiceIds: ['i1'],
      date: isoDate('2026-11-05'),
      sendMethod: 'lrar',
      pdfSha256: document.sha256,
      createdAt: '2026-11-05T10:00:00.000Z',
    });
    await documentsRepo.remove(document.id);
    expect(await db().blobs.count()).toBe(1);
    const evidence = await dossierSourcesRepo.debtorEvidence('d1');
    expect(evidence.pieces.map((p) => p.key)).toEqual(['letter:l1']);
  });
});

describe('dossiers', () => {
  const db = useFreshDb();
  it('confirms the court on the case, the timeline and the audit log, and remembers it per département', async () => {
    await seed(db);
    const opened = await casesRepo.open({
      debtorId: 'd1',
      invoiceIds: ['i1'],
      step: 'mise-en-demeure',
      date: isoDate('2026-11-23'),
    });
    await dossiersRepo.setProcedure(opened.id, 'injonction-de-payer');
    await dossiersRepo.confirmCourt(opened, {
      courtId: 'tc-saint-etienne',
      name: 'Tribunal de commerce de Saint-Étienne',
      kind: 'tribunal-de-commerce',
      departement: '42',
    });
    expect(await dossiersRepo.courtChoices()).toEqual({
      [courtChoiceKey('tribunal-de-commerce', '42')]: 'tc-saint-etienne',
    });
    const file = await dossierSourcesRepo.caseFile(opened.id);
    expect(file?.caseRecord).toMatchObject({
      procedure: 'injonction-de-payer',
      court: 'Tribunal de commerce de Saint-Étienne',
      courtId: 'tc-saint-etienne',
      stage: 'mise-en-demeure',
    });
    expect(file?.courtChoices).toEqual({ 'tribunal-de-commerce|42': 'tc-saint-etienne' });
    const notes = (await db().activities.where('caseId').equals(opened.id).toArray()).filter(
      (a) => a.type === 'note',
    );
    expect(notes.map((a) => a.text)).toEqual([
      'Juridiction confirmée pour le dossier : Tribunal de commerce de Saint-Étienne',
    ]);
    const audit = await db().audit.where('action').equals('case.court').toArray();
    expect(audit.map((a) => [a.entityId, a.details])).toEqual([
      [opened.id, 'Juridiction confirmée pour le dossier : Tribunal de commerce de Saint-Étienne'],
    ]);
  });

  it('keeps no remembered court when the debtor has no département', async () => {
    await seed(db);
    const opened = await casesRepo.open({
      debtorId: 'd1',
      invoiceIds: ['i1'],
      step: 'mise-en-demeure',
      date: isoDate('2026-11-23'),
    });
    await dossiersRepo.confirmCourt(opened, {
      courtId: 'tc-nantes',
      name: 'Tribunal de commerce de Nantes',
      kind: 'tribunal-de-commerce',
      departement: null,
    });
    expect(await dossiersRepo.courtChoices()).toEqual({});
    expect((await db().cases.get(opened.id))?.courtId).toBe('tc-nantes');
  });

  it('logs an export on the case with every piece and its SHA-256', async () => {
    await seed(db);
    const opened = await casesRepo.open({
      debtorId: 'd1',
      invoiceIds: ['i1'],
      step: 'mise-en-demeure',
      date: isoDate('2026-11-23'),
    });
    const [piece] = numberPieces(
      [
        {
          kind: 'facture',
          title: 'Facture F-1',
          fileName: 'f1.pdf',
          mime: 'application/pdf',
          sha256: 'ab'.repeat(32),
        },
      ],
      [2],
    );
    await dossiersRepo.recordExport(opened, {
      format: 'pdf',
      fileName: 'Dossier IP – Dupont SARL – 2026-11-23.pdf',
      sha256: 'cd'.repeat(32),
      pageCount: 7,
      procedure: 'injonction-de-payer',
      court: 'Tribunal de commerce de Saint-Étienne',
      totalCents: cents(1_040_00),
      pieces: piece ? [piece] : [],
    });
    const [exported] = await dossiersRepo.exportsOf(opened.id);
    expect(exported?.type).toBe('export');
    expect(exported?.text.split('\n')).toEqual([
      `Dossier « Injonction de payer » exporté (PDF, 7 pages) : « Dossier IP – Dupont SARL – 2026-11-23.pdf », SHA-256 ${'cd'.repeat(32)}`,
      'Tribunal de commerce de Saint-Étienne — total réclamé 1\u202f040,00\u00a0€',
      `Pièce n° 1 — Facture F-1 — 2 pages — SHA-256 ${'ab'.repeat(32)}`,
    ]);
    expect(await db().audit.where('action').equals('dossier.export').toArray()).toHaveLength(1);
  });
});
