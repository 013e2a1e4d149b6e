/**
 * A screen left open follows what another window writes: the dashboard stays on screen in one
 * tab while a colleague's tab (the same ledger, as a second window of the app) reassigns one of
 * Julien's debtors to Camille. Without navigating, the dashboard's « Par gestionnaire » and
 * « Par chargé de recouvrement » tables count one debtor less for Julien and one more for
 * Camille: the figures kept per record and per write (liveRows.ts, controllerStats.ts) are built
 * again from what the other window wrote. The debtor list on screen shows the « Dernière action »
 * of a note added in the other window (a call or a note writes only the latest activities, kept
 * apart from the debtor aggregates: domain/lastActions.ts). (Live queries that ran again before
 * the write count was raised are covered under Node, tests/unit/collection/liveAfterWrite.test.ts.)
 */
import { expect, type Locator, type Page, test } from '@playwright/test';
import { storedRows } from './ledger';
import { loadDemonstration } from './routes';

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).first().click();
  await page.getByRole('option', { name: option }).click();
}

/** The number of debtors in `table`'s row of `controller` (its « Débiteurs » column). */
async function debtorsOf(table: Locator, controller: string): Promise<number> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('link', { name: controller, exact: true }) });
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((text) => text.trim() === 'Débiteurs');
  const cell = row.getByRole('cell').nth(column);
  return Number((await cell.textContent())?.replace(/\D/g, ''));
}

test('the dashboard on screen follows a debtor reassigned in another window', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await loadDemonstration(page);
  await page.goto('/#/');
  const byAssignee = page.getByRole('table', { name: 'Par gestionnaire' });
  const byController = page.getByTestId('controller-stats');
  await expect(byController).toBeVisible();
  const before = {
    julien: await debtorsOf(byAssignee, 'Julien'),
    camille: await debtorsOf(byAssignee, 'Camille'),
    julienStats: await debtorsOf(byController, 'Julien'),
  };
  expect(before.julien).toBeGreaterThan(0);

  // The colleague's window: one of Julien's debtors given to Camille from the debtor list.
  const colleague = await context.newPage();
  await colleague.goto('/#/');
  await colleague.getByRole('link', { name: 'Débiteurs' }).click();
  await pick(colleague, 'Gestionnaire', 'Julien');
  await expect(colleague).toHaveURL(/assignee=Julien/);
  await colleague.locator('[data-select-cell]').first().hover();
  await colleague
    .getByRole('checkbox', { name: /^Sélectionner (?!tout)/ })
    .first()
    .check();
  await expect(colleague.getByText('1 sélectionné')).toBeVisible();
  await pick(colleague, 'Gestionnaire à attribuer', 'Camille');
  await colleague.getByRole('button', { name: 'Attribuer', exact: true }).click();
  await expect(colleague.getByTestId('reassign-confirmation')).toHaveText(
    '1 débiteur attribué à Camille.',
  );

  // The first window was not touched: its tables follow.
  await expect.poll(() => debtorsOf(byController, 'Julien')).toBe(before.julienStats - 1);
  await expect.poll(() => debtorsOf(byAssignee, 'Camille')).toBe(before.camille + 1);
  await expect.poll(() => debtorsOf(byAssignee, 'Julien')).toBe(before.julien - 1);
});

test('the debtor list on screen shows the last action of a note added in another window', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await loadDemonstration(page);
  const [debtor] = await storedRows<{ id: string; accountNo: string; name: string }>(
    page,
    'debtors',
  );
  if (!debtor) throw new Error('aucun débiteur');
  // Wide enough for every column of the list to be drawn (it draws only the visible ones).
  await page.setViewportSize({ width: 2600, height: 900 });
  await page.goto('/#/debiteurs');
  await page.getByRole('textbox', { name: 'Recherche' }).fill(debtor.accountNo);
  await expect(page.getByTestId('debtor-list-count')).toHaveText(/^1 affiché$/);
  const table = page.getByRole('table').first();
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((text) => text.trim() === 'Dernière action');
  expect(column).toBeGreaterThan(0);
  const cell = table
    .getByRole('row')
    .filter({ hasText: debtor.name })
    .getByRole('cell')
    .nth(column);
  const today = await page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  });
  await expect(cell).not.toHaveText(today);

  // The colleague's window: a note on the debtor's page, in its « Historique » tab.
  const colleague = await context.newPage();
  await colleague.goto(`/#/debiteurs/${debtor.id}?onglet=historique`);
  await colleague.getByLabel('Nouvelle note').fill('Appel du service comptable, règlement annoncé');
  await colleague.getByRole('button', { name: 'Ajouter la note' }).click();
  // Saved: the box is emptied and the note is in the timeline.
  await expect(colleague.getByLabel('Nouvelle note')).toHaveValue('');
  await expect(
    colleague
      .getByTestId('debtor-timeline')
      .getByRole('paragraph')
      .filter({ hasText: 'Appel du service comptable, règlement annoncé' }),
  ).toBeVisible();

  // The list was not touched: its row follows.
  await expect(cell).toHaveText(today);
});
