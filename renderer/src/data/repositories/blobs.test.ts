import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/sha256';
import { RecouvraDb, setDbForTests } from '../db';
import { getBlob, putBlob } from './blobs';

let db: RecouvraDb;

beforeEach(() => {
  db = new RecouvraDb(`test-${crypto.randomUUID()}`);
  setDbForTests(db);
});

afterEach(async () => {
  setDbForTests(null);
  await db.delete();
});

const encode = (text: string) => new TextEncoder().encode(text);

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j like the reference vectors', async (text, hex) => {
    expect(await sha256Hex(encode(text))).toBe(hex);
  });

  it('hashes only the viewed bytes of a subarray', async () => {
    const view = encode('xxabcxx').subarray(2, 5);
    expect(await sha256Hex(view)).toBe(await sha256Hex(encode('abc')));
  });
});

describe('putBlob / getBlob', () => {
  it('stores bytes under their SHA-256 and reads them back', async () => {
    const sha256 = await putBlob(encode('contrat signé'), 'application/pdf');
    const stored = await getBlob(sha256);
    expect(stored).toMatchObject({ sha256, mime: 'application/pdf', size: 14 });
    expect(new TextDecoder().decode(await stored?.data.arrayBuffer())).toBe('contrat signé');
  });

  it('keeps one copy of the same bytes', async () => {
    const first = await putBlob(encode('même contenu'), 'text/plain');
    const second = await putBlob(encode('même contenu'), 'text/plain');
    expect(second).toBe(first);
    expect(await db.blobs.count()).toBe(1);
  });

  it('stores different bytes separately', async () => {
    await Promise.all([putBlob(encode('a'), 'text/plain'), putBlob(encode('b'), 'text/plain')]);
    expect(await db.blobs.count()).toBe(2);
  });

  it('returns undefined for an unknown hash', async () => {
    expect(await getBlob('0'.repeat(64))).toBeUndefined();
  });
});
