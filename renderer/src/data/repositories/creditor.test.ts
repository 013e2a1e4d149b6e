import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Creditor, defaultCreditor } from '../../domain/creditor';
import { RecouvraDb, setDbForTests } from '../db';
import { CREDITOR_SETTINGS_KEY, creditorRepo } from './creditor';

let db: RecouvraDb;

beforeEach(() => {
  db = new RecouvraDb(`test-${crypto.randomUUID()}`);
  setDbForTests(db);
});

afterEach(async () => {
  setDbForTests(null);
  await db.delete();
});

const creditor: Creditor = {
  ...defaultCreditor(),
  name: 'Lumière Distribution',
  legalForm: 'SAS',
  shareCapitalCents: 10_000_000,
  siren: '732829320',
  siret: '73282932000074',
  rcsCity: 'Lyon',
  vatNumber: 'FR44732829320',
  addressLines: ['12 rue de la République'],
  postalCode: '69002',
  city: 'Lyon',
  iban: 'FR7630006000011234567890189',
  bic: 'BNPAFRPP',
  signatoryName: 'Claire Martin',
  signatoryTitle: 'Directrice administrative et financière',
};

function pngBytes(seed: number, size = 256): Uint8Array {
  const data = new Uint8Array(size).fill(seed);
  data.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return data;
}

describe('creditorRepo.load / save', () => {
  it('loads a blank creditor when nothing was saved', async () => {
    expect(await creditorRepo.load()).toEqual(defaultCreditor());
  });

  it('reloads what was saved, under the settings key "creditor"', async () => {
    await creditorRepo.save(creditor);
    expect(await creditorRepo.load()).toEqual(creditor);
    expect((await db.settings.get(CREDITOR_SETTINGS_KEY))?.value).toEqual(creditor);
  });

  it('overwrites the previous identity', async () => {
    await creditorRepo.save(creditor);
    await creditorRepo.save({ ...creditor, name: 'Lumière Distribution Sud' });
    expect((await creditorRepo.load()).name).toBe('Lumière Distribution Sud');
    expect(await db.settings.count()).toBe(1);
  });

  it('logs each save in the audit, signed by who is working', async () => {
    await creditorRepo.save(creditor);
    await creditorRepo.save({ ...creditor, name: 'Lumière Distribution Sud' });
    const entries = await db.audit.toArray();
    expect(entries.map((e) => [e.action, e.by, e.details]).sort()).toEqual(
      [
        ['creditor.save', 'utilisateur', creditor.name],
        ['creditor.save', 'utilisateur', 'Lumière Distribution Sud'],
      ].sort(),
    );
  });

  it('completes a row written by an older version with defaults', async () => {
    await db.settings.put({
      key: CREDITOR_SETTINGS_KEY,
      value: { name: 'Ancienne SARL' },
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(await creditorRepo.load()).toEqual({ ...defaultCreditor(), name: 'Ancienne SARL' });
  });

  it('falls back to a blank creditor when the row is unreadable', async () => {
    await db.settings.put({
      key: CREDITOR_SETTINGS_KEY,
      value: { name: 42 },
      updatedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(await creditorRepo.load()).toEqual(defaultCreditor());
  });
});

describe('creditorRepo logo', () => {
  it('stores the logo bytes by SHA-256 and reads them back through the creditor', async () => {
    const result = await creditorRepo.storeLogo({ name: 'logo.png', data: pngBytes(1) });
    if (!result.ok) throw new Error(result.reason);
    expect(result.logo).toMatchObject({ mime: 'image/png', size: 256, fileName: 'logo.png' });
    expect(result.logo.sha256).toMatch(/^[0-9a-f]{64}$/);

    await creditorRepo.save({ ...creditor, logo: result.logo });
    const reloaded = await creditorRepo.load();
    const blob = await creditorRepo.loadLogo(reloaded.logo);
    expect(new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(pngBytes(1));
  });

  it('stores the same image once, whatever its file name', async () => {
    const first = await creditorRepo.storeLogo({ name: 'logo.png', data: pngBytes(7) });
    const second = await creditorRepo.storeLogo({ name: 'logo-copie.png', data: pngBytes(7) });
    expect(first.ok && second.ok && first.logo.sha256 === second.logo.sha256).toBe(true);
    expect(await db.blobs.count()).toBe(1);

    await creditorRepo.storeLogo({ name: 'autre.png', data: pngBytes(8) });
    expect(await db.blobs.count()).toBe(2);
  });

  it('refuses a file that is not PNG or JPEG and stores nothing', async () => {
    const gif = new TextEncoder().encode('GIF89a……');
    expect(await creditorRepo.storeLogo({ name: 'logo.png', data: gif })).toEqual({
      ok: false,
      reason: 'Le logo doit être une image PNG ou JPEG',
    });
    expect(await db.blobs.count()).toBe(0);
  });

  it('refuses an image over 1 Mo', async () => {
    const result = await creditorRepo.storeLogo({
      name: 'logo.png',
      data: pngBytes(3, 2 * 1024 * 1024),
    });
    expect(result).toEqual({ ok: false, reason: 'Le logo dépasse 1 Mo (2,0 Mo)' });
  });

  it('has no bytes to load when there is no logo', async () => {
    expect(await creditorRepo.loadLogo(null)).toBeUndefined();
  });
});
