/**
 * Letters as sent. Each record keeps the exact PDF bytes (content-addressed in `blobs`, so the
 * copy kept is provably the copy printed or saved), with an activity on the debtor's timeline
 * and an audit entry, all in one transaction. A legal letter (mise en demeure, dernier avis) is
 * refused when the creditor identity it was printed with is incomplete: the screens already say
 * so and disable sending; this is the last line of defence.
 */
import {
  type Creditor,
  incompleteCreditorMessage,
  missingCreditorFields,
} from '../../domain/creditor';
import { isLegalTemplate } from '../../domain/letters';
import type {
  Activity,
  AuditEntry,
  IsoDate,
  Letter,
  LetterAmounts,
  SendMethod,
  StoredBlob,
} from '../../domain/model';
import { formatEuros } from '../../domain/money';
import { sha256Hex } from '../../shared/sha256';
import { sliceTurn } from '../backgroundTurn';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { shippedTemplates } from '../shippedTemplates';
import { getBlobBytes, storedBlob } from './blobs';
import { signature } from './collectionSettings';

/** Until the user picker of the action queue exists, every change is signed the same way. */

export interface LetterToRecord {
  templateId: string;
  templateName: string;
  subject: string;
  debtorId: string;
  invoiceIds: string[];
  date: IsoDate;
  sendMethod: SendMethod;
  trackingNumber?: string;
  amounts: LetterAmounts;
  deadlineDays?: number;
  /** The creditor identity printed on the letter (its letterhead, bank details, signatory). */
  creditor: Creditor;
  /** The bytes printed, saved or attached: stored as they are. */
  pdf: Uint8Array;
}

const SENT_BY: Record<SendMethod, string> = {
  'courrier-simple': 'envoyé par courrier simple',
  lrar: 'envoyé en recommandé avec AR',
  email: 'préparé pour envoi par courriel',
};

/** « Courrier « Mise en demeure » envoyé en recommandé avec AR n° 1A… (3 pièces, 1 234,56 €) ». */
function activityText(letter: Letter): string {
  const tracking = letter.trackingNumber ? ` n° ${letter.trackingNumber}` : '';
  const count = letter.invoiceIds.length;
  const total = letter.amounts ? `, ${formatEuros(letter.amounts.totalCents)}` : '';
  const name = letter.templateName ?? letter.template;
  return `Courrier « ${name} » ${SENT_BY[letter.sendMethod]}${tracking} (${count} pièce${count > 1 ? 's' : ''}${total})`;
}

/** The letter on its debtor's timeline. */
function activityOf(letter: Letter, by: string): Activity {
  return {
    id: newId(),
    debtorId: letter.debtorId,
    type: letter.sendMethod === 'email' ? 'email' : 'letter',
    at: letter.createdAt,
    by,
    text: activityText(letter),
    ...(letter.amounts ? { amountCents: letter.amounts.totalCents } : {}),
    letterId: letter.id,
  };
}

/** The row of a letter recorded now, whose PDF hashes to `sha256`. */
function letterRow(input: LetterToRecord, sha256: string): Letter {
  return {
    id: newId(),
    template: input.templateId,
    templateName: input.templateName,
    subject: input.subject,
    debtorId: input.debtorId,
    invoiceIds: input.invoiceIds,
    date: input.date,
    sendMethod: input.sendMethod,
    ...(input.trackingNumber ? { trackingNumber: input.trackingNumber } : {}),
    pdfSha256: sha256,
    createdAt: clock.nowIso(),
    amounts: input.amounts,
    ...(input.deadlineDays !== undefined ? { deadlineDays: input.deadlineDays } : {}),
  };
}

/** Throws the French refusal when a legal letter's creditor identity is incomplete. */
function refuseIncompleteLegalLetters(inputs: readonly LetterToRecord[]): void {
  for (const input of inputs) {
    if (!isLegalTemplate(shippedTemplates(), input.templateId)) continue;
    const missing = missingCreditorFields(input.creditor, 'legal-letter');
    if (missing.length > 0) throw new Error(incompleteCreditorMessage(missing, 'legal-letter'));
  }
}

/**
 * PDFs made Blobs per task (each copies its bytes once and registers them with the browser):
 * 200 of them in one task took 100 ms, and 25 took 50-58 ms while the letter workers held both
 * cores.
 */
const PDFS_PER_SLICE = 8;

/** The rows of `pdfs` (by SHA-256) for the blobs table, made before the transaction opens. */
async function pdfBlobs(pdfs: ReadonlyMap<string, Uint8Array>): Promise<StoredBlob[]> {
  const rows: StoredBlob[] = [];
  for (const [sha256, pdf] of pdfs) {
    await sliceTurn(rows.length, PDFS_PER_SLICE);
    rows.push(storedBlob(sha256, pdf, 'application/pdf'));
  }
  return rows;
}

/**
 * Letters whose PDFs are hashed and made Blobs, ready to be recorded (`lettersRepo.prepare`): a
 * batch does it while the user looks at the result, not after the click that sends it.
 */
export interface PreparedLetters {
  inputs: readonly LetterToRecord[];
  /** Per input, the SHA-256 of its PDF. */
  sha256s: readonly string[];
  /** One row per distinct PDF. */
  blobs: readonly StoredBlob[];
}

async function prepareLetters(inputs: readonly LetterToRecord[]): Promise<PreparedLetters> {
  refuseIncompleteLegalLetters(inputs);
  // Hashed before the transaction: awaiting Web Crypto inside it would commit it early.
  const sha256s = await Promise.all(inputs.map((input) => sha256Hex(input.pdf)));
  // One PDF per distinct content: two identical letters share their bytes.
  const pdfs = new Map<string, Uint8Array>();
  sha256s.forEach((sha256, index) => {
    if (!pdfs.has(sha256)) pdfs.set(sha256, inputs[index]?.pdf ?? new Uint8Array());
  });
  return { inputs, sha256s, blobs: await pdfBlobs(pdfs) };
}

/**
 * Everything recording letters writes, made where the letters were (their ids, the instant and
 * the signature of the person sending): `writeLetters` can then run in a worker.
 */
export interface LettersToWrite {
  blobs: readonly StoredBlob[];
  rows: Letter[];
  activities: Activity[];
  audit: AuditEntry[];
}

export async function lettersToWrite({
  inputs,
  sha256s,
  blobs,
}: PreparedLetters): Promise<LettersToWrite> {
  const by = await signature();
  const rows = inputs.map((input, index) => letterRow(input, sha256s[index] ?? ''));
  return {
    blobs,
    rows,
    activities: rows.map((letter) => activityOf(letter, by)),
    audit: rows.map((letter) => ({
      id: newId(),
      at: letter.createdAt,
      by,
      action: 'letter.create',
      entity: 'letters',
      entityId: letter.id,
      details: `${letter.templateName} — PDF ${letter.pdfSha256}`,
    })),
  };
}

/**
 * Writes letters made by `lettersToWrite`: all or nothing. Each table is written once for the
 * whole batch: the middlewares (aggregates, history, outbox) then run once per table, not once
 * per letter (200 letters took 8 s one by one).
 */
export async function writeLetters({
  blobs,
  rows,
  activities,
  audit,
}: LettersToWrite): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.letters, db.blobs, db.activities, db.audit], async () => {
    const known = new Set(
      await db.blobs
        .where(':id')
        .anyOf(blobs.map((blob) => blob.sha256))
        .primaryKeys(),
    );
    await db.blobs.bulkAdd(blobs.filter((blob) => !known.has(blob.sha256)));
    await db.letters.bulkAdd(rows);
    await db.activities.bulkAdd(activities);
    await db.audit.bulkAdd(audit);
  });
}

export const lettersRepo = {
  /** Hashes the letters' PDFs and makes them Blobs, for `record`; refuses as `record` would. */
  prepare: prepareLetters,

  /**
   * Records letters (one or a batch, or letters prepared) with their PDFs, activities and audit:
   * all or nothing. A legal letter with an incomplete creditor identity refuses the whole batch,
   * before any write.
   */
  async record(letters: readonly LetterToRecord[] | PreparedLetters): Promise<Letter[]> {
    // Letters prepared were refused or accepted then (prepareLetters is their only maker).
    const written = await lettersToWrite(
      'sha256s' in letters ? letters : await prepareLetters(letters),
    );
    await writeLetters(written);
    return written.rows;
  },

  /**
   * Throws the refusal `record` would give, so that a caller checks before it prints or saves
   * the PDF: a letter is never sent without being recorded.
   */
  assertRecordable(inputs: readonly LetterToRecord[]): void {
    refuseIncompleteLegalLetters(inputs);
  },

  /** Most recent first. */
  list: (limit = 500) => getDb().letters.orderBy('date').reverse().limit(limit).toArray(),

  byDebtor: (debtorId: string) => getDb().letters.where('debtorId').equals(debtorId).toArray(),

  get: (id: string) => getDb().letters.get(id),

  /** The LRAR number often arrives after printing: it can be added or corrected later. */
  async setTrackingNumber(id: string, trackingNumber: string): Promise<void> {
    const db = getDb();
    const by = await signature();
    await db.transaction('rw', [db.letters, db.audit], async () => {
      const letter = await db.letters.get(id);
      if (!letter) return;
      const value = trackingNumber.trim();
      await db.letters.update(id, { trackingNumber: value || undefined });
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by,
        action: 'letter.tracking',
        entity: 'letters',
        entityId: id,
        details: `${letter.trackingNumber ?? '—'} → ${value || '—'}`,
      });
    });
  },

  /**
   * The exact bytes kept for the letter, or undefined when its blob is missing; in team mode
   * fetched from the server and verified when not on this workstation yet.
   */
  pdfBytes: (letter: Pick<Letter, 'pdfSha256'>): Promise<Uint8Array | undefined> =>
    getBlobBytes(letter.pdfSha256, 'application/pdf'),
};
