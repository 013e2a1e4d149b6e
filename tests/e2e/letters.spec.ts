import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { pdfText } from './pdfText';

/** The letters store, read straight from IndexedDB (independently of the app's Dexie layer). */
function storedLetters(page: import('@playwright/test').Page) {
  return page.evaluate(
    () =>
      new Promise<{ pdfSha256: string; template: string; invoiceIds: string[] }[]>(
        (resolve, reject) => {
          const open = indexedDB.open('recouvra');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('letters').objectStore('letters').getAll();
            request.onsuccess = () => {
              resolve(request.result);
              open.result.close();
            };
            request.onerror = () => reject(request.error);
          };
        },
      ),
  );
}

test('a mise en demeure is previewed, saved, read back and kept as sent', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 30_000,
  });

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Courriers' })
    .click();
  const debtor = page.getByRole('combobox', { name: 'Débiteur' });
  await debtor.click();
  await debtor.fill('SAS');
  await page.getByRole('option').first().click();
  const debtorName = (await debtor.inputValue()).split(' — ')[0] ?? '';
  expect(debtorName).not.toBe('');
  await expect(page.getByRole('combobox', { name: 'Modèle' })).toHaveValue('Mise en demeure');

  // The items ticked by default: overdue, not disputed.
  const items = page.getByRole('table', { name: 'Pièces du courrier' });
  // The items load after the debtor is chosen: wait for them before reading the ticked rows.
  await expect(items.getByRole('checkbox', { checked: true }).first()).toBeVisible();
  const ticked = await items
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { checked: true }) })
    .all();
  const numbers: string[] = [];
  for (const row of ticked) {
    const label = await row.getByRole('checkbox').getAttribute('aria-label');
    if (label?.startsWith('Inclure ')) numbers.push(label.slice('Inclure '.length));
  }
  expect(numbers.length).toBeGreaterThan(0);

  const preview = page.getByTestId('letter-preview');
  await expect(preview.locator('canvas').first()).toBeVisible({ timeout: 60_000 });
  const save = page.getByRole('button', { name: 'Enregistrer le PDF' });
  await expect(save).toBeEnabled({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  expect(download.suggestedFilename()).toMatch(/^Mise en demeure – .+ – \d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = new Uint8Array(await readFile(await download.path()));

  const { text } = await pdfText(bytes);
  expect(text).toContain('Objet : Mise en demeure de payer');
  expect(text).toContain(debtorName);
  for (const number of numbers) expect(text).toContain(number);
  expect(text).toContain('nous vous mettons en demeure de nous régler la somme de');
  expect(text).toMatch(/Total dû au \d{2}\/\d{2}\/\d{4} [\d ]+,\d{2} €/);
  expect(text).toContain('dans un délai de huit (8) jours');

  // Kept as sent: the stored PDF is the downloaded one, byte for byte.
  await expect(page.getByText('Courrier enregistré')).toBeVisible();
  const letters = await storedLetters(page);
  expect(letters).toHaveLength(1);
  expect(letters[0]?.template).toBe('mise-en-demeure');
  expect(letters[0]?.pdfSha256).toBe(createHash('sha256').update(bytes).digest('hex'));

  await page.getByRole('tab', { name: 'Courriers envoyés' }).click();
  const sent = page.getByRole('table', { name: 'Courriers envoyés' });
  await expect(sent.getByRole('row')).toHaveCount(2);
  await expect(sent).toContainText(debtorName);
  await sent.getByRole('button', { name: 'Ouvrir' }).click();
  await expect(page.getByText(/Copie conforme au courrier envoyé/)).toBeVisible();
});
