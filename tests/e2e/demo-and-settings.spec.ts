import { expect, type Page, test } from '@playwright/test';
import { storedRows } from './ledger';
import { loadDemonstration } from './routes';

/** Reads a store straight from IndexedDB, independently of the app's Dexie layer. */
function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('recouvra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

const digitsOnly = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

test('demo data fills the ledger from the empty state', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 90_000,
  });
  // Its count of open items has its thousands separated, as French writes them.
  await expect(page.getByText(/pièces ouvertes\.$/)).toHaveText(
    /^300 débiteurs et \d[\u202f\u00a0]\d{3} pièces ouvertes\.$/,
  );
  const debtors = await countStore(page, 'debtors');
  const invoices = await countStore(page, 'invoices');
  expect(debtors).toBe(300);
  expect(invoices).toBeGreaterThan(4500);
  await expect(page.getByTestId('stat-Débiteurs')).toHaveText(/300/);
  const openItems = digitsOnly(await page.getByTestId('stat-Pièces ouvertes').textContent());
  expect(openItems).toBeGreaterThan(4000);
  expect(openItems).toBeLessThanOrEqual(invoices);

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Débiteurs' })
    .click();
  await expect(page.getByText('300 débiteurs')).toBeVisible();
  await page.reload();
  await expect(page.getByText('300 débiteurs')).toBeVisible({ timeout: 30_000 });
});

test('creditor identity is validated and survives a reload', async ({ page }) => {
  await page.goto('/#/parametres');
  const name = page.getByLabel('Raison sociale');
  // After the demo test, Chromium first drops that context's in-memory ledger (tens of
  // megabytes): on a busy machine this fresh context's first read waits behind it.
  await expect(name).toBeVisible({ timeout: 30_000 });
  await name.fill('Fournitures Dupont SAS');
  const siren = page.getByLabel('SIREN', { exact: true });
  await siren.fill('732829321');
  await siren.blur();
  await expect(page.getByText(/SIREN invalide/)).toBeVisible();
  await siren.fill('732829320');
  await siren.blur();
  await expect(page.getByText(/SIREN invalide/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Identité du créancier enregistrée')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Raison sociale')).toHaveValue('Fournitures Dupont SAS');
  await expect(page.getByLabel('SIREN', { exact: true })).toHaveValue('732829320');
});

test('Paramètres › Données: a debtor picked by name shows its contacts, one is erased', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await loadDemonstration(page);
  const debtors = await storedRows<{
    id: string;
    name: string;
    accountNo: string;
    contacts: { id: string; name: string }[];
  }>(page, 'debtors');
  const debtor = debtors.find((d) => d.contacts.length >= 2);
  if (!debtor) throw new Error('aucun débiteur de démonstration avec deux contacts');

  await page.goto('/#/parametres?onglet=donnees');
  const picker = page.getByRole('combobox', { name: 'Débiteur', exact: true });
  await picker.fill(debtor.name);
  await page.getByRole('option', { name: `${debtor.name} (${debtor.accountNo})` }).click();
  const contacts = page.getByRole('table', { name: 'Contacts du débiteur' }).getByRole('row');
  await expect(contacts).toHaveCount(debtor.contacts.length);
  const first = debtor.contacts[0]?.name ?? '';
  await expect(contacts.first()).toContainText(first);

  await contacts.first().getByRole('button', { name: 'Effacer' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Effacer' }).click();
  // The table follows the ledger: the contact's name is replaced, the others stay.
  await expect(contacts.first()).toContainText('Contact effacé');
  await expect(contacts).toHaveCount(debtor.contacts.length);
  const stored = (await storedRows<typeof debtor>(page, 'debtors')).find((d) => d.id === debtor.id);
  expect(stored?.contacts.map((c) => c.name)).toEqual([
    'Contact effacé',
    ...debtor.contacts.slice(1).map((c) => c.name),
  ]);
});
