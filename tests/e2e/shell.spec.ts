import { expect, test } from '@playwright/test';

/** Link, page heading, window title, shortcut shown next to the link. */
const NAVIGATION = [
  ['Tableau de bord', 'Tableau de bord', 'Tableau de bord — Recouvra', 'Alt+1'],
  ['Import', 'Import', 'Import — Recouvra', 'Alt+2'],
  ['Débiteurs', 'Débiteurs', 'Débiteurs — Recouvra', 'Alt+4'],
  ['File d’actions', 'File d’actions', 'File d’actions — Recouvra', 'Alt+5'],
  ['Agenda', 'Agenda', 'Agenda — Recouvra', 'Alt+6'],
  ['Courriers', 'Courriers', 'Courriers — Recouvra', 'Alt+7'],
  ['Dossiers', 'Dossiers', 'Dossiers — Recouvra', 'Alt+8'],
  ['Rapport mensuel', 'Rapport mensuel', 'Rapport mensuel — Recouvra', 'Alt+9'],
  ['Paramètres', 'Paramètres', 'Paramètres › Créancier — Recouvra', 'Alt+0'],
] as const;

test.describe('application shell', () => {
  test('opens in French with every navigation entry rendering its page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByText('Aucune balance importée')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const [link, heading, title, shortcut] of NAVIGATION) {
      const entry = nav.getByRole('link', { name: link });
      await expect(entry).toContainText(shortcut);
      await expect(entry).toHaveAttribute('aria-keyshortcuts', shortcut);
      await entry.click();
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      await expect(page).toHaveTitle(title);
    }
    expect(errors).toEqual([]);
  });

  test('switches between light and dark themes', async ({ page }) => {
    await page.goto('/');
    const html = page.locator('html');
    const before = await html.getAttribute('data-mantine-color-scheme');
    await page.getByRole('button', { name: /Passer au thème/ }).click();
    await expect(html).not.toHaveAttribute('data-mantine-color-scheme', before ?? '');
  });

  test('keyboard shortcuts open pages', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('Aucune balance importée')).toBeVisible();
    await page.keyboard.press('Alt+0');
    await expect(page.getByRole('heading', { level: 2, name: 'Paramètres' })).toBeVisible();
    await page.keyboard.press('Alt+6');
    await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('heading', { level: 2, name: 'Débiteurs' })).toBeVisible();
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { level: 2, name: 'Relevés bancaires' })).toBeVisible();
  });
});
