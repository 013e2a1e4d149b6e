/** Paramètres → Créancier, filled in as a user would: shared by the specs that send documents. */
import { expect, type Page } from '@playwright/test';

/** A complete identity: everything a mise en demeure and a court dossier need. */
export const E2E_CREDITOR = {
  name: 'Fournitures Dupont SAS',
  siren: '732829320',
  address: '12 rue de la République',
  postalCode: '69002',
  city: 'Lyon',
  iban: 'FR7630006000011234567890189',
  bic: 'AGRIFRPPXXX',
  signatoryName: 'Claire Martin',
  signatoryTitle: 'Responsable crédit clients',
};

export type E2ECreditor = typeof E2E_CREDITOR;

/**
 * Opens Paramètres → Créancier (unless the page is already there), fills in every field of
 * `creditor` and saves. Ends on the settings page.
 */
export async function fillCreditor(page: Page, changes: Partial<E2ECreditor> = {}) {
  const creditor = { ...E2E_CREDITOR, ...changes };
  if (!/#\/parametres\?onglet=creditor$/.test(page.url())) {
    await page.goto('/#/parametres?onglet=creditor');
  }
  const form = page.getByRole('form', { name: 'Identité du créancier' });
  await form.getByTestId('creditor-name').fill(creditor.name);
  await form.getByTestId('creditor-siren').fill(creditor.siren);
  await form.getByTestId('creditor-address').fill(creditor.address);
  await form.getByTestId('creditor-postal-code').fill(creditor.postalCode);
  await form.getByTestId('creditor-city').fill(creditor.city);
  await form.getByTestId('creditor-iban').fill(creditor.iban);
  await form.getByTestId('creditor-bic').fill(creditor.bic);
  await form.getByTestId('creditor-signatory-name').fill(creditor.signatoryName);
  await form.getByTestId('creditor-signatory-title').fill(creditor.signatoryTitle);
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Identité du créancier enregistrée')).toBeVisible();
}
