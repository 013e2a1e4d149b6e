import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { storedRows } from './ledger';

const DIR = 'tests/fixtures/import/currencies';
const FILE = 'balance_devises_sans_contre_valeur_2026-10-31.xlsx';
const facts = (
  JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Record<
    string,
    {
      openByCurrency: Record<string, number>;
      eurByCurrency: Record<string, number>;
      eurTotalCents: number;
    }
  >
)[FILE];

const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');
const money = (cents: number, currency = 'EUR') =>
  plain(
    new Intl.NumberFormat('fr-FR', {
      style: 'currency',
      currency,
      currencyDisplay: currency === 'GBP' ? 'narrowSymbol' : 'symbol',
    }).format(cents / 100),
  );

interface StoredInvoice {
  number: string;
  currency: string;
  openCents: number;
  eurRate?: number;
}
interface StoredImport {
  eurRates?: Record<string, string>;
  currencies?: { currency: string; eurCents: number }[];
}

test('a file mixing EUR, GBP and USD: per-currency totals, rates entered, EUR equivalents on the dashboard', async ({
  page,
}) => {
  if (!facts) throw new Error(`${FILE} absent de expected.json`);
  await page.goto('/#/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (await chooser).setFiles(`${DIR}/${FILE}`);

  const totals = page.getByTestId('currency-totals');
  await expect(totals).toBeVisible({ timeout: 30_000 });
  // Each currency in its own money, reconciled with its own total row.
  for (const currency of ['EUR', 'GBP', 'USD']) {
    expect(plain(await totals.getByTestId(`currency-${currency}-open`).textContent())).toBe(
      money(facts.openByCurrency[currency] ?? 0, currency),
    );
    await expect(totals.getByTestId(`currency-${currency}-gap`)).toHaveText('aucun');
  }
  // Without rates the import is refused, in French, and nothing is added as euros.
  await expect(page.getByTestId('rates-blocker')).toContainText(
    'n’ont ni colonne de contre-valeur en euros ni taux de conversion',
  );
  const button = page.getByRole('button', { name: /^Importer 8 pièces$/ });
  await expect(button).toBeDisabled();
  await expect(totals.getByTestId('currency-GBP-eur')).toHaveText('—');

  await page.getByRole('textbox', { name: 'Taux : 1 GBP = … EUR' }).fill('1,1650');
  await expect(button).toBeDisabled();
  await page.getByRole('textbox', { name: 'Taux : 1 USD = … EUR' }).fill('0,8600');
  await expect(page.getByTestId('rates-blocker')).toHaveCount(0);
  await expect
    .poll(async () => plain(await totals.getByTestId('currency-GBP-eur').textContent()))
    .toContain(money(facts.eurByCurrency.GBP ?? 0));
  expect(plain(await page.getByTestId('stat-Total importé').textContent())).toBe(
    money(facts.eurTotalCents),
  );
  // A new as-of date recomputes the preview with the rates typed: they stay applied.
  await page.getByRole('textbox', { name: 'Balance arrêtée au' }).fill('30/11/2026');
  await expect(page.getByTestId('as-of-origin')).toContainText('Date saisie', { timeout: 30_000 });
  await expect(page.getByTestId('as-of-recomputing')).toHaveCount(0);
  await expect(page.getByTestId('rates-blocker')).toHaveCount(0);
  expect(plain(await totals.getByTestId('currency-GBP-eur').textContent())).toContain(
    money(facts.eurByCurrency.GBP ?? 0),
  );
  expect(plain(await page.getByTestId('stat-Total importé').textContent())).toBe(
    money(facts.eurTotalCents),
  );
  await expect(button).toBeEnabled();
  await button.click();

  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result.getByTestId('imported-GBP')).toContainText('taux saisi : 1 GBP = 1,1650 EUR');

  const invoices = await storedRows<StoredInvoice>(page, 'invoices');
  const byNumber = Object.fromEntries(invoices.map((i) => [i.number, i]));
  expect(byNumber['INV-26-0311']).toMatchObject({
    currency: 'GBP',
    openCents: 1_200_000,
    eurRate: 1.165,
  });
  expect(byNumber['US-26-0077']).toMatchObject({
    currency: 'USD',
    openCents: 980_000,
    eurRate: 0.86,
  });
  const [record] = await storedRows<StoredImport>(page, 'imports');
  expect(record?.eurRates).toEqual({ GBP: '1.1650', USD: '0.8600' });

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Tableau de bord' })
    .click();
  // The dashboard reads the whole ledger: on a loaded machine its first render takes a while.
  await expect(page.getByTestId('currency-note')).toContainText(
    `dont ${money(facts.eurTotalCents - (facts.eurByCurrency.EUR ?? 0))} de contre-valeur de créances en GBP, USD`,
    { timeout: 30_000 },
  );
  expect(plain(await page.getByTestId('stat-Encours total').textContent())).toContain(
    money(facts.eurTotalCents),
  );
});
