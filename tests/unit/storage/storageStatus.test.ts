import { describe, expect, it, vi } from 'vitest';
import { readStorageStatus, requestPersistentStorage } from '../../../renderer/src/data/storage';

function fakeStorage(options: { persisted: boolean; grant: boolean; fail?: boolean }) {
  return {
    persisted: vi.fn(async () => options.persisted),
    persist: vi.fn(async () => {
      if (options.fail) throw new Error('refusé');
      return options.grant;
    }),
    estimate: vi.fn(async () => ({ usage: 12_345_678, quota: 2_000_000_000 })),
  };
}

describe('requestPersistentStorage', () => {
  it('asks the browser when storage is not yet persisted', async () => {
    const storage = fakeStorage({ persisted: false, grant: true });
    await expect(requestPersistentStorage(storage)).resolves.toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when it already is', async () => {
    const storage = fakeStorage({ persisted: true, grant: false });
    await expect(requestPersistentStorage(storage)).resolves.toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, and never throws', async () => {
    await expect(
      requestPersistentStorage(fakeStorage({ persisted: false, grant: false })),
    ).resolves.toBe(false);
    await expect(
      requestPersistentStorage(fakeStorage({ persisted: false, grant: false, fail: true })),
    ).resolves.toBeNull();
    await expect(requestPersistentStorage(null)).resolves.toBeNull();
  });
});

describe('readStorageStatus', () => {
  it('reads usage, quota and persistence', async () => {
    await expect(readStorageStatus(fakeStorage({ persisted: true, grant: true }))).resolves.toEqual(
      {
        usage: 12_345_678,
        quota: 2_000_000_000,
        persisted: true,
      },
    );
  });

  it('says it does not know where there is no storage manager', async () => {
    await expect(readStorageStatus(null)).resolves.toEqual({
      usage: null,
      quota: null,
      persisted: null,
    });
  });
});
