/**
 * Dates are read and typed as JJ/MM/AAAA even in a Chromium whose own language is English (the
 * native date input would show MM/DD/YYYY there): the app's date fields are Mantine's, under the
 * French locale, and keep YYYY-MM-DD inside (the audit filter below filters on it).
 */
import { expect, test } from '@playwright/test';
import { fillDate } from './dates';

test.use({ locale: 'en-US' });

test('a date field in an English browser shows and takes JJ/MM/AAAA, its calendar in French', async ({
  page,
}) => {
  await page.goto('/#/parametres?onglet=donnees');
  const from = page.getByRole('textbox', { name: 'Du', exact: true });
  await expect(from).toHaveAttribute('placeholder', 'JJ/MM/AAAA');
  await from.click();
  // The calendar speaks French and starts the week on Monday.
  const calendar = page.locator('[data-dates-dropdown]');
  await expect(
    calendar.getByText(
      /^(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/,
    ),
  ).toBeVisible();
  await expect(calendar.locator('thead th').first()).toHaveText('lu');
  await fillDate(from, '2026-11-23');
  // A date typed the American way is not a French date: the field keeps the valid one.
  await from.fill('11/23/2026');
  await from.blur();
  await expect(from).toHaveValue('23/11/2026');
});
