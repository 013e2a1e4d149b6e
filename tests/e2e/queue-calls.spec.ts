/**
 * The credit controller's day on the phone: demo data → File d'actions → guided call on the
 * first debtor → promise recorded for a date → ten days later (the browser clock moves) the
 * promise is to be checked, nothing was received → broken-promise alert and the ladder's next
 * step → a dispute takes the oldest item out of the queue.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { fillDate } from './dates';
import { pageTexts } from './pdfText';

const DAY = 86_400_000;
const START = new Date('2026-11-23T09:00:00+01:00');

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function openQueue(page: Page) {
  await page.getByRole('link', { name: 'Débiteurs' }).click();
  await page.getByRole('link', { name: 'File d’actions' }).click();
  await expect(page.getByTestId('queue-group-telephone')).toBeVisible({ timeout: 20_000 });
}

test('guided call, promise broken, ladder resumes, dispute leaves the queue', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: START });
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 90_000,
  });
  await openQueue(page);

  // The first call of the day: the highest priority debtor.
  const first = page.getByTestId('queue-group-telephone').getByTestId('queue-action').first();
  const debtorId = (await first.getAttribute('data-debtor')) ?? '';
  const debtorName = (await first.getByRole('link').first().textContent()) ?? '';
  expect(debtorId).not.toBe('');
  await first.getByRole('link', { name: 'Appeler' }).click();

  await expect(page.getByRole('heading', { name: `Appel guidé — ${debtorName}` })).toBeVisible();
  await expect(page.getByText('Qui appeler')).toBeVisible();
  await page.getByText('Difficultés de trésorerie', { exact: true }).click();
  await expect(page.getByTestId('script-branch')).toContainText('échéancier');
  await page.getByText('Promesse de paiement', { exact: true }).click();
  const promised = isoDay(new Date(START.getTime() + 5 * DAY));
  await fillDate(page.getByLabel('Paiement promis le'), promised);
  await page.getByRole('button', { name: 'Enregistrer l’appel' }).click();
  await expect(page.getByText('Appel enregistré : Promesse de paiement.')).toBeVisible();

  // The promise pauses the ladder: the debtor has nothing left to do today.
  await expect(page.getByTestId('queue-group-telephone')).toBeVisible();
  await expect(page.locator(`[data-debtor="${debtorId}"]`)).toHaveCount(0);

  // Ten days later, past the date and the grace period, without a newer balance.
  await page.clock.setSystemTime(new Date(START.getTime() + 10 * DAY));
  await openQueue(page);
  const toVerify = page.getByTestId('promise-to-verify').filter({ hasText: debtorName });
  await expect(toVerify).toBeVisible();
  await toVerify.getByRole('button', { name: 'Rien reçu' }).click();

  const broken = page.getByTestId('broken-promise').filter({ hasText: debtorName });
  await expect(broken).toBeVisible();
  await expect(broken).toContainText('0,00 € reçus');
  const next = page.locator(`[data-debtor="${debtorId}"]`).first();
  await expect(next).toContainText('Relance 2');
  await expect(next).toContainText('non tenue');

  // A dispute on the oldest item takes it out of the ladder.
  const itemsLine = next.getByTestId('action-items');
  const oldest =
    ((await itemsLine.textContent()) ?? '')
      .replace(/^.*?: /, '')
      .split(',')[0]
      ?.trim() ?? '';
  expect(oldest).not.toBe('');
  await next.getByRole('button', { name: `Autres choix pour ${debtorName}` }).click();
  await page.getByRole('menuitem', { name: 'Signaler un litige…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Signaler un litige' });
  await dialog.getByRole('checkbox', { name: new RegExp(`^${oldest} `) }).check();
  await dialog.getByRole('combobox', { name: 'Motif du litige' }).click();
  await page.getByRole('option', { name: 'Qualité' }).click();
  await dialog.getByRole('button', { name: 'Ouvrir le litige' }).click();
  await expect(page.getByText('Litige ouvert : les factures concernées sortent')).toBeVisible();
  await expect(
    page.locator(`[data-debtor="${debtorId}"]`).first().getByTestId('action-items'),
  ).not.toContainText(oldest);

  // The fiche débiteur tells the story.
  await page
    .locator(`[data-debtor="${debtorId}"]`)
    .first()
    .getByRole('link', { name: debtorName })
    .click();
  await page.getByRole('tab', { name: /^Historique/ }).click();
  const timeline = page.getByTestId('debtor-timeline');
  await expect(timeline).toContainText('Litige ouvert (Qualité)');
  await expect(timeline).toContainText('non tenue');
  await expect(timeline).toContainText('Appel (');
  await expect(page.getByTestId('ladder-state')).toContainText('Relance 2');
});

test('actions marked done move the ladder on; the day’s letters go to Courriers as a batch', async ({
  page,
}) => {
  // The batch is rendered and saved too (recto verso): more than the default minute.
  test.setTimeout(180_000);
  await page.clock.install({ time: START });
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 90_000,
  });
  await openQueue(page);

  // Relance 1 done by hand on both its channels (call and e-mail) for the first debtor.
  const first = page.getByTestId('queue-group-telephone').getByTestId('queue-action').first();
  const debtorId = (await first.getAttribute('data-debtor')) ?? '';
  const debtorName = (await first.getByRole('link').first().textContent()) ?? '';
  for (const channel of ['telephone', 'email']) {
    const row = page.getByTestId(`queue-group-${channel}`).locator(`[data-debtor="${debtorId}"]`);
    await row.getByRole('button', { name: `Autres choix pour ${debtorName}` }).click();
    await page.getByRole('menuitem', { name: 'Marquer comme faite' }).click();
    await expect(row).toHaveCount(0);
  }

  // A week later, relance 2 is due: a letter and a call.
  await page.clock.setSystemTime(new Date(START.getTime() + 8 * DAY));
  await openQueue(page);
  const letters = page.getByTestId('queue-group-courrier-simple');
  await expect(letters.locator(`[data-debtor="${debtorId}"]`)).toContainText(
    'relance 1 envoyée le 23/11',
  );
  const batch = letters.getByRole('link', { name: /^Préparer tous les courriers du jour/ });
  const count = Number(/\((\d+)\)$/.exec((await batch.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  await batch.click();
  await expect(page).toHaveURL(/courriers\?onglet=lot&lot=/);
  const generate = page.getByRole('button', {
    name: `Générer ${count} courrier${count > 1 ? 's' : ''}`,
  });
  await expect(generate).toBeVisible({ timeout: 30_000 });

  // Printed on both sides: each letter starts on a recto, a blank page after an odd one.
  await page.getByLabel('Recto verso : chaque courrier commence sur un recto').check();
  await generate.click();
  await expect(page.getByText(/courriers? prêts? — \d+ pages/)).toBeVisible({ timeout: 120_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Enregistrer le PDF' }).click(),
  ]);
  const pages = await pageTexts(new Uint8Array(await readFile(await download.path())));
  const starts = pages.flatMap((text, i) => (text.includes('Objet :') ? [i] : []));
  expect(starts.length).toBeGreaterThan(0);
  for (const start of starts) expect(start % 2).toBe(0);
  expect(pages.length % 2).toBe(0);
  expect(pages.filter((text) => text === '').length).toBeGreaterThan(0);
});
