/**
 * Team mode with a real server on a real PostgreSQL: two browser contexts are two workstations.
 * The administrator's workstation imports a balance and seeds the server; a colleague's receives
 * the ledger; an edit on one reaches the other through the live channel; edits made offline on
 * both are merged field by field when the first one reconnects; a lecture seule account cannot
 * write. An import is one server transaction received by the colleague, its undo is the server's
 * (refused in French once a row changed since), and an import sent while another runs waits,
 * said on the import page. Nothing here is a mock: PostgreSQL runs from the harness of
 * tests/server.
 */

import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { createAccount } from '../../server/src/accounts.ts';
import { buildApp } from '../../server/src/app.ts';
import { DEFAULT_CONFIG } from '../../server/src/config.ts';
import { LOCK_IMPORT } from '../../server/src/ledger.ts';
import { migrate } from '../../server/src/migrate.ts';
import { type PgCluster, startPostgres } from '../server/harness/postgres.ts';
import { createDatabase, PASSWORD } from '../server/harness/workstation.ts';

let cluster: PgCluster;
let pool: pg.Pool;
let app: FastifyInstance;
let serverUrl = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  cluster = await startPostgres();
  pool = new pg.Pool({ connectionString: await createDatabase(cluster.host, cluster.port) });
  pool.on('error', () => {});
  await migrate(pool);
  app = buildApp(DEFAULT_CONFIG, pool);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  serverUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const [login, displayName, role] of [
    ['alice', 'Alice Roux', 'administrateur'],
    ['julie', 'Julie Martin', 'charge'],
    ['lea', 'Léa Petit', 'lecture'],
  ] as const) {
    await createAccount(pool, { login, displayName, role, password: PASSWORD }, null);
  }
});

test.afterAll(async () => {
  await app?.close();
  await pool?.end();
  cluster?.destroy();
});

async function joinTeam(page: Page, login: string) {
  await page.goto('/#/parametres?onglet=equipe');
  await page.getByLabel('Adresse du serveur').fill(serverUrl);
  await page.getByRole('button', { name: 'Utiliser ce serveur' }).click();
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Connecté en tant que')).toBeVisible({ timeout: 20_000 });
}

/** Waits until the workstation has nothing left to send. */
async function synced(page: Page) {
  await expect(page.getByRole('status', { name: 'État de la synchronisation' })).toContainText(
    'aucune modification en attente',
    { timeout: 30_000 },
  );
}

/** The fiche, on its « Coordonnées » tab (identity, contacts, concurrent changes) or another. */
async function openDebtor(page: Page, name: string, tab = 'Coordonnées') {
  await page.goto('/#/debiteurs');
  await page.getByRole('cell', { name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
}

async function editIdentity(page: Page, label: string, value: string) {
  await page.getByRole('button', { name: 'Modifier' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label, { exact: true }).fill(value);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
}

async function importBalance(page: Page, file: string) {
  await page.goto('/#/import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (await chooser).setFiles(`tests/fixtures/import/${file}`);
  await page.getByRole('button', { name: /^Importer (les )?\d+/ }).click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
}

async function undoShownImport(page: Page) {
  await page
    .getByTestId('import-result')
    .getByRole('button', { name: 'Annuler cet import' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Annuler l’import' }).click();
}

test('two workstations share one ledger, online and offline; a reader cannot write', async ({
  browser,
}) => {
  test.setTimeout(360_000);
  const alice = await (await browser.newContext()).newPage();
  const julie = await (await browser.newContext()).newPage();

  // Alice imports October's balance alone, then seeds the new server with her ledger.
  await alice.goto('/#/import');
  const chooser = alice.waitForEvent('filechooser');
  await alice.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (await chooser).setFiles('tests/fixtures/import/sage100_balance_agee_2026-10-31.xlsx');
  await alice.getByRole('button', { name: /^Importer (les )?\d+/ }).click();
  await expect(alice.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
  await joinTeam(alice, 'alice');
  await alice.getByRole('button', { name: 'Initialiser le serveur avec ce poste' }).click();
  await alice.getByRole('dialog').getByRole('button', { name: 'Initialiser' }).click();
  await synced(alice);

  // Julie's empty workstation receives the whole ledger.
  await joinTeam(julie, 'julie');
  await synced(julie);
  await julie.goto('/#/debiteurs');
  for (const name of ['Alpha Industrie SARL', 'Delta Logistique SA', 'Vergers de Provence']) {
    await expect(julie.getByRole('cell', { name, exact: true })).toBeVisible({ timeout: 30_000 });
  }

  // Online: Alice's edit appears at Julie's without her doing anything.
  await openDebtor(alice, 'Delta Logistique SA');
  await openDebtor(julie, 'Delta Logistique SA');
  await editIdentity(alice, 'Ville', 'Villeurbanne');
  await expect(julie.getByText('Villeurbanne', { exact: true })).toBeVisible({ timeout: 15_000 });

  // Offline: each edits another field of the same debtor; both survive the reconnection.
  await alice.context().setOffline(true);
  await editIdentity(alice, 'SIREN', '552 100 554');
  await editIdentity(julie, 'N° TVA intracommunautaire', 'FR96552100554');
  await synced(julie);
  await alice.context().setOffline(false);
  await synced(alice);
  for (const page of [alice, julie]) {
    await openDebtor(page, 'Delta Logistique SA');
    await expect(page.getByText('552 100 554', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('FR96552100554', { exact: true })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByText('Villeurbanne', { exact: true })).toBeVisible();
  }

  // The server holds the same row as both replicas.
  const row = await pool.query<{ row: Record<string, unknown> }>(
    "SELECT row FROM rows WHERE tbl = 'debtors' AND row->>'name' = 'Delta Logistique SA'",
  );
  expect(row.rows[0]?.row).toMatchObject({
    city: 'Villeurbanne',
    siren: '552100554',
    vatNumber: 'FR96552100554',
  });

  // A piece attached at Alice's reaches Julie's as a row; its bytes come from the server when
  // she opens it (not before: offline she reads why), checked against their SHA-256.
  await openDebtor(alice, 'Delta Logistique SA', 'Documents');
  await alice
    .getByTestId('debtor-documents')
    .locator('input[type=file]')
    .setInputFiles(join(import.meta.dirname, '..', 'fixtures', 'evidence', 'facture-F-1023.pdf'));
  const attach = alice.getByRole('dialog', { name: 'Joindre des pièces' });
  await attach.getByLabel('Intitulé de facture-F-1023.pdf').fill('Facture F-1023');
  await attach.getByRole('button', { name: 'Joindre la pièce' }).click();
  await expect(attach).toBeHidden();
  await synced(alice);
  await openDebtor(julie, 'Delta Logistique SA', 'Documents');
  const view = julie.getByRole('button', { name: 'Voir Facture F-1023' });
  await expect(view).toBeVisible({ timeout: 20_000 });
  await julie.context().setOffline(true);
  await view.click();
  await expect(
    julie.getByText(
      'Ce document n’est pas encore sur ce poste\u00a0; il sera disponible une fois connecté au serveur.',
    ),
  ).toBeVisible();
  await julie.keyboard.press('Escape');
  await julie.context().setOffline(false);
  await view.click();
  await expect(julie.getByText(/^facture-F-1023\.pdf — SHA-256 [0-9a-f]{64}$/)).toBeVisible({
    timeout: 20_000,
  });
  await julie.keyboard.press('Escape');

  // Offline on both, the same field: the later in server order wins (Alice reconnects last);
  // on either fiche, « Modifications concurrentes » shows Julie's city, replaced, with both names.
  for (const page of [alice, julie]) await openDebtor(page, 'Delta Logistique SA');
  await alice.context().setOffline(true);
  await julie.context().setOffline(true);
  await editIdentity(julie, 'Ville', 'Lyon 3e');
  await editIdentity(alice, 'Ville', 'Vénissieux');
  await expect(julie.getByRole('region', { name: 'Modifications concurrentes' })).toContainText(
    'conservées sur le serveur',
    { timeout: 20_000 },
  );
  await julie.context().setOffline(false);
  await synced(julie);
  await alice.context().setOffline(false);
  await synced(alice);
  for (const page of [alice, julie]) {
    await openDebtor(page, 'Delta Logistique SA');
    // The identity card shows the winner (the history lists it too).
    await expect(page.locator('span').getByText('Vénissieux', { exact: true })).toBeVisible({
      timeout: 20_000,
    });
    const line = page
      .getByRole('region', { name: 'Modifications concurrentes' })
      .getByTestId('field-history-line');
    await expect(line).toHaveCount(1, { timeout: 20_000 });
    await expect(line).toContainText('Ville');
    await expect(line).toContainText('Lyon 3e');
    await expect(line).toContainText(/Julie Martin, le \d\d\/\d\d\/\d{4} à \d\d\u00a0h\u00a0\d\d/);
    await expect(line).toContainText('Vénissieux');
    await expect(line).toContainText('Alice Roux, le ');
  }

  // In team mode, a note is signed with the account's name, read-only in Paramètres.
  for (const page of [alice, julie]) await page.getByRole('tab', { name: /^Historique/ }).click();
  await julie.getByLabel('Nouvelle note').fill('Rappel convenu avec la comptabilité');
  await julie.getByRole('button', { name: 'Ajouter la note' }).click();
  await synced(julie);
  const note = alice
    .getByTestId('debtor-timeline')
    .getByText('Rappel convenu avec la comptabilité', { exact: true });
  await expect(note).toBeVisible({ timeout: 15_000 });
  await expect(note.locator('..')).toContainText('Julie Martin');
  await julie.goto('/#/parametres?onglet=utilisateur');
  await expect(julie.getByTestId('team-account-name')).toHaveValue('Julie Martin');
  await expect(julie.getByTestId('team-account-name')).toHaveAttribute('readonly', '');

  // A lecture seule account reads the ledger but cannot change it: refused in French, undone.
  const lea = await (await browser.newContext()).newPage();
  await joinTeam(lea, 'lea');
  await synced(lea);
  await openDebtor(lea, 'Alpha Industrie SARL');
  await editIdentity(lea, 'Ville', 'Lecture-sur-Seine');
  await expect(lea.getByText(/lecture seule/i).first()).toBeVisible({ timeout: 20_000 });
  // The workstation undid the change: Léa's replica is the server's again.
  await expect(lea.getByText('Lecture-sur-Seine')).toHaveCount(0, { timeout: 20_000 });
  const alpha = await pool.query<{ row: Record<string, unknown> }>(
    "SELECT row FROM rows WHERE tbl = 'debtors' AND row->>'name' = 'Alpha Industrie SARL'",
  );
  expect(alpha.rows[0]?.row.city).not.toBe('Lecture-sur-Seine');
  for (const page of [alice, julie, lea]) await page.context().close();
});

test('an import reaches the colleague in one server transaction; its undo is the server’s, refused once a row changed since', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const alice = await (await browser.newContext()).newPage();
  const julie = await (await browser.newContext()).newPage();
  await joinTeam(alice, 'alice');
  await synced(alice);
  await joinTeam(julie, 'julie');
  await synced(julie);

  // Alice imports November: one bulk named after her import, received by Julie.
  const november = 'sage100_balance_agee_2026-11-30.xlsx';
  await importBalance(alice, november);
  await synced(alice);
  const runs = () =>
    pool.query<{ import_id: string; state: string }>(
      "SELECT import_id, state FROM import_runs WHERE kind = 'import' ORDER BY id",
    );
  await expect.poll(async () => (await runs()).rows.map((r) => r.state)).toEqual(['applied']);
  expect((await runs()).rows[0]?.import_id).toMatch(/^import-/);
  await julie.goto('/#/import');
  const julieHistory = julie.getByRole('table', { name: 'Imports précédents' });
  await expect(julieHistory.getByRole('cell', { name: november })).toBeVisible({
    timeout: 30_000,
  });

  // Alice undoes it: the server restores the rows, Julie sees them gone.
  await undoShownImport(alice);
  await expect(alice.getByText('Import annulé')).toBeVisible({ timeout: 20_000 });
  await synced(alice);
  await expect.poll(async () => (await runs()).rows.map((r) => r.state)).toEqual(['undone']);
  await expect(julieHistory.getByRole('cell', { name: november })).toHaveCount(0, {
    timeout: 30_000,
  });
  await alice.goto('/#/import');
  await expect(
    alice.getByRole('table', { name: 'Imports précédents' }).getByRole('cell', { name: november }),
  ).toHaveCount(0);

  // Another import creates a debtor; Julie edits it; Alice's undo is refused in French.
  await importBalance(alice, 'clients_utf8_bom_2026-10-31.csv');
  await synced(alice);
  await julie.goto('/#/debiteurs');
  await expect(
    julie.getByRole('cell', { name: 'Cœur de Ville SARL, Inc.', exact: true }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await openDebtor(julie, 'Cœur de Ville SARL, Inc.');
  await editIdentity(julie, 'Ville', 'Brest');
  await synced(julie);
  await undoShownImport(alice);
  await expect(alice.getByTestId('undo-refused')).toContainText(
    /\d+ fiche\(s\) de cet import ont été modifiées depuis\u00a0: l’import ne peut plus être annulé d’un bloc\./,
    { timeout: 20_000 },
  );
  // Nothing changed: the import is still on Alice's workstation and applied on the server.
  await expect(alice.getByTestId('import-result')).toBeVisible();
  expect((await runs()).rows.map((r) => r.state)).toEqual(['undone', 'applied']);

  // While another import holds the server, Alice's next one waits: the import page and the
  // status bar say why, the rows stay on her workstation, and it is sent once the other is done.
  const holder = await pool.connect();
  try {
    await holder.query("SELECT pg_advisory_lock($1, hashtext('default'))", [LOCK_IMPORT]);
    await alice.getByRole('button', { name: 'Importer un autre fichier' }).click();
    await importBalance(alice, 'odoo_balance_agee_2026-11-30.xlsx');
    const waiting = alice.getByTestId('import-outcomes');
    await expect(waiting).toContainText(
      'Le serveur n’a pas encore pris l’import de «\u00a0odoo_balance_agee_2026-11-30.xlsx\u00a0»',
      { timeout: 20_000 },
    );
    await expect(waiting).toContainText('Un import est déjà en cours');
    await expect(waiting).toContainText('Ses lignes restent sur ce poste');
    await expect(alice.getByRole('status', { name: 'État de la synchronisation' })).toContainText(
      'Import en attente',
    );
  } finally {
    await holder.query("SELECT pg_advisory_unlock($1, hashtext('default'))", [LOCK_IMPORT]);
    holder.release();
  }
  await expect(alice.getByTestId('import-outcomes')).toHaveCount(0, { timeout: 60_000 });
  await synced(alice);
  expect((await runs()).rows.map((r) => r.state)).toEqual(['undone', 'applied', 'applied']);
  for (const page of [alice, julie]) await page.context().close();
});
