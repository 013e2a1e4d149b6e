import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Playwright cannot download its own browsers on this network: use the system Chromium
 * (Debian's `chromium` package) unless CHROMIUM_PATH says otherwise.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Playwright's contexts are ephemeral, so IndexedDB lives in memory; Chromium 150's
        // in-memory LevelDB store slows down quadratically with the size of a transaction (23,000
        // puts: 30 s, against 3 s for the same on disk). Its SQLite store is linear, like the
        // on-disk store a user's profile (and Electron's) uses.
        '--enable-features=IdbSqliteBackingStoreInMemoryContexts',
      ],
    },
  },
  projects: [
    { name: 'web', testIgnore: /electron\// },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
