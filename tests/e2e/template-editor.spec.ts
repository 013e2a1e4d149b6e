/**
 * Paramètres › Modèles de courrier: a template edited as a form. A field and a conditional block
 * are inserted from the menus by their French names, the live result (built for a debtor of the
 * ledger) changes, the « Avancé » view shows the same template as Mustache, an invalid source is
 * refused with its line, and the saved template is the one a letter in Courriers prints.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { pdfText } from './pdfText';
import { loadDemonstration } from './routes';

const MARK = 'Merci de votre confiance';

async function chooseOption(page: Page, menu: string, search: string, option: string) {
  const input = page.getByRole('combobox', { name: menu });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).click();
}

test.use({ viewport: { width: 1024, height: 700 } });

test('a template is edited with named fields and blocks, previewed live, saved and printed', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await loadDemonstration(page);

  await page.goto('/#/parametres?onglet=modeles');
  const template = page.getByRole('combobox', { name: 'Modèle', exact: true });
  await template.click();
  await page.getByRole('option', { name: 'Deuxième relance' }).click();
  await expect(template).toHaveValue('Deuxième relance');

  // The text shows names, never Mustache.
  const body = page.getByRole('textbox', { name: 'Texte du courrier', exact: true });
  await expect(body).toContainText('Formule d’appel');
  await expect(body).not.toContainText('{{');

  // The live result: a real debtor of the ledger, in text form to be read here.
  const example = page.getByRole('combobox', { name: 'Débiteur d’exemple' });
  await expect(example).not.toHaveValue('');
  const debtorName = (await example.inputValue()).split(' — ')[0] ?? '';
  await page.getByText('Texte', { exact: true }).click();
  const result = page.getByTestId('template-result-text');
  await expect(result).toContainText(debtorName, { timeout: 30_000 });
  await expect(result).not.toContainText(MARK);

  // Type a sentence at the very start, then insert « Nom du débiteur » after it by the menu.
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(`${MARK}, `);
  await chooseOption(page, 'Insérer un champ', 'débiteur', 'Nom du débiteur');
  await expect(body.locator('[data-raw="{{debiteur.nom}}"]')).toHaveText('Nom du débiteur');
  // The focus is back in the text, after the field: typing goes on there.
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await expect(result).toContainText(`${MARK}, ${debtorName}.`, { timeout: 30_000 });

  // Select « Bonne journée » and wrap it in a block by its condition's name.
  await page.keyboard.type('Bonne journée');
  await page.keyboard.press('Shift+Home');
  // By keyboard: the menu is just before the text, and the choice goes back into the text.
  await page.keyboard.press('Shift+Tab');
  const blockMenu = page.getByRole('combobox', { name: 'Insérer un bloc conditionnel' });
  await expect(blockMenu).toBeFocused();
  await page.keyboard.type('aucune');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(body).toBeFocused();
  await expect(body.locator('[data-kind="open"]').first()).toHaveText(
    'Si aucune relance n’a été envoyée',
  );
  await expect(body.locator('[data-kind="close"]').first()).toHaveText('Fin du bloc');

  // « Avancé » shows the same template as Mustache.
  await page.getByRole('tab', { name: /Avancé/ }).click();
  const source = page.getByRole('textbox', { name: 'Texte du courrier (source)' });
  await expect(source).toHaveValue(
    new RegExp(
      `^${MARK}, \\{\\{debiteur\\.nom\\}\\}\\.\\n\\{\\{\\^relances\\.existe\\}\\}Bonne journée\\{\\{/relances\\.existe\\}\\}\\{\\{appel\\}\\},`,
    ),
  );

  // An unclosed block is refused with its line, and cannot be saved.
  const saveButton = page.getByRole('button', { name: 'Enregistrer le modèle' });
  const valid = await source.inputValue();
  await source.fill(`${valid}\n{{#relances.existe}}`);
  const lines = valid.split('\n').length + 1;
  await expect(
    page.getByText(
      `Corps — Ligne ${lines}\u00a0: le bloc «\u00a0relances.existe\u00a0» n’est jamais fermé.`,
    ),
  ).toBeVisible();
  await expect(saveButton).toBeDisabled();
  // An unknown placeholder too.
  await source.fill(`${valid}\n{{debiteur.nomm}}`);
  await expect(
    page.getByText(`Corps — Ligne ${lines}\u00a0: champ inconnu «\u00a0{{debiteur.nomm}}\u00a0».`),
  ).toBeVisible();
  await expect(saveButton).toBeDisabled();
  // Back to the valid text: the form shows it again, and it is saved.
  await source.fill(valid);
  await page.getByRole('tab', { name: 'Formulaire' }).click();
  await expect(body.locator('[data-raw="{{debiteur.nom}}"]').first()).toBeVisible();
  await saveButton.click();
  await expect(page.getByText('Modèle «\u00a0Deuxième relance\u00a0» enregistré.')).toBeVisible();

  // A letter composed in Courriers prints the saved template.
  await page.goto('/#/courriers');
  const debtor = page.getByRole('combobox', { name: 'Débiteur' });
  await debtor.click();
  await debtor.fill(debtorName);
  await page.getByRole('option').first().click();
  const letterTemplate = page.getByRole('combobox', { name: 'Modèle' });
  await letterTemplate.click();
  await page.getByRole('option', { name: 'Deuxième relance' }).click();
  await expect(letterTemplate).toHaveValue('Deuxième relance');
  await expect(page.getByTestId('letter-preview').locator('canvas').first()).toBeVisible({
    timeout: 60_000,
  });
  const save = page.getByRole('button', { name: 'Enregistrer le PDF' });
  await expect(save).toBeEnabled({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  const { text } = await pdfText(new Uint8Array(await readFile(await download.path())));
  expect(text).toContain(`${MARK}, ${debtorName}.`);
});
