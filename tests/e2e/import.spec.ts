import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { type RawInvoice, storedRows } from './ledger';

const FIXTURES = 'tests/fixtures/import';
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8')) as {
  presets: Record<string, { items: number; debtors: number; totalCents: number }>;
};

/** The same fr-FR rendering as the app, with plain spaces so texts compare reliably. */
const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    .format(cents / 100)
    .replace(/[\u202f\u00a0]/g, ' ');
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

async function chooseFile(page: Page, fileName: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (await chooser).setFiles(`${FIXTURES}/${fileName}`);
}

async function importFile(page: Page, fileName: string) {
  await chooseFile(page, fileName);
  const info = expected.presets[fileName];
  if (!info) throw new Error(`${fileName} absent de expected.json`);
  await expect(page.getByTestId('stat-Total importé')).toBeVisible({ timeout: 30_000 });
  expect(plain(await page.getByTestId('stat-Total importé').textContent())).toBe(
    euros(info.totalCents),
  );
  await expect(page.getByTestId('stat-Pièces')).toHaveText(String(info.items));
  await page.getByRole('button', { name: /^Importer (les )?\d+/ }).click();
  await expect(page.getByTestId('import-result')).toBeVisible();
}

const PRESET_FILES = [
  'sage100_balance_agee_2026-10-31.xlsx',
  'cegid_echeancier_2026-10-31.xls',
  'FBL5N_export.xlsx',
  'odoo_balance_agee_2026-10-31.xlsx',
];

for (const fileName of PRESET_FILES) {
  test(`imports the ${fileName} preset with totals reconciled to the cent`, async ({ page }) => {
    await page.goto('/#/import');
    await importFile(page, fileName);
    const info = expected.presets[fileName];
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Tableau de bord' })
      .click();
    await expect(page.getByTestId('stat-Débiteurs')).toHaveText(String(info?.debtors));
  });
}

test('next month: diff of new, changed and closed items, then undo restores the ledger', async ({
  page,
}) => {
  await page.goto('/#/import');
  await importFile(page, 'sage100_balance_agee_2026-10-31.xlsx');
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await importFile(page, 'sage100_balance_agee_2026-11-30.xlsx');
  const result = page.getByTestId('import-result');
  await expect(result.getByTestId('stat-Nouvelles pièces')).toHaveText('4');
  await expect(result.getByTestId('stat-Montants modifiés')).toHaveText('1');
  await expect(result.getByTestId('stat-Pièces soldées')).toHaveText('4');
  await result.getByRole('tab', { name: 'Pièces soldées' }).click();
  for (const number of ['FA2026-0001', 'FA2026-0006', 'FA2026-0010', 'RG2026-001']) {
    await expect(result.getByRole('cell', { name: number, exact: true })).toBeVisible();
  }
  await result.getByRole('button', { name: 'Annuler cet import' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler l’import' }).click();
  await expect(page.getByText('Import annulé')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Tableau de bord' })
    .click();
  const october = expected.presets['sage100_balance_agee_2026-10-31.xlsx'];
  await expect(page.getByTestId('stat-Pièces ouvertes')).toHaveText(String(october?.items));
});

test('the same file chosen again is recognised by its SHA-256 before anything is written', async ({
  page,
}) => {
  await page.goto('/#/import');
  await importFile(page, 'sage100_balance_agee_2026-10-31.xlsx');
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await chooseFile(page, 'sage100_balance_agee_2026-10-31.xlsx');
  await page.getByRole('button', { name: /^Importer (les )?\d+/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Fichier déjà importé' });
  await expect(dialog).toContainText(
    /Ce fichier a déjà été importé le \d\d\/\d\d\/\d{4} \(balance au 31\/10\/2026\)/,
  );
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-result')).toHaveCount(0);
  await expect(page.getByTestId('stat-Pièces')).toBeVisible();
});

test('a bad file is refused with a French message and nothing is written', async ({ page }) => {
  await page.goto('/#/import');
  await chooseFile(page, 'bad/pdf-renamed.xlsx');
  await expect(page.getByText(/Import de «\spdf-renamed.xlsx\s» impossible/)).toBeVisible();
  await expect(page.getByText(/PDF/)).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Tableau de bord' })
    .click();
  await expect(page.getByText('Aucune balance importée')).toBeVisible();
});

test('a header no label table knows: the user points at its line and maps the columns, then next month the file is read alone', async ({
  page,
}) => {
  await page.goto('/#/import');
  await chooseFile(page, 'header/sans_entete_reconnu_2026-10-31.xlsx');
  const noHeader = page
    .getByRole('alert')
    .filter({ hasText: /aucune ligne d['’]en-tête reconnue/ });
  await expect(noHeader).toBeVisible({ timeout: 30_000 });
  await page.getByRole('textbox', { name: 'Première ligne' }).fill('3');
  await page.getByRole('button', { name: 'Lire l’en-tête sur ces lignes' }).click();
  await expect(noHeader).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: 'Première ligne' })).toHaveValue('3');
  for (const [field, column] of [
    ['Code client', 'A · Tiers'],
    ['N° pièce', 'C · Pce'],
    ['Échéance', 'E · Exigible'],
    ['Reste dû', 'H · Net'],
  ] as const) {
    const select = page.getByRole('combobox', { name: field, exact: true });
    await select.selectOption({ label: column });
    await expect(select.locator('option:checked')).toHaveText(column, { timeout: 30_000 });
  }
  await page.getByRole('button', { name: 'Importer 3 pièces' }).click();
  await expect(page.getByTestId('import-result')).toBeVisible();

  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await chooseFile(page, 'header/sans_entete_reconnu_2026-11-30.xlsx');
  await expect(page.getByRole('textbox', { name: 'Première ligne' })).toHaveValue('3', {
    timeout: 30_000,
  });
  await expect(
    page.getByRole('combobox', { name: 'Code client', exact: true }).locator('option:checked'),
  ).toHaveText('A · Tiers');
  await expect(page.getByRole('button', { name: 'Importer 3 pièces' })).toBeEnabled();
});

test('the review states the claim of the balance on its date before anything is written', async ({
  page,
}) => {
  await page.goto('/#/import');
  await chooseFile(page, 'sage100_balance_agee_2026-10-31.xlsx');
  const claim = page.getByTestId('balance-claim');
  await expect(claim).toContainText('Créance au 31/10/2026', { timeout: 30_000 });
  const cents = async (key: string) => {
    const text = plain(await claim.getByTestId(`claim-${key}`).textContent());
    return Math.round(
      Number(text.replace(/[ €]/g, '').replace('\u2212', '-').replace(',', '.')) * 100,
    );
  };
  const principal = await cents('principalCents');
  const interest = await cents('interestCents');
  const indemnities = await cents('indemnitiesCents');
  const credits = await cents('creditsCents');
  const total = await cents('totalDueCents');
  await page.getByRole('button', { name: /^Importer (les )?\d+/ }).click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  // The principal the review stated is what the import wrote as due before the balance's date.
  const written = await storedRows<RawInvoice>(page, 'invoices');
  const overdue = written.filter((i) => i.openCents > 0 && i.dueDate < '2026-10-31');
  expect(principal).toBe(overdue.reduce((sum, i) => sum + i.openCents, 0));
  expect(credits).toBeLessThan(0);
  expect(interest).toBeGreaterThan(0);
  expect(indemnities % 4_000).toBe(0);
  expect(total).toBe(principal + interest + indemnities + credits);
});

test('a gap with the file total is imported only with a written reason, kept in the history and the audit log', async ({
  page,
}) => {
  await page.goto('/#/import');
  await chooseFile(page, 'layouts/balance_colonne_douteux_2026-10-31.xlsx');
  const gap = page.getByTestId('gap-confirmation');
  await expect(gap).toBeVisible({ timeout: 30_000 });
  // The likely cause is named: the column no mapping knows, not the total column of each row.
  await expect(gap).toContainText('c’est le total de la colonne G « Douteux »');
  const button = page.getByRole('button', { name: /^Importer malgré un écart de 3\s096,00\s€$/ });
  await expect(button).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Importer (les )?\d+/ })).toHaveCount(0);

  // The severity badges of the anomalies table show their whole word.
  const badges = page.getByRole('table', { name: 'Anomalies' }).getByTestId('issue-severity');
  await expect(badges.first()).toBeVisible();
  for (const badge of await badges.all()) {
    const clipped = await badge.evaluate((root) =>
      [root, ...root.querySelectorAll('*')].some((el) => el.scrollWidth > el.clientWidth + 1),
    );
    expect(clipped).toBe(false);
  }
  await expect(badges.filter({ hasText: /^Avertissement$/ }).first()).toBeVisible();

  const reason = page.getByRole('textbox', { name: /Motif de l’import malgré l’écart/ });
  await reason.fill('   ');
  await expect(button).toBeDisabled();
  await reason.fill('Douteux provisionnés à part, validé avec la comptabilité');
  await expect(button).toBeEnabled();
  await button.click();

  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result.getByTestId('import-gap')).toContainText(
    '« Douteux provisionnés à part, validé avec la comptabilité »',
  );
  await page.getByRole('button', { name: 'Importer un autre fichier' }).click();
  await expect(page.getByTestId('import-gap-reason')).toContainText(
    'Douteux provisionnés à part, validé avec la comptabilité',
  );

  await page.goto('/#/parametres');
  await page.getByRole('tab', { name: 'Données' }).click();
  await expect(
    page.getByText(
      /importé malgré un écart de −3\s096,00\s€ avec le total du fichier, motif\s: «\sDouteux provisionnés à part, validé avec la comptabilité\s»/,
    ),
  ).toBeVisible();
});

test('a file without a date in its name: the proposed as-of date says where it was read, the preset is named, and a new date recomputes the preview by itself', async ({
  page,
}) => {
  await page.goto('/#/import');
  await chooseFile(page, 'erp/ARAgingDetail.csv');
  const origin = page.getByTestId('as-of-origin');
  await expect(origin).toBeVisible({ timeout: 30_000 });
  expect(plain(await origin.textContent())).toBe(
    'Date proposée d’après le titre, ligne 3 « As of 10/31/2026 ». Modifiez-la si la balance est arrêtée à une autre date.',
  );
  expect(plain(await page.getByTestId('mapping-origin').textContent())).toBe(
    'Modèle reconnu : Oracle NetSuite — A/R Aging Detail',
  );
  const dateField = page.getByRole('textbox', { name: 'Balance arrêtée au' });
  await expect(dateField).toHaveValue('31/10/2026');
  const notDue = page.getByTestId('bucket-notDue');
  const notDueInOctober = plain(await notDue.textContent());
  const total = plain(await page.getByTestId('stat-Total importé').textContent());

  // A month later: items due in November are now overdue. No click: the preview follows.
  await dateField.fill('30/11/2026');
  await expect(origin).toContainText('Date saisie', { timeout: 30_000 });
  expect(plain(await origin.textContent())).toBe(
    'Date saisie ; le fichier proposait le 31/10/2026 d’après le titre, ligne 3 « As of 10/31/2026 ».',
  );
  await expect(notDue).not.toHaveText(notDueInOctober);
  expect(plain(await page.getByTestId('stat-Total importé').textContent())).toBe(total);
  await expect(page.getByRole('button', { name: /^Recalculer/ })).toHaveCount(0);
  const importButton = page.getByRole('button', { name: /^Importer \d+ pièces$/ });
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByTestId('import-result')).toContainText('30/11/2026');
});

test('a balance of 400 new items lists the first 300 of them, drawn a slice at a time, and counts the rest', async ({
  page,
}) => {
  const rows: unknown[][] = [
    ['Code client', 'Raison sociale', 'N° pièce', 'Date pièce', 'Échéance', 'Montant', 'Reste dû'],
  ];
  for (let i = 0; i < 400; i++) {
    const account = `411${String(i % 40).padStart(4, '0')}`;
    rows.push([
      account,
      `Client ${i % 40}`,
      `FA-${String(i).padStart(5, '0')}`,
      new Date(Date.UTC(2026, 8, 1 + (i % 28))),
      new Date(Date.UTC(2026, 9, 1 + (i % 28))),
      100 + i,
      100 + i,
    ]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Balance');
  const chooser = page.waitForEvent('filechooser');
  await page.goto('/#/import');
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (await chooser).setFiles({
    name: 'balance_agee_2026-10-31.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  });
  await expect(page.getByTestId('stat-Pièces')).toHaveText('400', { timeout: 30_000 });
  await page.getByRole('button', { name: /^Importer (les )?\d+/ }).click();
  const result = page.getByTestId('import-result');
  await expect(result.getByTestId('stat-Nouvelles pièces')).toHaveText('400');
  const newItems = page.getByRole('tabpanel', { name: 'Nouvelles pièces' });
  await expect(newItems.locator('tbody tr')).toHaveCount(300);
  await expect(newItems).toContainText('… et 100 autres.');
  await expect(newItems.locator('tbody tr').last()).toContainText('FA-00299');
  await result.getByRole('tab', { name: 'Nouveaux débiteurs' }).click();
  const newDebtors = page.getByRole('tabpanel', { name: 'Nouveaux débiteurs' });
  await expect(newDebtors.locator('tbody tr')).toHaveCount(40);
  await expect(newDebtors.locator('tbody tr').first()).toContainText('Client 0');
});
