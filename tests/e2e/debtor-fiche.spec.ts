/**
 * The fiche débiteur, built around the next action: the header says the stage, the next step of
 * the ladder with its date and the risks (here a credit limit exceeded); the actions are one
 * toolbar; the sections are tabs that follow the URL, by keyboard, link and « Précédent »; at
 * 1024 × 700 no action is cut and no amount overflows its box.
 */
import { expect, type Page, test } from '@playwright/test';
import { storedRows } from './ledger';

interface Item {
  debtorId: string;
  openCents: number;
  status: string;
}
interface Debtor {
  id: string;
  name: string;
  creditLimitCents?: number;
}

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const spaces = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');

/** The demo debtor whose balance exceeds its credit limit the most. */
async function overLimitDebtor(page: Page): Promise<{ debtor: Debtor; balance: number }> {
  const balances = new Map<string, number>();
  for (const item of await storedRows<Item>(page, 'invoices')) {
    if (item.status !== 'open' && item.status !== 'disputed') continue;
    balances.set(item.debtorId, (balances.get(item.debtorId) ?? 0) + item.openCents);
  }
  const over = (await storedRows<Debtor>(page, 'debtors'))
    .filter((d) => (d.creditLimitCents ?? 0) > 0)
    .map((debtor) => ({ debtor, balance: balances.get(debtor.id) ?? 0 }))
    .filter(({ debtor, balance }) => balance > (debtor.creditLimitCents ?? 0))
    .sort(
      (a, b) =>
        b.balance -
        (b.debtor.creditLimitCents ?? 0) -
        (a.balance - (a.debtor.creditLimitCents ?? 0)),
    );
  const first = over[0];
  if (!first)
    throw new Error('Aucun débiteur au-delà de son encours autorisé dans la démonstration');
  return first;
}

test('the fiche: header with stage, next step and flags; toolbar; tabs by keyboard, URL and back', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 120_000,
  });
  const { debtor, balance } = await overLimitDebtor(page);
  const limit = debtor.creditLimitCents ?? 0;

  await page.goto(`/#/debiteurs/${debtor.id}`);
  const header = page.getByTestId('debtor-header');
  // The first visit waits for the demo's background work (dashboard, queue) to settle.
  await expect(header.getByRole('heading', { level: 2, name: debtor.name })).toBeVisible({
    timeout: 90_000,
  });
  // Stage, next step with its date, the controller.
  await expect(
    header.getByText(
      /^(À jour|Relance amiable|Promesse \/ échéancier|Litige|Mise en demeure|Contentieux judiciaire)$/,
    ),
  ).toBeVisible();
  const next = page.getByTestId('ladder-state');
  await expect(next).toContainText('Prochaine étape');
  await expect(header.getByLabel('Gestionnaire')).toBeVisible();
  // The credit limit exceeded, in euros.
  const breach = header.locator('[data-flag="credit-limit"]');
  await expect(breach).toContainText('Encours autorisé dépassé');
  expect(spaces(await breach.textContent())).toContain(
    spaces(`Solde de ${euros(balance)} pour un encours autorisé de ${euros(limit)}`),
  );
  expect(spaces(await page.getByTestId('stat-Solde').textContent())).toBe(spaces(euros(balance)));
  await expect(page.getByTestId('stat-Dû')).not.toHaveText('…');
  await expect(page.getByTestId('stat-Intérêts')).toHaveText(/€/);

  // The toolbar: ←/→ move between its actions.
  const toolbar = page.getByRole('toolbar', { name: 'Actions sur le débiteur' });
  await toolbar.getByRole('link', { name: 'Appel guidé' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Constater un règlement…' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Enregistrer le relevé (PDF)' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(toolbar.getByRole('link', { name: 'Appel guidé' })).toBeFocused();

  // Tabs by keyboard: each one in the URL.
  const tabs = page.getByRole('tablist', { name: 'Sections de la fiche' });
  const pieces = tabs.getByRole('tab', { name: /^Pièces/ });
  await expect(pieces).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table', { name: 'Pièces ouvertes' })).toBeVisible();
  await pieces.focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: /^Historique/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page).toHaveURL(/onglet=historique/);
  await expect(page.getByTestId('debtor-timeline')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/onglet=courriers/);
  await expect(page.getByTestId('debtor-letters')).toBeVisible();

  // « Précédent » comes back to the tab before.
  await page.goBack();
  await expect(page).toHaveURL(/onglet=historique/);
  await expect(page.getByTestId('debtor-timeline')).toBeVisible();

  // A link straight to a tab.
  await page.goto(`/#/debiteurs/${debtor.id}?onglet=coordonnees`);
  await expect(tabs.getByRole('tab', { name: /^Coordonnées/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('heading', { name: 'Identité', exact: true })).toBeVisible();

  // 1024 × 700: every action whole in the window, every amount inside its box.
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`/#/debiteurs/${debtor.id}`);
  await expect(page.getByTestId('stat-Dû')).not.toHaveText('…', { timeout: 30_000 });
  for (const action of await toolbar.locator('a, button').all()) {
    const box = await action.boundingBox();
    expect(box, 'action drawn').not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1024);
  }
  const overflowing = await header.locator('[data-testid^="stat-"]').evaluateAll((values) =>
    values
      .filter((v) => {
        const box = v.parentElement;
        return box ? v.scrollWidth > box.clientWidth : true;
      })
      .map((v) => v.getAttribute('data-testid')),
  );
  expect(overflowing).toEqual([]);
  const cut = await tabs
    .getByRole('tab')
    .evaluateAll((all) =>
      all.filter((t) => t.scrollWidth > t.clientWidth).map((t) => t.textContent),
    );
  expect(cut).toEqual([]);
});
