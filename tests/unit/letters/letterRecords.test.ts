/**
 * Sending a letter keeps the exact bytes: the PDF handed to the save dialog, the blob stored and
 * the letter's recorded SHA-256 are one and the same; the timeline and the audit log show it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimSourcesRepo } from '../../../renderer/src/data/repositories/claimSources';
import {
  ANONYMOUS_USER,
  collectionSettingsRepo,
} from '../../../renderer/src/data/repositories/collectionSettings';
import { lettersRepo } from '../../../renderer/src/data/repositories/letters';
import { remindersBefore } from '../../../renderer/src/domain/claim/history';
import { defaultCreditor } from '../../../renderer/src/domain/creditor';
import { isoDate } from '../../../renderer/src/domain/dates';
import type { EmailDraftRequest, SaveFileRequest } from '../../../renderer/src/platform/bridge';
import { sha256Hex } from '../../../renderer/src/shared/sha256';
import { useFreshDb } from '../testDb';
import { CREDITOR, demoLetter } from './letterFixtures';

const saved: SaveFileRequest[] = [];
const printed: Uint8Array[] = [];
const drafts: EmailDraftRequest[] = [];

vi.mock('../../../renderer/src/platform', () => ({
  platform: {
    saveFile: async (request: SaveFileRequest) => {
      saved.push(request);
      return { saved: true, fileName: request.suggestedName };
    },
    printPdf: async (data: Uint8Array) => {
      printed.push(data);
    },
    openEmailDraft: async (request: EmailDraftRequest) => {
      drafts.push(request);
      return { opened: true };
    },
  },
}));

const { deliverLetter } = await import('../../../renderer/src/features/letters/delivery');

/** Stand-in PDF bytes: what matters here is that they are kept unchanged. */
const PDF = new TextEncoder().encode('%PDF-1.7\n% une mise en demeure\n%%EOF\n');

describe('letters as sent', () => {
  const getDb = useFreshDb();

  beforeEach(() => {
    saved.length = 0;
    printed.length = 0;
    drafts.length = 0;
  });

  describe('deliverLetter', () => {
    it('stores the very bytes that were saved, by their SHA-256, with an activity and an audit entry', async () => {
      const letter = demoLetter('mise-en-demeure', { trackingNumber: '1A 42' });
      const result = await deliverLetter('save', letter, PDF);
      expect(saved).toHaveLength(1);
      const savedBytes = saved[0]?.data ?? new Uint8Array();
      expect(saved[0]?.suggestedName).toMatch(/^Mise en demeure – .+ – 2026-11-23\.pdf$/);
      const record = result.recorded;
      expect(record?.pdfSha256).toBe(await sha256Hex(savedBytes));
      expect(record).toMatchObject({
        template: 'mise-en-demeure',
        sendMethod: 'lrar',
        trackingNumber: '1A 42',
      });
      expect(record?.amounts).toEqual(letter.amounts);

      const db = getDb();
      const blob = await db.blobs.get(record?.pdfSha256 ?? '');
      const kept = new Uint8Array(await (blob?.data ?? new Blob()).arrayBuffer());
      expect(await sha256Hex(kept)).toBe(await sha256Hex(savedBytes));
      expect(kept).toEqual(savedBytes);
      expect(await lettersRepo.pdfBytes(record ?? { pdfSha256: '' })).toEqual(savedBytes);

      const activities = await db.activities.where('debtorId').equals(letter.debtorId).toArray();
      expect(activities).toMatchObject([
        { type: 'letter', letterId: record?.id, amountCents: letter.amounts.totalCents },
      ]);
      expect(activities[0]?.text).toContain(
        'Courrier « Mise en demeure » envoyé en recommandé avec AR n° 1A 42',
      );
      expect(await db.audit.where('action').equals('letter.create').count()).toBe(1);
    });

    it('records a letter once when the same bytes are saved, then printed', async () => {
      const letter = demoLetter('relance-2');
      const first = await deliverLetter('save', letter, PDF);
      await deliverLetter('print', letter, PDF, first.recorded);
      expect(printed).toEqual([PDF]);
      expect(await getDb().letters.count()).toBe(1);
    });

    it('opens an .eml draft with the PDF attached for an e-mail step, and records the PDF', async () => {
      const letter = demoLetter('relance-1');
      const result = await deliverLetter('email', letter, PDF);
      expect(saved).toEqual([]);
      expect(drafts).toHaveLength(1);
      const eml = new TextDecoder().decode(drafts[0]?.data);
      expect(drafts[0]?.fileName).toMatch(/\.eml$/);
      expect(eml).toMatch(/^From: /);
      expect(eml).toContain(`To: <${letter.recipientEmail}>`);
      expect(eml).toContain(Buffer.from(PDF).toString('base64').slice(0, 40));
      expect(result).toMatchObject({ delivered: true, draft: { opened: true } });
      expect(result.recorded?.sendMethod).toBe('email');
      // The letter kept is the PDF itself, not the draft around it.
      expect(result.recorded?.pdfSha256).toBe(await sha256Hex(PDF));
      expect(await getDb().letters.count()).toBe(1);
    });

    it('records the letter once when the draft is prepared again for the same bytes', async () => {
      const letter = demoLetter('relance-1');
      const first = await deliverLetter('email', letter, PDF);
      await deliverLetter('email', letter, PDF, first.recorded);
      expect(drafts).toHaveLength(2);
      expect(await getDb().letters.count()).toBe(1);
    });
  });

  describe('a batch', () => {
    it('records every letter with its own bytes, timeline entry and audit entry; identical bytes are kept once', async () => {
      const encoder = new TextEncoder();
      const records = ['A', 'B', 'B'].map((debtorId) => ({
        ...demoLetterRecord(),
        debtorId,
        pdf: encoder.encode(`%PDF-1.7\n% courrier de ${debtorId}\n%%EOF\n`),
      }));
      const letters = await lettersRepo.record(records);
      const db = getDb();
      expect(letters.map((l) => l.debtorId)).toEqual(['A', 'B', 'B']);
      expect(await db.letters.count()).toBe(3);
      expect(await db.blobs.count()).toBe(2);
      for (const [index, letter] of letters.entries()) {
        expect(await lettersRepo.pdfBytes(letter)).toEqual(records[index]?.pdf);
        const activities = await db.activities.filter((a) => a.letterId === letter.id).toArray();
        expect(activities).toMatchObject([{ debtorId: letter.debtorId, type: 'letter' }]);
        expect(await db.audit.filter((a) => a.entityId === letter.id).count()).toBe(1);
      }
      // A batch sent again later shares the blobs stored the first time.
      await lettersRepo.record(records.slice(0, 1));
      expect(await db.blobs.count()).toBe(2);
      expect(await db.letters.count()).toBe(4);
    });

    it('prepared ahead (hashed, made Blobs), writes nothing until recorded, then records the same', async () => {
      const encoder = new TextEncoder();
      const records = ['A', 'B', 'B'].map((debtorId) => ({
        ...demoLetterRecord(),
        debtorId,
        pdf: encoder.encode(`%PDF-1.7\n% courrier préparé de ${debtorId}\n%%EOF\n`),
      }));
      const prepared = await lettersRepo.prepare(records);
      const db = getDb();
      expect(await db.blobs.count()).toBe(0);
      expect(prepared.sha256s).toEqual(
        await Promise.all(records.map((record) => sha256Hex(record.pdf))),
      );
      const letters = await lettersRepo.record(prepared);
      expect(await db.letters.count()).toBe(3);
      expect(await db.blobs.count()).toBe(2);
      for (const [index, letter] of letters.entries()) {
        expect(letter.pdfSha256).toBe(prepared.sha256s[index]);
        expect(await lettersRepo.pdfBytes(letter)).toEqual(records[index]?.pdf);
      }
    });
  });

  describe('a legal letter with an incomplete creditor identity', () => {
    const REFUSAL =
      'Identité du créancier incomplète pour un courrier juridique (mise en demeure, dernier avis)\u00a0: il manque ';

    async function nothingWritten() {
      const db = getDb();
      const counts = await Promise.all(
        [db.letters, db.blobs, db.activities, db.audit].map((table) => table.count()),
      );
      expect(counts).toEqual([0, 0, 0, 0]);
    }

    it.each(['mise-en-demeure', 'dernier-avis'] as const)(
      'is refused by the repository, %s, with what is missing, and nothing is written',
      async (templateId) => {
        const letter = demoLetter(templateId, { creditor: defaultCreditor() });
        await expect(
          lettersRepo.record([{ ...demoLetterRecord(), templateId, creditor: letter.creditor }]),
        ).rejects.toThrow(
          `${REFUSAL}raison sociale, SIREN, adresse, coordonnées bancaires (IBAN, BIC), signataire (nom, fonction).`,
        );
        await nothingWritten();
      },
    );

    it('names exactly the part missing', async () => {
      const creditor = { ...CREDITOR, bic: '', signatoryTitle: '' };
      await expect(lettersRepo.record([{ ...demoLetterRecord(), creditor }])).rejects.toThrow(
        `${REFUSAL}BIC, fonction du signataire.`,
      );
      await nothingWritten();
    });

    it('is refused when prepared, before anything is hashed or written', async () => {
      const creditor = { ...CREDITOR, siren: '' };
      await expect(lettersRepo.prepare([{ ...demoLetterRecord(), creditor }])).rejects.toThrow(
        `${REFUSAL}SIREN.`,
      );
      await nothingWritten();
    });

    it('refuses the whole batch when one of its letters is refused', async () => {
      const incomplete = { ...CREDITOR, siren: '' };
      await expect(
        lettersRepo.record([
          { ...demoLetterRecord(), templateId: 'relance-2' },
          { ...demoLetterRecord(), creditor: incomplete },
        ]),
      ).rejects.toThrow(`${REFUSAL}SIREN.`);
      await nothingWritten();
    });

    it('is neither saved, printed nor e-mailed by deliverLetter: refused before it leaves the app', async () => {
      const letter = demoLetter('mise-en-demeure', { creditor: { ...CREDITOR, iban: '' } });
      for (const kind of ['save', 'print', 'email'] as const) {
        await expect(deliverLetter(kind, letter, PDF)).rejects.toThrow(`${REFUSAL}IBAN.`);
      }
      expect([saved, printed, drafts]).toEqual([[], [], []]);
      await nothingWritten();
    });

    it('is recorded once the identity is complete; an ordinary letter is recorded without it', async () => {
      await lettersRepo.record([demoLetterRecord()]);
      const relance = demoLetter('relance-1', { creditor: defaultCreditor() });
      await deliverLetter('save', relance, PDF);
      expect((await getDb().letters.toArray()).map((l) => l.template).sort()).toEqual([
        'mise-en-demeure',
        'relance-1',
      ]);
    });
  });

  describe('lettersRepo', () => {
    it('signs the activity and the audit entries with the name picked in Paramètres', async () => {
      const [anonymous] = await lettersRepo.record([demoLetterRecord()]);
      await collectionSettingsRepo.saveCurrentUser('Camille Bernard');
      const [signed] = await lettersRepo.record([demoLetterRecord()]);
      await lettersRepo.setTrackingNumber(signed?.id ?? '', '1A 7');
      const db = getDb();
      const activities = await db.activities.toArray();
      const byLetter = (id: string | undefined) => activities.find((a) => a.letterId === id)?.by;
      expect(byLetter(anonymous?.id)).toBe(ANONYMOUS_USER);
      expect(byLetter(signed?.id)).toBe('Camille Bernard');
      const audit = (await db.audit.toArray()).filter((entry) => entry.entityId === signed?.id);
      expect(audit.map((entry) => [entry.action, entry.by]).sort()).toEqual([
        ['letter.create', 'Camille Bernard'],
        ['letter.tracking', 'Camille Bernard'],
      ]);
    });

    it('lets the LRAR number be added after printing, and audits it', async () => {
      const [letter] = await lettersRepo.record([
        { ...demoLetterRecord(), trackingNumber: undefined },
      ]);
      await lettersRepo.setTrackingNumber(letter?.id ?? '', ' 1A 999 ');
      expect((await lettersRepo.get(letter?.id ?? ''))?.trackingNumber).toBe('1A 999');
      expect(await getDb().audit.where('action').equals('letter.tracking').count()).toBe(1);
    });

    it('lists the reminders sent before a date, for « malgré nos relances du … »', async () => {
      await lettersRepo.record([
        {
          ...demoLetterRecord(),
          templateId: 'relance-1',
          templateName: 'Relance amiable',
          date: isoDate('2026-10-20'),
          sendMethod: 'email',
        },
        {
          ...demoLetterRecord(),
          templateId: 'releve-de-compte',
          templateName: 'Relevé de compte',
          date: isoDate('2026-10-25'),
        },
        {
          ...demoLetterRecord(),
          templateId: 'relance-2',
          templateName: 'Deuxième relance',
          date: isoDate('2026-11-30'),
        },
      ]);
      const debtorId = demoLetter('relance-1').debtorId;
      const { letters } = await claimSourcesRepo.facts(debtorId);
      const reminders = remindersBefore(
        letters,
        isoDate('2026-11-23'),
        await claimSourcesRepo.policy(),
      );
      expect(reminders).toEqual([
        {
          letterId: expect.any(String),
          date: '2026-10-20',
          templateId: 'relance-1',
          templateName: 'Relance amiable',
          sendMethod: 'email',
        },
      ]);
    });
  });
});

function demoLetterRecord() {
  const letter = demoLetter('mise-en-demeure');
  return {
    templateId: letter.templateId,
    templateName: letter.templateName,
    subject: letter.subject,
    debtorId: letter.debtorId,
    invoiceIds: letter.invoiceIds,
    date: letter.date,
    sendMethod: letter.sendMethod,
    amounts: letter.amounts,
    creditor: letter.creditor,
    pdf: PDF,
  };
}
