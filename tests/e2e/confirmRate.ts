/** Paramètres › Taux, as a user confirms a semester's rate from the published text. */
import { expect, type Page } from '@playwright/test';
import { fillDate } from './dates';

/** The semester of today, as the app writes it (« 2026-S2 »). */
export function currentSemester(): string {
  const now = new Date();
  return `${now.getFullYear()}-S${now.getMonth() < 6 ? 1 : 2}`;
}

/**
 * Confirms the L441-10 rate of a semester with an ECB rate and the date of the decision (on or
 * before the semester's first day), then waits for the confirmation.
 */
export async function confirmL441Rate(
  page: Page,
  { semester, ecbRate, decisionDate }: { semester: string; ecbRate: string; decisionDate: string },
): Promise<void> {
  await page.goto('/#/parametres?onglet=taux');
  await page.getByText('BCE + 10 points', { exact: true }).click();
  const form = page.getByRole('group', { name: 'Confirmer un taux' });
  await form.getByLabel('Semestre').fill(semester);
  await form.getByLabel('Taux BCE (refinancement, %)').fill(ecbRate);
  await fillDate(form.getByLabel('Décision du Conseil des gouverneurs du'), decisionDate);
  await form.getByRole('button', { name: 'Confirmer le taux' }).click();
  await expect(page.getByText(/^Taux du .+ confirmé\.$/)).toBeVisible();
}
