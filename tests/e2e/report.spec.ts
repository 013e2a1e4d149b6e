/**
 * The finance director's monthly report: demo data → Rapport mensuel (the last complete month)
 * → key figures checked against values computed here from the raw IndexedDB rows → the charts
 * drawn → the PDF and the Excel file downloaded and read back for the same figures.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { storedRows } from './ledger';
import { pdfText } from './pdfText';

interface RawPayment {
  date: string;
  cents: number;
}
interface RawImport {
  id: string;
  asOfDate: string;
  importedAt: string;
}
interface RawSnapshot {
  importId: string;
  totalCents: number;
}

/** « 1 234 567,89 € » (any spaces, any minus sign) → 123456789. */
function centsOf(text: string | null): number {
  const compact = (text ?? '').replace(/[^\d,−+-]/g, '');
  const negative = /^[−-]/.test(compact);
  const [units = '0', decimals = '00'] = compact.replace(/[−+-]/g, '').split(',');
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  return negative ? -cents : cents;
}

const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/[\s\u00a0\u202f]+/g, ' ');

/** The month before today's in Paris, as `2026-11` and « novembre 2026 ». */
function lastCompleteMonth(): { key: string; label: string; from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const [y = 0, m = 1] = today.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 2, 1));
  const key = first.toISOString().slice(0, 7);
  const last = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
  const label = new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(first);
  return { key, label, from: `${key}-01`, to: last };
}

test('the monthly report shows its figures and charts, and exports them as PDF and Excel', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 120_000,
  });

  const month = lastCompleteMonth();
  const [payments, imports, snapshots] = await Promise.all([
    storedRows<RawPayment>(page, 'payments'),
    storedRows<RawImport>(page, 'imports'),
    storedRows<RawSnapshot>(page, 'snapshots'),
  ]);
  const collected = payments
    .filter((p) => p.date >= month.from && p.date <= month.to)
    .reduce((sum, p) => sum + p.cents, 0);
  expect(collected).toBeGreaterThan(0);
  const latestIn = (test: (i: RawImport) => boolean) =>
    imports
      .filter(test)
      .sort((a, b) => a.asOfDate.localeCompare(b.asOfDate))
      .at(-1);
  const opening = latestIn((i) => i.asOfDate < month.from);
  const closing = latestIn((i) => i.asOfDate >= month.from && i.asOfDate <= month.to);
  const totalOf = (id?: string) =>
    snapshots.filter((s) => s.importId === id).reduce((sum, s) => sum + s.totalCents, 0);
  const change = totalOf(closing?.id) - totalOf(opening?.id);

  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Rapport mensuel' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: `Rapport mensuel — ${month.label}` }),
  ).toBeVisible({ timeout: 30_000 });

  // Key figures, to the cent, against the raw rows.
  expect(centsOf(await page.getByTestId('stat-report-collected').textContent())).toBe(collected);
  expect(centsOf(await page.getByTestId('stat-report-change').textContent())).toBe(change);
  await expect(page.getByTestId('stat-report-dso')).toHaveText(/^\d[\d\s]*\sj$/);
  await expect(page.getByTestId('stat-report-cei')).toHaveText(/^-?\d+(,\d)?\s%$/);
  const movementTotal = page.getByTestId('report-movement').locator('tfoot td');
  expect(centsOf(await movementTotal.nth(1).textContent())).toBe(totalOf(opening?.id));
  expect(centsOf(await movementTotal.nth(2).textContent())).toBe(totalOf(closing?.id));

  // The charts are drawn: one line per trend, one bar per bucket and per controller.
  for (const id of ['report-dso-chart', 'report-cei-chart']) {
    await expect(page.getByTestId(id).locator('path.recharts-line-curve')).toHaveCount(1);
  }
  await expect(
    page.getByTestId('report-movement-chart').locator('.recharts-bar-rectangle'),
  ).toHaveCount(12);
  await expect(
    page.getByTestId('report-controllers-chart').locator('.recharts-bar-rectangle').first(),
  ).toBeVisible();
  // The first month of the trend has no earlier import: the report says so in words.
  await expect(page.getByTestId('report-trend-notes')).toContainText(
    'demande aussi la balance du début du mois',
  );

  // PDF: the same figures, read back from the file.
  const pdfPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en PDF' }).click();
  const pdf = await pdfPromise;
  expect(pdf.suggestedFilename()).toBe(`rapport-mensuel-${month.key}.pdf`);
  const { text } = await pdfText(new Uint8Array(await readFile(await pdf.path())));
  expect(text).toContain(`Rapport mensuel de recouvrement — ${month.label}`);
  expect(text).toContain(`Encaissé ${euros(collected)}`);
  expect(text).toContain(`Total ${euros(totalOf(opening?.id))} ${euros(totalOf(closing?.id))}`);

  // Excel: real numbers in euros.
  const xlsxPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en Excel' }).click();
  const xlsx = await xlsxPromise;
  expect(xlsx.suggestedFilename()).toBe(`rapport-mensuel-${month.key}.xlsx`);
  const book = XLSX.read(await readFile(await xlsx.path()));
  const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Synthèse as XLSX.WorkSheet, {
    header: 1,
  });
  const figure = (label: string) => summary.find((row) => row[0] === label)?.[1];
  expect(figure('Encaissé dans le mois')).toBe(collected / 100);
  expect(figure('Variation de l’encours')).toBeCloseTo(change / 100, 2);
  expect(book.SheetNames).toEqual([
    'Synthèse',
    'Tendance 12 mois',
    'Balance âgée',
    'Gestionnaires',
  ]);

  expect(errors).toEqual([]);
});
