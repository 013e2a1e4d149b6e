/**
 * Accessibility: every screen of the app, with the demonstration portfolio loaded, checked by
 * axe-core in the light and the dark theme; no serious or critical violation is allowed (contrast,
 * names of buttons and fields, landmarks…). One page load per route; each theme is the system's
 * preference as the page sees it (the app follows it: `defaultColorScheme="auto"`).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { loadDemonstration, SCREEN_ROUTES, type ScreenIds, screenIds, screenUrl } from './routes';

interface Violation {
  route: string;
  theme: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

async function audit(page: Page, route: string, theme: 'light' | 'dark'): Promise<Violation[]> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      route,
      theme,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      // The element and axe's own words (« contrast of 3.04, foreground #fff… ») say what to fix.
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.any[0]?.message ?? ''}`),
    }));
}

// One browser page for the whole file: the demonstration portfolio is loaded once, then each
// route is one page load, scanned in both themes. (A failing route restarts the worker, which
// loads the portfolio again for the routes after it: each route still reports on its own.)
let page: Page;
let ids: ScreenIds = { debtor: '', case: '' };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  // axe-core needs a page of a context made with browser.newContext().
  page = await (await browser.newContext()).newPage();
  await loadDemonstration(page);
  // The toast is on screen now: notifications are scanned too (close button named, text readable).
  const toast = [...(await audit(page, 'toast', 'light')), ...(await audit(page, 'toast', 'dark'))];
  expect(toast.map((v) => `[${v.theme}] ${v.rule}: ${v.targets.join(' | ')}`)).toEqual([]);
  ids = await screenIds(page);
});

test.afterAll(async () => {
  await page.context().close();
});

for (const route of SCREEN_ROUTES) {
  test(`${route}: no serious or critical violation, light and dark`, async () => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(screenUrl(route, ids));
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({
      timeout: 30_000,
    });
    // Lazy panels and live queries settle before the scan.
    await expect(page.getByText('Chargement…').filter({ visible: true })).toHaveCount(0);
    const found = [...(await audit(page, route, 'light')), ...(await audit(page, route, 'dark'))];
    expect(
      found.map(
        (v) => `[${v.theme}] ${v.rule} (${v.impact}): ${v.help} — ${v.targets.join(' | ')}`,
      ),
    ).toEqual([]);
  });
}
