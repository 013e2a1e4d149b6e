import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME, isAppUrl } from './origin';

describe('app origin', () => {
  it('is exactly app://recouvra', () => {
    // DO NOT "fix" this test by changing the expected value. IndexedDB is stored per origin:
    // a different scheme or host means every user's ledger silently vanishes on update.
    expect(APP_ORIGIN).toBe('app://recouvra');
    expect(`${APP_SCHEME}://${APP_HOST}`).toBe(APP_ORIGIN);
    expect(APP_ENTRY_URL).toBe('app://recouvra/index.html');
  });

  it.each([
    ['app://recouvra/', true],
    // Chromium hands permission checks the bare origin, without a path.
    ['app://recouvra', true],
    ['app://recouvra/index.html#/debiteurs', true],
    ['app://recouvra/assets/index-abc.js', true],
    ['app://recouvra.evil/', false],
    ['app://recouvra@evil/', false],
    ['app://user:pass@recouvra/', false],
    ['app://recouvra:8080/', false],
    ['app://other/', false],
    ['https://recouvra/', false],
    ['https://evil.example/', false],
    ['file:///etc/passwd', false],
    ['blob:app://recouvra/6f1c', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('isAppUrl(%j) is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});
