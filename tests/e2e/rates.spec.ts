/**
 * A provisional rate, as a user meets it: the letter screen says the letter uses a provisional
 * value and links to Paramètres › Taux; the court dossier refuses to export; the user confirms
 * the semester with the ECB decision, the table shows the reference, and the dossier's refusal
 * and the letter's warning go away. Runs on today's date: the 2026 S2 rows ship unconfirmed.
 */
import { expect, type Page, test } from '@playwright/test';
import { confirmL441Rate, currentSemester } from './confirmRate';
import { fillDate } from './dates';
import { overdueInvoiceCounts } from './ledger';

/** The first demo debtor (by id) with overdue, undisputed open invoices. */
async function overdueDebtor(page: Page): Promise<string> {
  const [first] = [...(await overdueInvoiceCounts(page)).keys()].sort();
  if (!first) throw new Error('aucun débiteur en retard');
  return first;
}

test('a provisional rate is flagged on letters, blocks the dossier, and is confirmed in Paramètres › Taux', async ({
  page,
}) => {
  test.skip(currentSemester() !== '2026-S2', 'the shipped provisional row is 2026 S2');
  test.setTimeout(360_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 150_000,
  });
  const debtorId = await overdueDebtor(page);

  // The letter may go with the provisional value: the screen says so and links to the settings.
  await page.goto(`/#/courriers?debiteur=${debtorId}&modele=mise-en-demeure`);
  const warning = page.getByTestId('unconfirmed-rates');
  await expect(warning).toContainText('le taux L441-10 (BCE + 10 points) du 2ᵉ semestre 2026', {
    timeout: 30_000,
  });
  await warning.getByRole('link', { name: 'Confirmer dans Paramètres › Taux' }).click();
  await expect(page).toHaveURL(/#\/parametres\?onglet=taux$/);
  await expect(page.getByRole('tab', { name: 'Taux' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: 'Taux par semestre' });
  const row = table.getByRole('row').filter({ hasText: '2ᵉ semestre 2026' });
  await expect(row).toContainText('Non confirmé');

  // A court dossier may not: the export is refused with the reason.
  await page.goto(`/#/debiteurs/${debtorId}`);
  await page.getByRole('button', { name: 'Ouvrir un dossier contentieux' }).click();
  await page
    .getByRole('dialog', { name: 'Ouvrir un dossier contentieux' })
    .getByRole('button', { name: 'Ouvrir le dossier' })
    .click();
  await expect(page).toHaveURL(/#\/dossiers\//);
  const casePage = page.url();
  const refusal =
    'Le taux L441-10 (BCE + 10 points) du 2ᵉ semestre 2026 n’est pas confirmé : saisissez la ' +
    'valeur publiée et sa référence (Paramètres › Taux) avant de produire le dossier.';
  await expect(page.getByText(refusal)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Exporter le dossier PDF' })).toBeDisabled();

  // Confirming asks for the published text; the table then shows it.
  await page.goto('/#/parametres?onglet=taux');
  await row.getByRole('button', { name: 'Confirmer le 2ᵉ semestre 2026' }).click();
  const form = page.getByRole('group', { name: 'Confirmer un taux' });
  await expect(form.getByLabel('Semestre')).toHaveValue('2026-S2');
  await form.getByRole('button', { name: 'Confirmer le taux' }).click();
  await expect(form.getByRole('alert')).toContainText('Indiquez le taux BCE');
  await confirmL441Rate(page, { semester: '2026-S2', ecbRate: '2,15', decisionDate: '2025-06-11' });
  await expect(row).not.toContainText('Non confirmé');
  await expect(row).toContainText('12,15');
  await expect(row).toContainText(
    'Référence : Décision du Conseil des gouverneurs de la BCE du 11/06/2025',
  );

  // The taux légal asks for the arrêté and its Journal officiel.
  await page.getByText('Taux légal (professionnels)', { exact: true }).click();
  const legalRow = table.getByRole('row').filter({ hasText: '2ᵉ semestre 2026' });
  await expect(legalRow).toContainText('Non confirmé');
  await legalRow.getByRole('button', { name: 'Confirmer le 2ᵉ semestre 2026' }).click();
  await form.getByLabel('Taux publié (%)').fill('2,62');
  await fillDate(form.getByLabel('Arrêté du'), '2026-06-19');
  await fillDate(form.getByLabel('Journal officiel du'), '2026-06-24');
  await form.getByLabel('Texte n° (facultatif)').fill('31');
  await form.getByRole('button', { name: 'Confirmer le taux' }).click();
  await expect(legalRow).not.toContainText('Non confirmé');
  await expect(legalRow).toContainText('Journal officiel du 24/06/2026, texte n° 31');

  // Kept across a reload, and the refusal and the warning are gone.
  await page.reload();
  await expect(row).toContainText('Référence : Décision du Conseil des gouverneurs de la BCE');
  await page.goto(casePage);
  await expect(page.getByText(/^Suggestion\s: /)).toBeVisible();
  await expect(page.getByText(refusal)).toBeHidden();
  await page.goto(`/#/courriers?debiteur=${debtorId}&modele=mise-en-demeure`);
  await expect(page.getByRole('button', { name: 'Enregistrer' }).first()).toBeVisible();
  await expect(page.getByTestId('unconfirmed-rates')).toHaveCount(0);
});
