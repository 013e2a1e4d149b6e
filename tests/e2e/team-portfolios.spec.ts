/**
 * Portfolios by controller: demo data → « Je suis Camille » → two of Julien's debtors reassigned
 * to Camille from the debtor list in one action → they are in « Mes débiteurs » of the File
 * d'actions → Julien's portfolio entrusted to Camille for his absence: his debtors show in
 * Camille's queue marked « confié par Julien » → « Reprendre »: they go back to him.
 */
import { expect, type Page, test } from '@playwright/test';
import { fillDate } from './dates';

const START = new Date('2026-11-23T09:00:00+01:00');

async function pick(page: Page, label: string, option: string | RegExp) {
  // « Je suis » is above the queue's filters and, while nobody is chosen, in its « Qui êtes-vous ? ».
  await page.getByRole('combobox', { name: label, exact: true }).first().click();
  await page.getByRole('option', { name: option }).click();
}

async function openQueue(page: Page) {
  await page.getByRole('link', { name: 'Débiteurs' }).click();
  await page.getByRole('link', { name: 'File d’actions' }).click();
  await expect(page.getByRole('combobox', { name: 'Portefeuille', exact: true })).toBeVisible({
    timeout: 20_000,
  });
}

/** Checks a debtor's row in the (virtualised) list, scrolling until it is rendered. */
async function checkRow(page: Page, name: string) {
  const box = page.getByRole('checkbox', { name: `Sélectionner ${name}`, exact: true });
  await page.getByTestId('debtor-list-count').hover();
  const table = page.locator('[data-select-cell]').first();
  await table.hover();
  for (let i = 0; i < 40 && (await box.count()) === 0; i++) await page.mouse.wheel(0, 300);
  await box.check();
}

test('reassign, « Mes débiteurs », hand a portfolio over and take it back', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: START });
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 90_000,
  });

  // Camille works at this workstation: the queue opens on her debtors.
  await openQueue(page);
  await pick(page, 'Je suis', 'Camille');
  await expect(page.getByRole('combobox', { name: 'Portefeuille', exact: true })).toHaveValue(
    'Mes débiteurs (Camille)',
  );
  const mine = page.getByTestId('queue-row');
  await expect(mine.first()).toBeVisible();
  for (const text of await mine.allTextContents()) expect(text).toContain('Camille');

  // Julien's queue: three of his debtors with something to do today.
  await pick(page, 'Portefeuille', 'Julien');
  const juliens = page.getByTestId('queue-row');
  await expect(juliens.first()).toContainText('Julien');
  const ids: string[] = [];
  const names: string[] = [];
  for (const row of await juliens.all()) {
    const id = (await row.getAttribute('data-debtor')) ?? '';
    if (!id || ids.includes(id)) continue;
    ids.push(id);
    names.push(((await row.getByRole('link').first().textContent()) ?? '').trim());
    if (ids.length === 3) break;
  }
  expect(ids).toHaveLength(3);
  const [moved1 = '', moved2 = '', kept = ''] = ids;

  // The choice is remembered; back to « Mes débiteurs ».
  await openQueue(page);
  await expect(page.getByRole('combobox', { name: 'Portefeuille', exact: true })).toHaveValue(
    'Julien',
  );
  await pick(page, 'Portefeuille', 'Mes débiteurs (Camille)');
  await expect(page.locator(`[data-debtor="${moved1}"]`)).toHaveCount(0);

  // Two of Julien's debtors reassigned to Camille in one action, from the list.
  await page.getByRole('link', { name: 'Débiteurs' }).click();
  await pick(page, 'Gestionnaire', 'Julien');
  await expect(page).toHaveURL(/assignee=Julien/);
  await checkRow(page, names[0] ?? '');
  await checkRow(page, names[1] ?? '');
  await expect(page.getByText('2 sélectionnés')).toBeVisible();
  await pick(page, 'Gestionnaire à attribuer', 'Camille');
  await page.getByRole('button', { name: 'Attribuer', exact: true }).click();
  await expect(page.getByTestId('reassign-confirmation')).toHaveText(
    '2 débiteurs attribués à Camille.',
  );

  // They are now in Camille's « Mes débiteurs »; Julien's third one is not.
  await openQueue(page);
  await expect(page.locator(`[data-debtor="${moved1}"]`).first()).toBeVisible();
  await expect(page.locator(`[data-debtor="${moved2}"]`).first()).toBeVisible();
  await expect(page.locator(`[data-debtor="${kept}"]`)).toHaveCount(0);

  // Julien is away this week: his portfolio is entrusted to Camille.
  await page.getByRole('button', { name: 'Confier un portefeuille…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confier un portefeuille pendant une absence' });
  await pick(page, 'Portefeuille de', 'Julien');
  await pick(page, 'Confié à', 'Camille');
  await expect(dialog.getByLabel('Du')).toHaveValue('23/11/2026');
  await fillDate(dialog.getByLabel('Au'), '2026-11-27');
  await dialog.getByRole('button', { name: 'Confier le portefeuille' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('handover')).toContainText('Julien');
  const entrusted = page.locator(`[data-debtor="${kept}"]`).first();
  await expect(entrusted).toBeVisible();
  await expect(entrusted).toContainText('confié par Julien');

  // The debtor list's « Mes débiteurs » marks them too.
  await page.getByRole('link', { name: 'Débiteurs' }).click();
  await pick(page, 'Gestionnaire', 'Mes débiteurs');
  await expect(page).toHaveURL(/portefeuille=mes/);
  await expect(page.getByText('confié par Julien').first()).toBeVisible();

  // « Reprendre »: Julien's debtors go back to him.
  await openQueue(page);
  await page.getByRole('button', { name: 'Reprendre le portefeuille de Julien' }).click();
  await expect(page.getByText('Le portefeuille de Julien lui est rendu.')).toBeVisible();
  await expect(page.getByTestId('handover')).toHaveCount(0);
  await expect(page.locator(`[data-debtor="${kept}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-debtor="${moved1}"]`).first()).toBeVisible();
});
