/**
 * The creditor identity, one row in `settings` under the key `creditor`; its logo's bytes in
 * `blobs`. Old blobs are never deleted here: the same bytes may back an evidence document, and a
 * logo picked then abandoned is at most 1 Mo.
 */
import {
  type Creditor,
  type CreditorLogo,
  checkLogo,
  creditorSchema,
  defaultCreditor,
} from '../../domain/creditor';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { getBlob, putBlob } from './blobs';
import { signature } from './collectionSettings';
import { settingsRepo } from './settings';

export const CREDITOR_SETTINGS_KEY = 'creditor';

export interface LogoFile {
  name: string;
  data: Uint8Array;
}

export type StoreLogoResult = { ok: true; logo: CreditorLogo } | { ok: false; reason: string };

export const creditorRepo = {
  /** The saved identity, or a blank one when nothing was saved (or the row is unreadable). */
  load(): Promise<Creditor> {
    return settingsRepo.get(CREDITOR_SETTINGS_KEY, creditorSchema, defaultCreditor());
  },

  /**
   * Saves the identity as the schema reads it back, so what is stored is what loads; the audit
   * log records who changed it (every letter and dossier prints it), in the same transaction.
   */
  async save(creditor: Creditor): Promise<Creditor> {
    const stored = creditorSchema.parse(creditor);
    const by = await signature();
    const db = getDb();
    await db.transaction('rw', [db.settings, db.audit], async () => {
      await settingsRepo.set(CREDITOR_SETTINGS_KEY, stored);
      await db.audit.add({
        id: newId(),
        at: clock.nowIso(),
        by,
        action: 'creditor.save',
        entity: 'settings',
        entityId: CREDITOR_SETTINGS_KEY,
        details: stored.name.trim() || 'Identité sans raison sociale',
      });
    });
    return stored;
  },

  /** Checks the image (PNG/JPEG, ≤ 1 Mo) and stores its bytes; the creditor is not saved yet. */
  async storeLogo(file: LogoFile): Promise<StoreLogoResult> {
    const check = checkLogo(file.data);
    if (!check.ok) return check;
    const sha256 = await putBlob(file.data, check.mime);
    return {
      ok: true,
      logo: { sha256, mime: check.mime, size: file.data.byteLength, fileName: file.name },
    };
  },

  /** The logo's bytes, or `undefined` when there is no logo or its blob is missing. */
  async loadLogo(logo: CreditorLogo | null): Promise<Blob | undefined> {
    if (!logo) return undefined;
    return (await getBlob(logo.sha256, logo.mime))?.data;
  },
};
