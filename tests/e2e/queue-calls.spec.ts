/**
 * The credit controller's day: demo data → File d'actions (one row per debtor, keyboard) →
 * guided call with a promise, « Enregistrer et suivant » → ten days later the promise is broken
 * and the ladder resumes → a dispute; quick actions by single keys with « Annuler » undoing them
 * in IndexedDB; the Envoi groupé of a step without the promised debtor; the agenda.
 */
import { readFile } from 'node:fs/promises';
import { expect as baseExpect, type Page, test } from '@playwright/test';
import { fillDate } from './dates';
import { pageTexts } from './pdfText';

// A shared 2-core machine: the demo portfolio's screens may take seconds to settle.
const expect = baseExpect.configure({ timeout: 60_000 });

const DAY = 86_400_000;
const START = new Date('2026-11-23T09:00:00+01:00');

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

async function openQueue(page: Page) {
  await nav(page).getByRole('link', { name: 'Débiteurs' }).click();
  await nav(page).getByRole('link', { name: 'File d’actions' }).click();
  await expect(page.getByTestId('queue-list')).toBeVisible({ timeout: 60_000 });
  // Every debtor again, whatever step the filters of an earlier visit were on.
  const clear = page.getByRole('button', { name: 'Effacer les filtres' });
  if (await clear.isVisible()) await clear.click();
}

/** Demo data, then the queue: nobody chosen at this workstation, « Mes débiteurs » says so. */
async function start(page: Page) {
  await page.clock.install({ time: START });
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 90_000,
  });
  await nav(page).getByRole('link', { name: 'File d’actions' }).click();
  const nobody = page.getByTestId('queue-no-user');
  await expect(nobody).toContainText('personne n’a été choisi', { timeout: 60_000 });
  await expect(page.getByTestId('queue-list')).toHaveCount(0);
  await nobody.getByRole('button', { name: 'Voir toute l’équipe' }).click();
  await expect(page.getByTestId('queue-list')).toBeVisible({ timeout: 60_000 });
}

/**
 * Only the debtors due for their first reminder: the demo's debtors stand at every step of the
 * ladder, and these flows follow a debtor from its first reminder on.
 */
async function firstReminders(page: Page) {
  await page.getByRole('combobox', { name: 'Étape' }).click();
  await page.getByRole('option', { name: 'Relance 1', exact: true }).click();
  await expect(page.getByTestId('queue-count')).toContainText(' sur ');
  await expect(rows(page).first()).toContainText('Relance 1');
}

const rows = (page: Page) => page.getByTestId('queue-row');
const focusedDebtor = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.debtor ?? null);

async function rowInfo(page: Page, index: number) {
  const row = rows(page).nth(index);
  return {
    row,
    id: (await row.getAttribute('data-debtor')) ?? '',
    name: (await row.getByRole('link').first().textContent()) ?? '',
  };
}

/** The activities store, read straight from IndexedDB. */
function storedActivities(page: Page) {
  return page.evaluate(
    () =>
      new Promise<
        { id: string; debtorId: string; details?: { kind: string; activityIds?: string[] } }[]
      >((resolve, reject) => {
        const open = indexedDB.open('recouvra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('activities').objectStore('activities').getAll();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

test('keyboard: j/k/Enter, a call saved with « Enregistrer et suivant », promise broken, dispute', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await start(page);
  await firstReminders(page);
  // One row per debtor: no debtor twice.
  const ids = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-debtor')));
  expect(new Set(ids).size).toBe(ids.length);

  const first = await rowInfo(page, 0);
  const second = await rowInfo(page, 1);
  // One Tab stop per row: the first row is the list's Tab stop, the others are not.
  await expect(first.row).toHaveAttribute('tabindex', '0');
  await expect(second.row).toHaveAttribute('tabindex', '-1');
  await first.row.focus();
  await page.keyboard.press('j');
  expect(await focusedDebtor(page)).toBe(second.id);
  await expect(second.row).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('k');
  expect(await focusedDebtor(page)).toBe(first.id);
  const secondOpensCall = (await second.row.getByRole('link', { name: 'Appeler' }).count()) > 0;
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: `Appel guidé — ${first.name}` })).toBeVisible();
  // The focus is on the page, not lost on the body.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  await page.getByText('Difficultés de trésorerie', { exact: true }).click();
  await page.getByText('Promesse de paiement', { exact: true }).click();
  const promised = isoDay(new Date(START.getTime() + 5 * DAY));
  await fillDate(page.getByLabel('Paiement promis le'), promised);
  await page.getByRole('button', { name: 'Enregistrer et suivant' }).click();
  await expect(page.getByText('Appel enregistré : Promesse de paiement.')).toBeVisible({
    timeout: 60_000,
  });
  // Straight to the next row's screen.
  if (secondOpensCall) {
    await expect(page.getByRole('heading', { name: `Appel guidé — ${second.name}` })).toBeVisible();
  } else {
    await expect(page).toHaveURL(new RegExp(`debiteur=${second.id}`));
  }

  // The promise pauses the ladder: the debtor has nothing left to do today.
  await openQueue(page);
  await expect(page.locator(`[data-testid="queue-row"][data-debtor="${first.id}"]`)).toHaveCount(0);

  // Ten days later, past the date and the grace period, without a newer balance.
  await page.clock.setSystemTime(new Date(START.getTime() + 10 * DAY));
  await openQueue(page);
  // The alerts are one line until opened.
  const alerts = page.getByTestId('queue-alerts');
  await expect(alerts).toContainText('à vérifier');
  const alertBox = await alerts.boundingBox();
  expect(alertBox?.height ?? 0).toBeLessThan(80);
  await alerts.getByRole('button', { name: 'Afficher' }).click();
  const toVerify = page.getByTestId('promise-to-verify').filter({ hasText: first.name });
  await expect(toVerify).toBeVisible();
  await toVerify.getByRole('button', { name: 'Rien reçu' }).click();
  const broken = page.getByTestId('broken-promise').filter({ hasText: first.name });
  await expect(broken).toBeVisible();
  await expect(broken).toContainText('0,00 € reçus');

  const row = page.locator(`[data-testid="queue-row"][data-debtor="${first.id}"]`);
  await page.getByLabel('Rechercher').fill(first.name);
  await expect(rows(page)).toHaveCount(1);
  await expect(row).toContainText('Relance 2');
  await expect(row).toContainText('non tenue');

  // A dispute from the row's menu.
  await row.getByRole('button', { name: `Autres choix pour ${first.name}` }).click();
  await page.getByRole('menuitem', { name: 'Signaler un litige…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Signaler un litige' });
  await dialog.getByRole('checkbox').first().check();
  await dialog.getByRole('combobox', { name: 'Motif du litige' }).click();
  await page.getByRole('option', { name: 'Qualité' }).click();
  await dialog.getByRole('button', { name: 'Ouvrir le litige' }).click();
  await expect(page.getByText('Litige ouvert : les factures concernées sortent')).toBeVisible();

  // On the debtor's timeline, in IndexedDB: the dispute, the broken promise, the call.
  const kinds = (await storedActivities(page))
    .filter((a) => a.debtorId === first.id)
    .map((a) => a.details?.kind);
  expect(kinds).toEqual(expect.arrayContaining(['call', 'promise-status', 'dispute-opened']));
});

test('single keys record outcomes, « Annuler » undoes them in IndexedDB, focus stays put', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await start(page);
  await firstReminders(page);
  const first = await rowInfo(page, 0);
  const second = await rowInfo(page, 1);
  await first.row.focus();

  // « f »: marked done; the next debtor takes its place and the focus.
  await page.keyboard.press('f');
  const notice = page.getByText(`${first.name} — `).filter({ hasText: 'marquée comme faite' });
  await expect(notice).toBeVisible();
  await expect(rows(page).first()).toHaveAttribute('data-debtor', second.id);
  await expect.poll(() => focusedDebtor(page)).toBe(second.id);

  // « Annuler » in the notice: the row is back, focused, and IndexedDB holds the undo.
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(rows(page).first()).toHaveAttribute('data-debtor', first.id);
  await expect.poll(() => focusedDebtor(page)).toBe(first.id);
  const undo = (await storedActivities(page)).filter(
    (a) => a.debtorId === first.id && a.details?.kind === 'undo',
  );
  expect(undo).toHaveLength(1);

  // « d »: tomorrow; « u » undoes it.
  await page.keyboard.press('d');
  await expect(page.getByText('reportée au 24/11/2026')).toBeVisible();
  await expect(rows(page).first()).toHaveAttribute('data-debtor', second.id);
  await page.keyboard.press('u');
  await expect(rows(page).first()).toHaveAttribute('data-debtor', first.id);

  // « n »: no answer, called back tomorrow; the next day it is due again.
  await expect.poll(() => focusedDebtor(page)).toBe(first.id);
  await page.keyboard.press('n');
  await expect(page.getByText('pas de réponse, rappel demain')).toBeVisible();
  // The call waits for tomorrow; the step's e-mail is still due today.
  const firstRow = page.locator(`[data-testid="queue-row"][data-debtor="${first.id}"]`);
  await expect(firstRow).not.toContainText('Téléphone');
  await expect(firstRow).toContainText('Courriel');

  // « ? »: the shortcut sheet.
  await page.keyboard.press('?');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toContainText('Reporter à lundi');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  // Quick snooze from the menu: « Lundi ».
  const third = await rowInfo(page, 1);
  expect(third.id).not.toBe(first.id);
  await third.row.getByRole('button', { name: `Autres choix pour ${third.name}` }).click();
  await page.getByRole('menuitem', { name: 'Lundi' }).click();
  await expect(page.getByText('reportée au 30/11/2026')).toBeVisible();

  await page.clock.setSystemTime(new Date(START.getTime() + DAY));
  await openQueue(page);
  await page.getByLabel('Rechercher').fill(first.name);
  await expect(firstRow.getByTitle('Téléphone', { exact: true })).toHaveText('Appel');
  await page.getByLabel('Rechercher').fill(third.name);
  await expect(page.getByTestId('queue-count')).toContainText('0 débiteur sur');
});

test('the batch of a step leaves out a promised debtor; the agenda shows the promise and a note’s reminder', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await start(page);
  await firstReminders(page);
  const first = await rowInfo(page, 0);
  await first.row.getByRole('link', { name: 'Appeler' }).click();
  await page.getByText('Promesse de paiement', { exact: true }).click();
  const promised = isoDay(new Date(START.getTime() + 5 * DAY));
  await fillDate(page.getByLabel('Paiement promis le'), promised);
  await page.getByRole('button', { name: 'Enregistrer l’appel' }).click();
  await expect(page.getByText('Appel enregistré : Promesse de paiement.')).toBeVisible({
    timeout: 60_000,
  });

  // Envoi groupé: opens on the step most debtors are due for, never a mise en demeure.
  await nav(page).getByRole('link', { name: 'Courriers' }).click();
  await page.getByRole('tab', { name: 'Envoi groupé' }).click();
  const template = page.getByRole('combobox', { name: 'Modèle' });
  await expect(template).toHaveValue('Relance amiable');
  const held = page.getByRole('row').filter({ has: page.locator(`[data-debtor="${first.id}"]`) });
  await expect(held.getByTestId('batch-excluded')).toHaveText('Promesse de paiement en cours');
  await expect(held.getByRole('checkbox')).toBeDisabled();
  await expect(held.getByRole('checkbox')).not.toBeChecked();
  await expect(page.getByTestId('batch-summary')).toContainText('écarté');
  // Every due debtor is ticked, and only them.
  const due = page
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { disabled: false }) });
  const dueCount = (await due.count()) - 1; // the header's « all » checkbox
  expect(dueCount).toBeGreaterThan(0);
  await expect(
    page.getByRole('button', { name: `Générer ${dueCount} courrier${dueCount > 1 ? 's' : ''}` }),
  ).toBeVisible();

  // The agenda: the promise on its day, in this week.
  await nav(page).getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
  const promiseDay = page.locator(`[data-testid="agenda-day"][data-day="${promised}"]`);
  const promiseEntry = promiseDay.getByTestId('agenda-entry').filter({ hasText: first.name });
  await expect(promiseEntry).toContainText('Paiement promis');
  await expect(page.getByTestId('cash-forecast')).toContainText('Semaine du 23/11/2026 (en cours)');
  await page.getByTestId('cash-forecast').getByText('Par mois').click();
  await expect(page.getByTestId('cash-forecast')).toContainText('Novembre 2026 (en cours)');

  // A note with « rappeler demain » on the debtor's page, in its « Historique » tab.
  await promiseEntry.getByRole('link', { name: first.name }).click();
  await page.getByRole('tab', { name: /^Historique/ }).click();
  await expect(page).toHaveURL(/onglet=historique/);
  await expect(page.getByLabel('Nouvelle note')).toBeVisible();
  await page.getByLabel('Nouvelle note').fill('Rappeler demain, le DAF valide le virement');
  await expect(page.getByTestId('note-reminder')).toContainText('Rappel le 24/11/2026');
  await page.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(page.getByText('Rappel noté pour le 24/11/2026')).toBeVisible();

  // In the agenda, tomorrow.
  await nav(page).getByRole('link', { name: 'Agenda' }).click();
  const tomorrow = page.locator('[data-testid="agenda-day"][data-day="2026-11-24"]');
  await expect(tomorrow.getByTestId('agenda-entry').filter({ hasText: first.name })).toContainText(
    'Rappeler demain',
  );

  // Tomorrow, the callback comes first in the queue.
  await page.clock.setSystemTime(new Date(START.getTime() + DAY));
  await openQueue(page);
  await expect(rows(page).first()).toHaveAttribute('data-debtor', first.id);
  await expect(rows(page).first()).toContainText('Rappel prévu');
});

test('letters due today are printed in one batch from the queue, recto verso', async ({ page }) => {
  test.setTimeout(180_000);
  await start(page);
  await firstReminders(page);
  const first = await rowInfo(page, 0);
  await first.row.focus();
  await page.keyboard.press('f');
  await expect(rows(page).first()).not.toHaveAttribute('data-debtor', first.id);

  // A week later, relance 2 is due: printed from the queue's bulk action.
  await page.clock.setSystemTime(new Date(START.getTime() + 8 * DAY));
  await openQueue(page);
  // Among every row, several batches are due: one menu lists them, each a link to its batch.
  await page.getByTestId('queue-bulk').click();
  await expect(
    page.getByRole('menuitem', { name: /^Imprimer les \d+ courriers « Relance 2 »$/ }),
  ).toHaveAttribute('href', /courriers\?onglet=lot&lot=.+&modele=/);
  await page.keyboard.press('Escape');
  await page.getByLabel('Rechercher').fill(first.name);
  await expect(rows(page).first()).toContainText('relance 1 envoyée le 23/11');
  // The bulk action prints the letters of the rows shown: the demo has other debtors due for
  // relance 2 that day; the search keeps the one whose relance 1 was done here: one letter.
  const bulk = page
    .getByTestId('queue-bulk')
    .getByRole('link', { name: 'Imprimer le courrier « Relance 2 »' });
  await expect(bulk).toHaveAttribute('href', new RegExp(`lot=${first.id}(&|$)`));
  const count = 1;
  await bulk.click();
  await expect(page).toHaveURL(/courriers\?onglet=lot&lot=/);
  const generate = page.getByRole('button', {
    name: `Générer ${count} courrier${count > 1 ? 's' : ''}`,
  });
  await expect(generate).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Recto verso : chaque courrier commence sur un recto').check();
  await generate.click();
  await expect(page.getByText(/courriers? prêts? — \d+\spages?/)).toBeVisible({ timeout: 120_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Enregistrer le PDF' }).click(),
  ]);
  const pages = await pageTexts(new Uint8Array(await readFile(await download.path())));
  const starts = pages.flatMap((text, i) => (text.includes('Objet :') ? [i] : []));
  expect(starts.length).toBe(count);
  for (const s of starts) expect(s % 2).toBe(0);
  // Kept as sent (written by the recording worker): listed among the letters sent.
  await expect(page.getByText('Courriers enregistrés.')).toBeVisible();
  await page.getByRole('tab', { name: 'Courriers envoyés' }).click();
  const sent = page.getByRole('table', { name: 'Courriers envoyés' });
  await expect(sent.getByRole('row').filter({ hasText: first.name })).toContainText(
    'Deuxième relance',
  );
});
