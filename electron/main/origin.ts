/**
 * Where the renderer lives. Chromium keys IndexedDB, and therefore the user's whole ledger, by
 * origin: changing the scheme or the host makes every existing database invisible to the app.
 * Treat these values as frozen once released.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'recouvra';
export const APP_ORIGIN = 'app://recouvra';

/** First page loaded in the main window. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to the app's own origin. Parsed rather than prefix-matched so that
 * look-alikes such as `app://recouvra.evil/` or `app://recouvra@evil/` are refused.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
