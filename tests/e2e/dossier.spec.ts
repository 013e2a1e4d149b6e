/**
 * The court dossier journey: demo data → a demo debtor's fiche (moved to Saint-Herblain 44800) →
 * attach real pieces (one encrypted PDF refused in French) → open a case → the courts of
 * Loire-Atlantique are proposed, never one named after Saint-Herblain, and the export is refused
 * until one is confirmed → export the dossier PDF and the ZIP → read both back in Node: page
 * count, stamps, bordereau, the confirmed court, a signatory's name in Polish, and the export
 * logged on the case.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { confirmL441Rate, currentSemester } from './confirmRate';
import { fillCreditor } from './creditor';
import { overdueInvoiceCounts, untouchedDebtors } from './ledger';
import { pageTexts } from './pdfText';

const EVIDENCE = join(import.meta.dirname, '..', 'fixtures', 'evidence');
const PIECES = [
  'contrat-fourniture.pdf',
  'bon-de-livraison-BL-5521.jpg',
  'facture-F-1023.pdf',
  'accuse-reception.png',
];

/**
 * A demo debtor with a handful of overdue, undisputed open invoices (about four), not yet
 * written to and not in court: its dossier holds only the pieces attached here.
 */
async function debtorToSue(page: Page): Promise<string> {
  const distance = (n: number) => Math.abs(n - 4);
  const untouched = await untouchedDebtors(page);
  const counts = [...(await overdueInvoiceCounts(page)).entries()].filter(([id]) =>
    untouched.has(id),
  );
  const best = counts.sort(
    (a, b) => distance(a[1]) - distance(b[1]) || a[0].localeCompare(b[0]),
  )[0];
  if (!best) throw new Error('aucun débiteur en retard');
  return best[0];
}

/** Moves the debtor to Saint-Herblain, as a professional (raw IndexedDB row). */
function moveToSaintHerblain(page: Page, debtorId: string): Promise<void> {
  return page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('recouvra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('debtors', 'readwrite');
          const store = tx.objectStore('debtors');
          const get = store.get(id);
          get.onsuccess = () =>
            store.put({
              ...get.result,
              addressLines: ['12 rue de la Filée'],
              postalCode: '44800',
              city: 'Saint-Herblain',
              country: 'France',
              isConsumer: false,
            });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    debtorId,
  );
}

test('attach pieces, open a case, export the dossier and read it back', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  // The demo's year of history loads in one transaction: give a shared machine time.
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 120_000,
  });
  // The requête names the creditor: its identity comes first.
  // A name the standard PDF fonts cannot draw: the dossier embeds the bundled Unicode faces.
  await fillCreditor(page, { signatoryName: 'Zofia Łukasiewicz' });
  // A court dossier uses confirmed rates only: the current semester's, from the ECB decision.
  const semester = currentSemester();
  const start = `${semester.slice(0, 4)}-${semester.endsWith('1') ? '01' : '07'}-01`;
  await confirmL441Rate(page, { semester, ecbRate: '2,15', decisionDate: start });
  const debtorId = await debtorToSue(page);
  await moveToSaintHerblain(page, debtorId);
  // The fiche and the case read the debtor when they open, after this write.
  await page.goto(`/#/debiteurs/${debtorId}?onglet=documents`);

  const documents = page.getByTestId('debtor-documents');
  await expect(documents.getByText('Aucune pièce pour le moment.')).toBeVisible();
  await documents
    .locator('input[type=file]')
    .setInputFiles([...PIECES, 'bad/protege.pdf'].map((name) => join(EVIDENCE, name)));

  const dialog = page.getByRole('dialog', { name: 'Joindre des pièces' });
  await expect(
    dialog.getByText('« protege.pdf » est un PDF protégé (chiffré ou par mot de passe)'),
  ).toBeVisible();
  await dialog.getByLabel('Intitulé de contrat-fourniture.pdf').fill('Contrat de fourniture');
  await dialog.getByLabel('Date de contrat-fourniture.pdf').fill('12/01/2025');
  await dialog.getByLabel('Intitulé de facture-F-1023.pdf').fill('Facture F-1023');
  await dialog.getByRole('button', { name: 'Joindre les 4 pièces' }).click();
  await expect(dialog).toBeHidden();
  await expect(documents.getByRole('row')).toHaveCount(5);

  await page.getByRole('button', { name: 'Ouvrir un dossier contentieux' }).click();
  await page
    .getByRole('dialog', { name: 'Ouvrir un dossier contentieux' })
    .getByRole('button', { name: 'Ouvrir le dossier' })
    .click();
  await expect(page).toHaveURL(/#\/dossiers\//);
  await expect(page.getByText(/^Suggestion\s: /)).toBeVisible();
  await page.getByRole('combobox', { name: 'Procédure retenue' }).click();
  await page.getByRole('option', { name: 'Injonction de payer' }).click();
  await expect(page.getByTestId('dossier-pieces').getByText('Pièce n° 4')).toBeVisible();

  // The bordereau's order and selection, changed and put back: its rows are memoised, so each
  // move must read the order as it is now (F-1023 goes up twice, then down twice).
  const pieces = page.getByTestId('dossier-pieces');
  const rowOf = (title: string) =>
    pieces
      .getByRole('row')
      .filter({ has: page.getByRole('checkbox', { name: `Inclure ${title}` }) });
  const invoice = rowOf('Facture F-1023');
  await expect(invoice).toContainText('Pièce n° 3');
  for (const [button, number] of [
    ['Monter', 2],
    ['Monter', 1],
    ['Descendre', 2],
    ['Descendre', 3],
  ] as const) {
    await pieces.getByRole('button', { name: `${button} Facture F-1023` }).click();
    await expect(invoice).toContainText(`Pièce n° ${number}`);
  }
  await pieces.getByRole('checkbox', { name: 'Inclure Contrat de fourniture' }).uncheck();
  await expect(invoice).toContainText('Pièce n° 2');
  await expect(rowOf('Contrat de fourniture')).toContainText('—');
  await pieces.getByRole('checkbox', { name: 'Inclure Contrat de fourniture' }).check();
  await expect(invoice).toContainText('Pièce n° 3');

  // The court: the list's courts of Loire-Atlantique, none named after the debtor's town, and
  // no export until one is confirmed.
  const nantes = page.getByRole('radio', { name: 'Tribunal de commerce de Nantes' });
  await expect(nantes).toBeVisible();
  await expect(
    page.getByRole('radio', { name: 'Tribunal de commerce de Saint-Nazaire' }),
  ).toBeVisible();
  await expect(page.getByText(/Tribunal de commerce de Saint-Herblain/)).toHaveCount(0);
  await expect(page.getByText('Confirmez la juridiction compétente').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exporter le dossier PDF' })).toBeDisabled();
  await expect(
    page.getByRole('button', { name: 'Exporter en ZIP (dépôt en ligne)' }),
  ).toBeDisabled();
  await nantes.check();
  await page.getByRole('button', { name: 'Confirmer la juridiction' }).click();
  await expect(page.getByText('Juridiction confirmée :')).toContainText(
    'Tribunal de commerce de Nantes',
  );
  await expect(page.getByText('Confirmez la juridiction compétente')).toHaveCount(0);

  // No mise en demeure was recorded: the export needs a written reason, kept in the audit log.
  await page
    .getByLabel('Motif de l’export avant l’expiration de la mise en demeure')
    .fill('Mise en demeure envoyée par le cabinet d’avocats.');
  await page.getByRole('button', { name: 'Exporter le dossier PDF' }).click();
  const confirmExport = page.getByRole('button', { name: 'Exporter quand même' });
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    confirmExport.click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Dossier IP – .+ – \d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = new Uint8Array(await readFile(await download.path()));
  const pages = await pageTexts(bytes);

  // Generated pages, then the 6 pages of the 4 pieces, each stamped.
  const firstPiece = pages.findIndex((text) => text.includes('Pièce n° 1 — page 1/3'));
  expect(firstPiece).toBeGreaterThan(2);
  expect(pages).toHaveLength(firstPiece + 6);
  for (const [i, text] of pages.entries()) {
    expect(text).toContain(`Dossier — page ${i + 1}/${pages.length}`);
  }
  expect(pages[firstPiece + 3]).toContain('Pièce n° 2 — page 1/1');
  expect(pages[firstPiece + 5]).toContain('Pièce n° 4 — page 1/1');
  const front = pages.slice(0, firstPiece).join(' ');
  expect(pages[0]).toContain('Tribunal de commerce de Nantes');
  expect(front).toContain('À Madame, Monsieur le Président du Tribunal de commerce de Nantes');
  // Saint-Herblain is the debtor's address, never a court.
  expect(front).toContain('44800 Saint-Herblain');
  expect(front).not.toMatch(/(Tribunal|tribunal|Juridiction|juridiction)[^.]{0,40}Saint-Herblain/);
  expect(front).toContain('REQUÊTE EN INJONCTION DE PAYER');
  expect(front).toContain('Fournitures Dupont SAS');
  expect(front).toContain('représentée par Zofia Łukasiewicz');
  expect(front).toContain('12 rue de la République');
  expect(front).not.toContain('à compléter');
  expect(front).toContain('Pièce n° 1 — Contrat de fourniture du 12/01/2025 — 3 pages');
  expect(front).toContain('Pièce n° 2 — Bon de livraison BL-5521 — 1 page');
  expect(front).toContain('Pièce n° 3 — Facture F-1023 — 1 page');
  // Titled from its file name (accuse-reception.png): labelled by its kind instead.
  expect(front).toContain('Pièce n° 4 — Accusé de réception — 1 page');
  expect(front).not.toContain('Accuse reception');

  await expect(page.getByText('Dossier enregistré')).toBeVisible();
  // Logged on the case with the file's fingerprint: the dossier sent can be proven.
  const exports = page.getByTestId('dossier-exports');
  await expect(exports).toContainText('Dossier « Injonction de payer » exporté (PDF');
  await expect(exports).toContainText(
    `SHA-256 ${createHash('sha256').update(bytes).digest('hex')}`,
  );

  const [zipDownload] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    (async () => {
      await page.getByRole('button', { name: 'Exporter en ZIP (dépôt en ligne)' }).click();
      await confirmExport.click();
    })(),
  ]);
  expect(zipDownload.suggestedFilename()).toMatch(/^Dossier IP – .+\.zip$/);
  const names = Object.keys(unzipSync(new Uint8Array(await readFile(await zipDownload.path()))));
  expect(names).toEqual([
    'Bordereau de pièces.pdf',
    'Requête en injonction de payer (projet).pdf',
    'Décompte de créance.pdf',
    '01 - Contrat de fourniture.pdf',
    '02 - Bon de livraison BL-5521.pdf',
    '03 - Facture F-1023.pdf',
    '04 - Accusé de réception.pdf',
  ]);
});
