import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ElectronApplication,
  _electron as electron,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Finds the Electron executable without `require('electron')`: since Electron 45 that call tries
 * to download the binary when it is missing, which must not happen during a test run.
 */
function findElectronExecutable(): { path: string } | { skipReason: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const executable = existsSync(pathFile)
    ? join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    : null;
  if (executable === null || !existsSync(executable)) {
    return {
      skipReason:
        'Electron binary not installed (node_modules/electron/dist missing): cannot download it ' +
        'on this machine. Run `npx install-electron` where the network allows it.',
    };
  }
  if (!existsSync(join(repoRoot, 'dist', 'index.html'))) {
    return { skipReason: 'Renderer not built (dist/index.html missing): run `vite build` first.' };
  }
  return { path: executable };
}

test.describe.configure({ mode: 'serial' });

test.describe('desktop app (Electron)', () => {
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    const found = findElectronExecutable();
    if ('skipReason' in found) {
      // Printed as well as attached to the report, so a skipped run never looks like a pass.
      console.log(`[electron e2e] skipped: ${found.skipReason}`);
      test.skip(true, found.skipReason);
      return;
    }
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-electron.mjs')], {
      stdio: 'inherit',
    });
    app = await electron.launch({
      executablePath: found.path,
      // Chromium refuses to run its sandbox as root (CI containers): only then is it disabled.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), repoRoot],
      cwd: repoRoot,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
  });

  test('loads the renderer from app://recouvra with the CSP header', async () => {
    expect(page.url()).toMatch(/^app:\/\/recouvra\//);
    await expect(page).toHaveTitle(/Recouvra/);
    const csp = await page.evaluate(async () => {
      const response = await fetch(location.href);
      return response.headers.get('content-security-policy');
    });
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
  });

  test('exposes the bridge and nothing of Node', async () => {
    const exposed = await page.evaluate(() => {
      const bridge = (window as unknown as { recouvra?: Record<string, unknown> }).recouvra ?? {};
      return {
        bridge: Object.keys(bridge).sort(),
        hasRequire: 'require' in window,
        hasProcess: 'process' in window,
      };
    });
    expect(exposed).toEqual({
      bridge: ['appInfo', 'openFiles', 'printPdf', 'saveFile'],
      hasRequire: false,
      hasProcess: false,
    });
    const info = await page.evaluate(() => window.recouvra?.appInfo());
    expect(info).toMatchObject({ name: 'Recouvra', runtime: 'electron' });
  });

  test('refuses remote requests and new windows', async () => {
    const remote = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(remote).toBe('blocked');
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });

  test('stays on the app when a page tries to navigate away', async () => {
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    // Nothing signals a refused navigation: leave it the time it would take to happen.
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/recouvra\//);
  });

  test('denies permissions such as geolocation', async () => {
    const state = await page.evaluate(async () => {
      const status = await navigator.permissions.query({ name: 'geolocation' });
      return status.state;
    });
    expect(state).toBe('denied');
  });
});
