import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { E2E_CREDITOR, fillCreditor } from './creditor';
import { storedRows, untouchedDebtors } from './ledger';
import { pdfText } from './pdfText';
import { loadDemonstration } from './routes';

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

const INCOMPLETE =
  'Identité du créancier incomplète pour un courrier juridique (mise en demeure, dernier avis) : il manque raison sociale, SIREN, adresse, coordonnées bancaires (IBAN, BIC), signataire (nom, fonction).';

async function openCourriers(page: import('@playwright/test').Page) {
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Courriers' })
    .click();
}

/**
 * A late demo debtor with no letter sent yet (at its first reminder), by name: the demo's other
 * debtors stand at every step of the ladder, some of them due for a mise en demeure.
 */
async function debtorToWrite(page: import('@playwright/test').Page): Promise<string> {
  const untouched = await untouchedDebtors(page);
  const names = (await storedRows<{ id: string; name: string }>(page, 'debtors'))
    .filter((d) => untouched.has(d.id))
    .map((d) => d.name)
    .sort();
  const name = names.find((n) => n.endsWith(' SAS')) ?? names[0];
  if (!name) throw new Error('aucun débiteur à sa première relance');
  return name;
}

/** Picks that debtor in « Nouveau courrier »; returns its name. */
async function pickDebtor(page: import('@playwright/test').Page): Promise<string> {
  const debtor = page.getByRole('combobox', { name: 'Débiteur' });
  await debtor.click();
  await debtor.fill(await debtorToWrite(page));
  await page.getByRole('option').first().click();
  const debtorName = (await debtor.inputValue()).split(' — ')[0] ?? '';
  expect(debtorName).not.toBe('');
  // The debtor's next step is proposed, never a mise en demeure by default: chosen on purpose.
  const template = page.getByRole('combobox', { name: 'Modèle' });
  await expect(template).not.toHaveValue('Mise en demeure');
  await template.click();
  await page.getByRole('option', { name: 'Mise en demeure' }).click();
  await expect(template).toHaveValue('Mise en demeure');
  return debtorName;
}

test('a mise en demeure waits for the creditor identity, then is previewed, saved, read back and kept as sent', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await loadDemonstration(page);

  // The demo's own letters, as sent before today.
  const demoLetters = await storedLetters(page);
  expect(demoLetters.length).toBeGreaterThan(0);
  const before = new Set(demoLetters.map((l) => l.pdfSha256));

  // No creditor identity yet: the letter is previewed but cannot leave the app.
  await openCourriers(page);
  await pickDebtor(page);
  const refusal = page.getByTestId('creditor-incomplete');
  await expect(refusal).toContainText(INCOMPLETE);
  await expect(page.getByTestId('letter-preview').locator('canvas').first()).toBeVisible({
    timeout: 60_000,
  });
  for (const name of ['Enregistrer le PDF', 'Imprimer', 'Préparer le courriel']) {
    await expect(page.getByRole('button', { name })).toBeDisabled();
  }
  // Each edit loads a new document into the session's one pdf.js worker: the preview follows
  // an item unticked then ticked again, and never says the PDF cannot be shown.
  const firstItem = page
    .getByRole('table', { name: 'Pièces du courrier' })
    .getByRole('checkbox', { name: /^Inclure / })
    .first();
  for (const checked of [false, true]) {
    await firstItem.setChecked(checked);
    await page.waitForTimeout(1_000);
    await expect(page.getByTestId('letter-preview').locator('canvas').first()).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByText('Le PDF ne peut pas être affiché.')).toHaveCount(0);
  }
  // The batch of mises en demeure is refused the same way.
  await page.getByRole('tab', { name: 'Envoi groupé' }).click();
  await page.getByRole('combobox', { name: 'Modèle' }).click();
  await page.getByRole('option', { name: 'Mise en demeure' }).click();
  await expect(page.getByTestId('creditor-incomplete')).toContainText(INCOMPLETE);
  await expect(page.getByRole('button', { name: /^Générer / })).toBeDisabled();
  // Nothing was recorded: the demo's letters only.
  expect(await storedLetters(page)).toHaveLength(demoLetters.length);

  // The link opens Paramètres on the Créancier tab.
  await page.getByRole('link', { name: 'Compléter dans Paramètres › Créancier' }).click();
  await expect(page).toHaveURL(/#\/parametres\?onglet=creditor$/);
  await expect(page.getByRole('tab', { name: 'Créancier' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await fillCreditor(page);

  await openCourriers(page);
  await page.getByRole('tab', { name: 'Nouveau courrier' }).click();
  const debtorName = await pickDebtor(page);
  await expect(page.getByTestId('creditor-incomplete')).toHaveCount(0);

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
  // The creditor as entered in Paramètres: letterhead, bank details and signatory.
  expect(text).toContain(`émises par ${E2E_CREDITOR.name} (SIREN 732 829 320)`);
  expect(text).toContain('IBAN : FR76 3000 6000 0112 3456 7890 189');
  expect(text).toContain(`BIC : ${E2E_CREDITOR.bic}`);
  expect(text).toContain(E2E_CREDITOR.signatoryTitle);
  expect(text).toContain(E2E_CREDITOR.signatoryName);
  expect(text).not.toContain('à compléter');

  // Kept as sent: the stored PDF is the downloaded one, byte for byte.
  await expect(page.getByText('Courrier enregistré')).toBeVisible();
  const letters = await storedLetters(page);
  expect(letters).toHaveLength(demoLetters.length + 1);
  const recorded = letters.filter((l) => !before.has(l.pdfSha256));
  expect(recorded).toHaveLength(1);
  expect(recorded[0]?.template).toBe('mise-en-demeure');
  expect(recorded[0]?.pdfSha256).toBe(createHash('sha256').update(bytes).digest('hex'));

  // The newest first, above the demo's letters (all sent before today).
  await page.getByRole('tab', { name: 'Courriers envoyés' }).click();
  const sent = page.getByRole('table', { name: 'Courriers envoyés' });
  const newest = sent.getByRole('row').nth(1);
  await expect(newest).toContainText(debtorName);
  await expect(newest).toContainText('Mise en demeure');
  await newest.getByRole('button', { name: 'Ouvrir' }).click();
  await expect(page.getByText(/Copie conforme au courrier envoyé/)).toBeVisible();
});
