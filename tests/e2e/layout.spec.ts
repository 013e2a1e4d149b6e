/**
 * Layout: every screen, with the demonstration portfolio loaded, at 1440 × 900 and 1024 × 700 in
 * the light and the dark theme. No label, badge, button or placeholder is cut, and nothing the
 * user acts on lies beyond the window. A table wider than the window scrolls inside its own box
 * (the debtor list, account and name frozen): that is not a cut. A free text clamped to its lines
 * with the whole text in its `title` (a queue row's reason) is not a label.
 */
import { expect, type Page, test } from '@playwright/test';
import { loadDemonstration, SCREEN_ROUTES, type ScreenIds, screenIds, screenUrl } from './routes';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;
const THEMES = ['light', 'dark'] as const;

/** What is cut or out of reach on the page as drawn now, one line each. */
function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const windowWidth = document.documentElement.clientWidth;
    const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const shown = (el: HTMLElement) => el.offsetParent !== null && el.getClientRects().length > 0;
    /** Inside a box that scrolls sideways: what lies beyond its edge is reached by scrolling. */
    const inScroller = (el: HTMLElement) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const overflowX = getComputedStyle(p).overflowX;
        if ((overflowX === 'auto' || overflowX === 'scroll') && p.scrollWidth > p.clientWidth) {
          return true;
        }
      }
      return false;
    };
    const canvas = document.createElement('canvas').getContext('2d');
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!shown(el)) continue;
      const style = getComputedStyle(el);
      if (el instanceof HTMLInputElement && canvas && ['text', 'search', ''].includes(el.type)) {
        // A placeholder or a value wider than its field (« Tous gestionnair »).
        const shownText = el.value || el.placeholder;
        canvas.font = style.font;
        const room =
          el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (shownText && canvas.measureText(shownText).width > room + 1) {
          faults.push(`champ coupé : « ${shownText} » (${Math.round(room)} px)`);
        }
        continue;
      }
      const leaf = el.children.length === 0 || el.tagName === 'BUTTON';
      const content = text(el);
      if (!leaf || !content) continue;
      const title = el.getAttribute('title') ?? '';
      const fullInTitle = title.replace(/\s+/g, ' ').trim() === content;
      const clipsX =
        style.textOverflow === 'ellipsis' ||
        !['visible', 'auto', 'scroll'].includes(style.overflowX);
      if (clipsX && el.scrollWidth > el.clientWidth + 1 && !fullInTitle) {
        faults.push(`texte coupé : « ${content.slice(0, 60)} » (${el.tagName.toLowerCase()})`);
      }
      const clamp = style.getPropertyValue('-webkit-line-clamp');
      if (clamp && clamp !== 'none' && el.scrollHeight > el.clientHeight + 1 && !fullInTitle) {
        faults.push(`texte tronqué : « ${content.slice(0, 60)} » (${el.tagName.toLowerCase()})`);
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>(
      'button, a, input, select, [class*="Badge-root"]',
    )) {
      if (!shown(el) || inScroller(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right > windowWidth + 1) {
        faults.push(
          `hors de la fenêtre : « ${text(el).slice(0, 40) || el.getAttribute('aria-label')} » (${Math.round(box.right)} px)`,
        );
      }
    }
    // A badge wider than its table cell runs over the next column's text.
    for (const badge of document.querySelectorAll<HTMLElement>('[class*="Badge-root"]')) {
      const cell = badge.closest<HTMLElement>('td, th');
      if (!cell || !shown(badge)) continue;
      const right = badge.getBoundingClientRect().right;
      const cellRight = cell.getBoundingClientRect().right;
      if (right > cellRight + 1) {
        faults.push(
          `badge hors de sa colonne : « ${text(badge)} » (${Math.round(right - cellRight)} px)`,
        );
      }
    }
    return faults;
  });
}

let page: Page;
let ids: ScreenIds = { debtor: '', case: '' };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  page = await (await browser.newContext()).newPage();
  await loadDemonstration(page);
  // The toast slides out of the window's edge: closed, it is not a button beyond the window.
  await page
    .getByRole('button', { name: /fermer/i })
    .first()
    .click()
    .catch(() => undefined);
  ids = await screenIds(page);
  // The queue with rows: the whole team's, not « Qui êtes-vous ? ».
  await page.goto('/#/actions');
  await page.getByRole('button', { name: 'Voir toute l’équipe' }).click();
  await expect(page.getByTestId('queue-row').first()).toBeVisible({ timeout: 30_000 });
});

test.afterAll(async () => {
  await page.close();
});

for (const route of SCREEN_ROUTES) {
  test(`nothing cut on ${route}`, async () => {
    test.setTimeout(90_000);
    await page.setViewportSize(SIZES[0]);
    await page.goto(screenUrl(route, ids));
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Chargement…').filter({ visible: true })).toHaveCount(0, {
      timeout: 30_000,
    });
    const faults: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const theme of THEMES) {
        await page.emulateMedia({ colorScheme: theme });
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', theme);
        // Two frames: the new width laid out, then what it re-measured (virtual lists, charts).
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        for (const fault of await layoutFaults(page)) {
          faults.push(`${size.width} × ${size.height}, ${theme} : ${fault}`);
        }
      }
    }
    expect(faults).toEqual([]);
  });
}
