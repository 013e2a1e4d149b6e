/**
 * One claim behind every document: for one debtor, the same minute, the mise en demeure, the
 * relevé de compte and the court dossier print the same principal, interest, indemnities and
 * total; none prints an instruction of the application.
 */
import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import { confirmL441Rate, currentSemester } from './confirmRate';
import { fillCreditor } from './creditor';
import {
  overdueInvoiceCounts,
  type RawDebtor,
  type RawInvoice,
  storedRows,
  untouchedDebtors,
} from './ledger';
import { pdfText } from './pdfText';

/**
 * A professional demo debtor with a few overdue invoices and nothing disputed, not yet written
 * to: the mise en demeure sent here is its first notice.
 */
async function professionalDebtor(page: Page): Promise<string> {
  const [counts, invoices, debtors, untouched] = await Promise.all([
    overdueInvoiceCounts(page),
    storedRows<RawInvoice>(page, 'invoices'),
    storedRows<RawDebtor>(page, 'debtors'),
    untouchedDebtors(page),
  ]);
  const consumers = new Set(debtors.filter((d) => d.isConsumer).map((d) => d.id));
  const disputed = new Set(invoices.filter((i) => i.status === 'disputed').map((i) => i.debtorId));
  const best = [...counts.entries()]
    .filter(
      ([id, n]) => n >= 2 && n <= 8 && !disputed.has(id) && !consumers.has(id) && untouched.has(id),
    )
    .sort((a, b) => a[0].localeCompare(b[0]))[0];
  if (!best) throw new Error('aucun débiteur professionnel en retard sans litige');
  return best[0];
}

async function textOf(download: Download): Promise<string> {
  return (await pdfText(new Uint8Array(await readFile(await download.path())))).text;
}

const AMOUNT = '(\\d[\\d ]*,\\d\\d) €';

/** The claim's figures as a document prints them (spaces already collapsed by pdfText). */
function figures(text: string) {
  const pick = (label: string) => new RegExp(`${label} ${AMOUNT}`).exec(text)?.[1];
  return {
    principal: pick('Principal restant dû'),
    interest: pick('Intérêts de retard'),
    indemnities: pick('Indemnités forfaitaires \\(\\d+ × 40,00 €\\)'),
    total: pick('Total dû au \\d\\d/\\d\\d/\\d{4}'),
  };
}

test('the mise en demeure, the relevé and the dossier state the same claim', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  // The demo's year of history loads in one transaction: give a shared machine time.
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 120_000,
  });
  await fillCreditor(page);
  // A court dossier uses confirmed rates only: the current semester's, from the ECB decision.
  const semester = currentSemester();
  const start = `${semester.slice(0, 4)}-${semester.endsWith('1') ? '01' : '07'}-01`;
  await confirmL441Rate(page, { semester, ecbRate: '2,15', decisionDate: start });
  const debtorId = await professionalDebtor(page);

  // 1. The mise en demeure, with its default items (overdue, undisputed, credits deducted).
  await page.goto(`/#/courriers?debiteur=${debtorId}&onglet=nouveau&modele=mise-en-demeure`);
  const items = page.getByRole('table', { name: 'Pièces du courrier' });
  await expect(items.getByRole('checkbox', { checked: true }).first()).toBeVisible();
  const save = page.getByRole('button', { name: 'Enregistrer le PDF' });
  await expect(save).toBeEnabled({ timeout: 60_000 });
  const [letterDownload] = await Promise.all([page.waitForEvent('download'), save.click()]);
  const letter = await textOf(letterDownload);
  await expect(page.getByText('Courrier enregistré')).toBeVisible();

  // 2. The relevé de compte from the fiche débiteur.
  await page.goto(`/#/debiteurs/${debtorId}`);
  const [releveDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Enregistrer le relevé (PDF)' }).click(),
  ]);
  const releve = await textOf(releveDownload);

  // 3. The court dossier: the notice was sent today, so its deadline runs: a reason is asked.
  await page.getByRole('button', { name: 'Ouvrir un dossier contentieux' }).click();
  await page
    .getByRole('dialog', { name: 'Ouvrir un dossier contentieux' })
    .getByRole('button', { name: 'Ouvrir le dossier' })
    .click();
  await expect(page).toHaveURL(/#\/dossiers\//);
  // The court comes from the list, for the debtor's département, confirmed by the user.
  await page
    .getByRole('radiogroup', { name: /Juridictions proposées pour le département du débiteur/ })
    .getByRole('radio')
    .first()
    .check();
  await page.getByRole('button', { name: 'Confirmer la juridiction' }).click();
  await expect(page.getByText('Juridiction confirmée :')).toBeVisible();
  const exportPdf = page.getByRole('button', { name: 'Exporter le dossier PDF' });
  await expect(page.getByText(/Le délai de la mise en demeure du .+ court jusqu’au/)).toBeVisible();
  await expect(exportPdf).toBeDisabled();
  await page
    .getByLabel('Motif de l’export avant l’expiration de la mise en demeure')
    .fill('Le débiteur annonce une cession de son fonds de commerce.');
  await expect(exportPdf).toBeEnabled();
  const [dossierDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    (async () => {
      await exportPdf.click();
      // Without the invoices' own copies, the checklist asks to confirm.
      const confirm = page.getByRole('button', { name: 'Exporter quand même' });
      if (await confirm.isVisible({ timeout: 5_000 }).catch(() => false)) await confirm.click();
    })(),
  ]);
  const dossier = await textOf(dossierDownload);

  const fromLetter = figures(letter);
  expect(fromLetter.principal).toBeDefined();
  expect(fromLetter.interest).toBeDefined();
  expect(fromLetter.total).toBeDefined();
  expect(figures(releve)).toEqual(fromLetter);
  expect(figures(dossier)).toEqual(fromLetter);
  // The requête states the notice the ledger recorded, and its total is the same.
  expect(dossier).toContain(`Total réclamé ${fromLetter.total} €`);
  expect(dossier).toMatch(
    /malgré la mise en demeure du \d\d\/\d\d\/\d{4} \(lettre recommandée avec AR/,
  );
  for (const text of [letter, releve, dossier]) {
    expect(text).not.toContain('Paramètres');
    expect(text).not.toContain('à compléter');
  }
  // The early export and its reason are in the audit log.
  await page.goto('/#/parametres');
  await page.getByRole('tab', { name: 'Données' }).click();
  await expect(
    page.getByText(/export anticipé, motif\s: Le débiteur annonce une cession/),
  ).toBeVisible();
});
