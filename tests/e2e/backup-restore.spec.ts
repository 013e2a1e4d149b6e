import { expect, type Page, test } from '@playwright/test';

/** Row counts of every store, read straight from IndexedDB (not through the app). */
function countAllStores(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('recouvra');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const tx = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Evidence the UI cannot attach yet (issue 8): a PDF blob and its document row. */
function addEvidence(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('recouvra');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['blobs', 'documents', 'debtors'], 'readwrite');
          const sha256 = 'e'.repeat(64);
          const data = new Blob(['%PDF-1.7 contrat signé'], { type: 'application/pdf' });
          tx.objectStore('blobs').put({ sha256, mime: 'application/pdf', size: data.size, data });
          const cursor = tx.objectStore('debtors').openCursor();
          cursor.onsuccess = () => {
            const debtorId = cursor.result?.value.id;
            tx.objectStore('documents').put({
              id: 'e2e-doc',
              debtorId,
              invoiceIds: [],
              kind: 'contrat',
              title: 'Contrat cadre',
              fileName: 'contrat.pdf',
              mime: 'application/pdf',
              size: data.size,
              sha256,
              addedAt: new Date().toISOString(),
            });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

function readEvidenceText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('recouvra');
        open.onsuccess = () => {
          const request = open.result.transaction('blobs').objectStore('blobs').get('e'.repeat(64));
          request.onsuccess = () => {
            open.result.close();
            (request.result?.data as Blob | undefined)?.text().then(resolve, reject) ?? resolve('');
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );
}

async function openDataTab(page: Page) {
  await page.goto('/#/parametres');
  await page.getByRole('tab', { name: 'Données' }).click();
}

test('backup → wipe → restore gives back every row and blob', async ({ page }, testInfo) => {
  // The demonstration portfolio (with a year of payments), a backup and a restore.
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(page.getByText('Données de démonstration chargées')).toBeVisible({
    timeout: 90_000,
  });
  await addEvidence(page);
  const before = await countAllStores(page);
  expect(before.debtors).toBe(300);

  await openDataTab(page);
  await expect(page.getByTestId('storage-usage')).toContainText('utilisés sur');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sauvegarder' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Recouvra – sauvegarde \d{4}-\d{2}-\d{2}\.zip$/);
  const backupPath = testInfo.outputPath('sauvegarde.zip');
  await download.saveAs(backupPath);
  await expect(page.getByText(/Sauvegarde enregistrée/)).toBeVisible();

  // Wiping the database from the page: the app lets go and asks for a reload.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('recouvra');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('suppression bloquée'));
      }),
  );
  await expect(page.getByText('Rechargement nécessaire')).toBeVisible();
  await page.reload();
  await openDataTab(page);
  expect((await countAllStores(page)).debtors).toBe(0);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restaurer' }).click();
  await (await choosing).setFiles(backupPath);
  // The file is read and checked before anything is asked: the demonstration's letters and case
  // pieces make it a few megabytes, seconds of work on a busy machine.
  await expect(page.getByText('Restaurer cette sauvegarde ?')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('300 débiteurs')).toBeVisible();
  await page.getByRole('button', { name: 'Remplacer toutes les données' }).click();
  await expect(page.getByText(/ont remplacé les précédentes/)).toBeVisible({ timeout: 90_000 });

  const after = await countAllStores(page);
  // One more audit entry: the restore itself, written in the same transaction.
  expect(after).toEqual({ ...before, audit: (before.audit ?? 0) + 1 });
  expect(await readEvidenceText(page)).toBe('%PDF-1.7 contrat signé');
  await expect(page.getByTestId('stat-Débiteurs')).toHaveText(/300/);
});
