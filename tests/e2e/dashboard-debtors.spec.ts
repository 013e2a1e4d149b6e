/**
 * The credit controller's day-one journey: demo data → dashboard figures (checked against values
 * computed here from the raw IndexedDB rows, not through the app) → drill from a bar of the aged
 * balance to the debtor list → open a debtor with the keyboard → export the list to .xlsx and
 * read it back → save a relevé de compte PDF and read its text.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import * as XLSX from 'xlsx';
import { storedRows } from './ledger';

interface RawItem {
  debtorId: string;
  dueDate: string;
  openCents: number;
  status: string;
}
interface RawDebtor {
  id: string;
  name: string;
  accountNo: string;
}
interface RawImport {
  asOfDate: string;
  importedAt: string;
}

const dayNumber = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
};

/** The six buckets of the default boundaries (30/60/90/180), by days past due. */
function bucketOf(daysLate: number): string {
  if (daysLate <= 0) return 'notDue';
  if (daysLate <= 30) return 'd1_30';
  if (daysLate <= 60) return 'd31_60';
  if (daysLate <= 90) return 'd61_90';
  if (daysLate <= 180) return 'd91_180';
  return 'over180';
}

/** « 1 234 567,89 € » (any spaces, any minus sign) → 123456789. */
function centsOf(text: string | null): number {
  const compact = (text ?? '').replace(/[^\d,−-]/g, '');
  const negative = /^[−-]/.test(compact);
  const [units = '0', decimals = '00'] = compact.replace(/[−-]/g, '').split(',');
  const cents = Number(units) * 100 + Number(decimals.padEnd(2, '0'));
  return negative ? -cents : cents;
}

/** What the dashboard must show, computed from the raw rows. */
function expectedFigures(items: RawItem[], asOfDate: string) {
  const asOf = dayNumber(asOfDate);
  const buckets: Record<string, number> = {};
  const bucketByDebtor = new Map<string, Record<string, number>>();
  const totalByDebtor = new Map<string, number>();
  let total = 0;
  let disputed = 0;
  let openItems = 0;
  for (const item of items) {
    if (item.status !== 'open' && item.status !== 'disputed') continue;
    openItems += 1;
    const bucket = bucketOf(asOf - dayNumber(item.dueDate));
    buckets[bucket] = (buckets[bucket] ?? 0) + item.openCents;
    const perDebtor = bucketByDebtor.get(item.debtorId) ?? {};
    perDebtor[bucket] = (perDebtor[bucket] ?? 0) + item.openCents;
    bucketByDebtor.set(item.debtorId, perDebtor);
    totalByDebtor.set(item.debtorId, (totalByDebtor.get(item.debtorId) ?? 0) + item.openCents);
    total += item.openCents;
    if (item.status === 'disputed') disputed += item.openCents;
  }
  const overdue = total - (buckets.notDue ?? 0);
  const beyond90 = (buckets.d91_180 ?? 0) + (buckets.over180 ?? 0);
  return { buckets, bucketByDebtor, totalByDebtor, total, overdue, beyond90, disputed, openItems };
}

test('dashboard figures, drill-down, debtor file, xlsx export and relevé de compte', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  // The demo's year of history loads in one transaction: give a shared machine time.
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 120_000,
  });

  const [items, debtors, imports] = await Promise.all([
    storedRows<RawItem>(page, 'invoices'),
    storedRows<RawDebtor>(page, 'debtors'),
    storedRows<RawImport>(page, 'imports'),
  ]);
  const latest = [...imports].sort((a, b) => a.importedAt.localeCompare(b.importedAt)).at(-1);
  expect(latest).toBeDefined();
  const expected = expectedFigures(items, latest?.asOfDate ?? '');
  expect(imports.length).toBe(12);

  // KPI cards, to the cent.
  await expect(page.getByTestId('stat-Encours total')).toBeVisible();
  expect(centsOf(await page.getByTestId('stat-Encours total').textContent())).toBe(expected.total);
  expect(centsOf(await page.getByTestId('stat-Échu').textContent())).toBe(expected.overdue);
  expect(centsOf(await page.getByTestId('stat-En litige').textContent())).toBe(expected.disputed);
  const share90 = (await page.getByTestId('stat-Échu > 90 j').textContent()) ?? '';
  expect(Number(share90.replace(/[^\d,]/g, '').replace(',', '.'))).toBeCloseTo(
    Math.round((expected.beyond90 / expected.total) * 1000) / 10,
    5,
  );
  expect(
    Number((await page.getByTestId('stat-Pièces ouvertes').textContent())?.replace(/\D/g, '')),
  ).toBe(expected.openItems);
  for (const [bucket, cents] of Object.entries(expected.buckets)) {
    expect(centsOf(await page.getByTestId(`bucket-${bucket}`).textContent()), bucket).toBe(cents);
  }
  await expect(page.getByTestId('trend-chart')).toBeVisible();

  // Drill from the 31-60 days bar to the debtors with money in that bucket.
  const inBucket = [...expected.bucketByDebtor].filter(([, b]) => (b.d31_60 ?? 0) !== 0);
  await page.locator('[data-testid="bucket-chart"] path[name="d31_60"]').click();
  await expect(page).toHaveURL(/#\/debiteurs\?bucket=d31_60/);
  await expect(page.getByTestId('debtor-list-count')).toHaveText(
    new RegExp(`^${inBucket.length} affichés?$`),
  );

  // Search within the bucket: the list follows the keystrokes, the URL the pause; the filter
  // stays when the box is emptied again.
  const searched = debtors.find((d) => d.id === inBucket[0]?.[0]);
  if (!searched) throw new Error('aucun débiteur dans la tranche 31-60 j');
  const search = page.getByRole('textbox', { name: 'Recherche' });
  await search.fill(searched.accountNo);
  const matching = inBucket.filter(([id]) =>
    debtors.some((d) => d.id === id && d.accountNo.includes(searched.accountNo)),
  );
  await expect(page.getByTestId('debtor-list-count')).toHaveText(
    new RegExp(`^${matching.length} affichés?$`),
  );
  await expect(page).toHaveURL(new RegExp(`bucket=d31_60.*q=${searched.accountNo}`));
  await search.fill('');
  await expect(page).not.toHaveURL(/q=/);
  await expect(search).toHaveValue('');
  await expect(page.getByTestId('debtor-list-count')).toHaveText(
    new RegExp(`^${inBucket.length} affichés?$`),
  );

  // Export the filtered list and read it back.
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (.xlsx)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^debiteurs_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = XLSX.read(await readFile(await download.path()), { cellDates: true });
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('Feuille « Débiteurs » absente');
  const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
  expect(rows).toHaveLength(inBucket.length);
  const sumColumn = (column: string) =>
    Math.round(rows.reduce((sum, row) => sum + Number(row[column] ?? 0), 0) * 100);
  expect(sumColumn('31-60 j')).toBe(expected.buckets.d31_60);
  expect(sumColumn('Solde')).toBe(
    inBucket.reduce((sum, [id]) => sum + (expected.totalByDebtor.get(id) ?? 0), 0),
  );
  expect(sheet['!autofilter']?.ref).toMatch(/^A1:/);

  // Keyboard: first row highlighted on focus, ↓ to the second, Entrée opens it.
  const second = rows[1];
  await page.getByLabel(/Liste des débiteurs/).focus();
  // Fin jumps past every row in between (drawn light while the list flies, see useFlick); at
  // rest the last row is whole again: its cells, not the flick's single one.
  await page.keyboard.press('End');
  const lastRow = page.locator(`tr[aria-rowindex="${rows.length + 1}"]`);
  await expect(lastRow).toBeFocused();
  await expect(lastRow.locator('td[aria-colindex="2"]')).toHaveText(String(rows.at(-1)?.Compte));
  await page.keyboard.press('Home');
  await expect(page.locator('tr[aria-rowindex="2"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/debiteurs\/[^?]+$/);
  const debtor = debtors.find((d) => d.accountNo === String(second?.Compte));
  if (!debtor) throw new Error(`Débiteur ${String(second?.Compte)} absent du registre`);
  const name = debtor.name;
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  const debtorTotal = expected.totalByDebtor.get(debtor.id) ?? 0;
  expect(centsOf(await page.getByTestId('stat-Solde').textContent())).toBe(debtorTotal);

  // Relevé de compte saved as PDF: its text names the debtor and states the balance.
  const pdfPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Enregistrer le relevé (PDF)' }).click();
  const pdfDownload = await pdfPromise;
  expect(pdfDownload.suggestedFilename()).toBe(
    `releve_${debtor.accountNo}_${latest?.asOfDate}.pdf`,
  );
  const text = await pdfText(new Uint8Array(await readFile(await pdfDownload.path())));
  expect(text).toContain(name);
  const balance = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
    .format(debtorTotal / 100)
    .replace(/[\s\u00a0\u202f]+/g, ' ');
  expect(text).toContain(`Solde du compte ${balance}`);

  expect(errors).toEqual([]);
});

/** Text of a PDF with pdf.js (legacy build, for Node), spaces normalised. */
async function pdfText(data: Uint8Array): Promise<string> {
  // pdf.js calls Promise.withResolvers, which Node has only from version 22.
  if (!('withResolvers' in Promise)) {
    Object.assign(Promise, {
      withResolvers<T>() {
        let resolve!: (value: T) => void;
        let reject!: (reason?: unknown) => void;
        const promise = new Promise<T>((res, rej) => {
          resolve = res;
          reject = rej;
        });
        return { promise, resolve, reject };
      },
    });
  }
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data, verbosity: 0 });
  const document = await task.promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await task.destroy();
  return parts.join(' ').replace(/[\s\u00a0\u202f]+/g, ' ');
}
