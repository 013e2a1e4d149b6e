/**
 * User-path benchmarks (`ui.*`): the app driven as a user drives it, in the same Chromium store
 * as the page benchmarks, each timed from the click to the result on screen or on disk.
 *
 * The ledgers are written by the bench page (`window.benchApp`, renderer/src/bench/appLedger.ts)
 * into the app's own database while no app tab is open; then an app tab (index.html) is opened
 * and clicked through. References are measured in the same pass, on the same store.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import {
  appears,
  LONG_TASK_SCRIPT,
  longestTask,
  resetLongTasks,
  settled,
  stopwatch,
  timeFileChosen,
  timeUntil,
} from './timing.mjs';

export const isUserPath = (/** @type {string} */ name) => name.startsWith('ui.');

const RUNS = 5;
const WARMUPS = 1;
const LARGE = { debtors: 10_000, items: 100_000 };
const SMALL = { debtors: 100, items: 1_000 };

const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (/** @type {number} */ value) => Number(value.toFixed(1));

/** One result line, in the shape of the page benchmarks' (runner.ts BenchmarkResult). */
function line(name, values, baseline, target, unit = 'ms') {
  const value = median(values);
  const ratio = value / baseline;
  return {
    name,
    value: round(value),
    unit,
    baseline: round(baseline),
    ratio: Number(ratio.toFixed(3)),
    target,
    pass: ratio <= target,
    spread: { min: round(Math.min(...values)), max: round(Math.max(...values)) },
    runs: values.length,
  };
}

/** Worst run of a secondary figure (a long task is what users feel). */
function worst(name, values, reference, unit = 'ms') {
  const value = Math.max(...values);
  return {
    name,
    value: round(value),
    unit,
    baseline: reference,
    ratio: Number((value / reference).toFixed(3)),
    target: 1,
    pass: value <= reference,
  };
}

/** `runs` timed runs of `measure` after the warm-ups. */
async function repeat(label, measure, runs = RUNS, warmups = WARMUPS) {
  for (let i = 0; i < warmups; i++) await measure(-1 - i);
  const values = [];
  for (let i = 0; i < runs; i++) {
    values.push(await measure(i));
    console.error(`[bench] ${label} run ${i + 1}/${runs}: ${values.at(-1).toFixed(1)} ms`);
  }
  return values;
}

/**
 * `base64` written to a file of `name` in a folder of its own: the file chooser is given its path,
 * as a user's chooser gives the page a file on disk. Given as a buffer, Playwright builds the
 * File inside the page (base64 decoded on the app's main thread: 450 ms for a 6 MB statement),
 * which the timed action and its longest task then counted.
 */
async function fileOnDisk(name, base64) {
  const folder = await mkdtemp(join(tmpdir(), 'recouvra-bench-file-'));
  const path = join(folder, name);
  await writeFile(path, Buffer.from(base64, 'base64'));
  return { path, remove: () => rm(folder, { recursive: true, force: true }) };
}

function createSession({ context, benchPage, serverUrl, watchPage }) {
  /** @type {import('playwright-core').Page | null} */
  let app = null;
  const errors = [];
  const closeApp = async () => {
    await app?.close();
    app = null;
    // Reported once: the next scenario's tab starts with none.
    const found = errors.splice(0);
    if (found.length > 0) throw new Error(`errors in the app: ${found.join(' | ')}`);
  };
  return {
    bench: (fn, arg) => benchPage.evaluate(fn, arg),
    /** Seeds the app's database (with no app tab open) through window.benchApp. */
    async seed(size) {
      await closeApp();
      console.error(`[bench] registre de ${size.items} pièces…`);
      const seeded = await benchPage.evaluate(
        (options) => window.benchApp.seedPortfolio(options),
        size,
      );
      // Generating 100,000 items leaves hundreds of megabytes of garbage in the bench tab, which
      // shares the app tab's renderer process: collected lazily, it stalled the app's clicks
      // (dashboard revisits 300 ms instead of 200, own script). No user's app has that tab.
      await benchPage.evaluate(() => window.gc?.());
      return seeded;
    },
    async reset() {
      await closeApp();
      await benchPage.evaluate(() => window.benchApp.reset());
    },
    /** An app tab on `hash`, once its navigation is drawn. */
    async open(hash) {
      await closeApp();
      app = await context.newPage();
      watchPage(app, errors);
      await app.addInitScript(LONG_TASK_SCRIPT);
      await app.goto(`${serverUrl}/index.html#${hash}`);
      await app.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
      return app;
    },
    closeApp,
    /** What the app showed when a scenario failed, for the one who reads the error. */
    async screenshot(path) {
      await app?.screenshot({ path, fullPage: true }).catch(() => undefined);
    },
  };
}

/** Navigates within the open app and waits for `selector`: the starting point of a run. */
async function settleOn(page, hash, selector) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await page.locator(selector).first().waitFor();
}

/**
 * Runs `write` (made by the bench tab, as a colleague's tab would) and resolves once the app tab
 * has heard of it on Dexie's channel between tabs: clicked before, a screen would show what it
 * kept, as if nothing had been written.
 */
async function writtenElsewhere(page, write) {
  await page.evaluate(() => {
    window.__benchHeard = new Promise((resolve) => {
      const channel = new BroadcastChannel('x-storagemutated-1');
      channel.onmessage = () => {
        channel.close();
        resolve();
      };
    });
  });
  await write();
  await page.evaluate(() =>
    Promise.race([
      window.__benchHeard,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error('écriture de l’autre onglet jamais reçue')), 10_000),
      ),
    ]),
  );
}

/** Mantine's alerts (role="alert"): where the app says an action is done. */
const ALERT = '[role="alert"]';

const nav = (page, name) =>
  page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name });

/** How long a user looks at the dashboard after start before the first click elsewhere. */
const READING_THE_DASHBOARD_MS = 3000;
/**
 * How long a user spends in the file dialog before a file is chosen (finding the folder, the
 * file, double-clicking): the page's spare worker loads, opens the ledger and warms up
 * meanwhile, as it does for a user. Without it, a file was chosen 0.2 s after the page opened.
 */
const FINDING_THE_FILE_MS = 1500;
const DASHBOARD_READY = { selector: '[data-testid="stat-Encours total"]', text: /\d/ };
/**
 * A tab only Paramètres has: the Courriers page has a tab list too, and a settle on any tab list
 * returned before the page had changed, so the next run timed the canvas already on screen.
 */
const SETTINGS_READY = '[role="tab"]:has-text("Créancier")';

/**
 * Runs of the dashboard scenario. Its two figures differ by tens of milliseconds, less than this
 * machine's noise between runs (±50 ms): more runs make the medians comparable, and more warm-ups
 * let the seconds of LevelDB compaction after writing 100,000 items pass, which a user opening an
 * established ledger does not live (the 1,000-item ledger, written first, had them too, shorter).
 */
const DASHBOARD_RUNS = 9;
const DASHBOARD_WARMUPS = 6;

/**
 * Click on « Tableau de bord » (from Paramètres) to the KPIs drawn. The app opens on the dashboard,
 * as it does for a user, who reads it a few seconds before going elsewhere: meanwhile the page
 * makes the File d'actions ready in idle time (1.3 s at 100,000 items). Opened on Paramètres
 * instead, with a click every 200 ms, the first runs at 100,000 items shared the machine with
 * that preparation, which no user starting the app lives.
 */
async function dashboardRuns(session, label, debtorId) {
  const page = await session.open('/');
  await page.locator(DASHBOARD_READY.selector).filter({ hasText: DASHBOARD_READY.text }).waitFor();
  await page.waitForTimeout(READING_THE_DASHBOARD_MS);
  const revisit = async () => {
    await settleOn(page, '/parametres', SETTINGS_READY);
    return timeUntil(page, { click: nav(page, 'Tableau de bord') }, DASHBOARD_READY);
  };
  const values = await repeat(label, revisit, DASHBOARD_RUNS, DASHBOARD_WARMUPS);
  // The same with a call logged on a debtor just before, by the bench page as a colleague's tab
  // would: the figures kept since the last visit are stale, and only the records the call
  // touched are read again (data/repositories/liveRows.ts).
  const afterWrite = await repeat(
    `${label}.afterWrite`,
    async () => {
      await settleOn(page, '/parametres', SETTINGS_READY);
      await writtenElsewhere(page, () =>
        session.bench((id) => window.benchApp.logCall(id), debtorId),
      );
      return timeUntil(page, { click: nav(page, 'Tableau de bord') }, DASHBOARD_READY);
    },
    DASHBOARD_RUNS,
    DASHBOARD_WARMUPS,
  );
  return { values, afterWrite };
}

const SCENARIOS = [
  {
    names: [
      'ui.dashboard.100k',
      'ui.dashboard.100k.vs1k',
      'ui.dashboard.100k.afterWrite',
      'ui.dashboard.100k.afterWrite.vs1k',
    ],
    async run(session) {
      const smallIds = await session.seed(SMALL);
      const small = await dashboardRuns(session, 'ui.dashboard.1k', smallIds.debtor50);
      const largeIds = await session.seed(LARGE);
      const large = await dashboardRuns(session, 'ui.dashboard.100k', largeIds.debtor50);
      return [
        // Issue #19's targets: under 300 ms, and within 1.2× of the same with 1,000 items.
        line('ui.dashboard.100k', large.values, 300, 1),
        line('ui.dashboard.100k.vs1k', large.values, median(small.values), 1.2),
        // The same targets after a write.
        line('ui.dashboard.100k.afterWrite', large.afterWrite, 300, 1),
        line('ui.dashboard.100k.afterWrite.vs1k', large.afterWrite, median(small.afterWrite), 1.2),
      ];
    },
  },
  {
    names: ['ui.debtors.100k', 'ui.debtors.search.10k'],
    needs: LARGE,
    async run(session) {
      const page = await session.open('/parametres');
      const list = await repeat('ui.debtors.100k', async () => {
        await settleOn(page, '/parametres', SETTINGS_READY);
        return timeUntil(
          page,
          { click: nav(page, 'Débiteurs') },
          {
            selector: '[data-testid="debtor-list-count"]',
            text: /\d/,
          },
        );
      });
      // A keystroke in the search box to the list and its count redrawn (10,000 debtors).
      const search = page.getByRole('textbox', { name: 'Recherche' });
      const count = page.getByTestId('debtor-list-count');
      const queries = ['s', 'sa', 'l', 'ly', 'm', 'ma', 'b', 'bo'];
      const keystroke = await repeat('ui.debtors.search.10k', async (i) => {
        await search.fill('');
        await count.filter({ hasText: /10\s?\d{3}/ }).waitFor();
        const before = (await count.textContent()) ?? '';
        const query = queries[(i + queries.length) % queries.length];
        return timeUntil(
          page,
          { type: { into: search, value: query.slice(0, 1) } },
          { selector: '[data-testid="debtor-list-count"]', changedFrom: before },
        );
      });
      return [
        line('ui.debtors.100k', list, 500, 1),
        line('ui.debtors.search.10k', keystroke, 100, 1),
      ];
    },
  },
  {
    names: ['ui.debtor.fiche.500'],
    needs: LARGE,
    async run(session, ids) {
      const page = await session.open('/parametres');
      const values = await repeat('ui.debtor.fiche.500', async () => {
        await settleOn(page, '/parametres', SETTINGS_READY);
        return timeUntil(
          page,
          { hash: `/debiteurs/${ids.debtor500}` },
          { selector: '[data-testid="stat-Solde"]', text: /\d/ },
        );
      });
      // No target in the issue: one second is what a fiche can take before a user waits.
      return [line('ui.debtor.fiche.500', values, 1000, 1)];
    },
  },
  {
    // The File d'actions of the whole team with a year of history (the demo's story: calls,
    // e-mails, letters, promises), as a user opens it; queue.ready.10k measures the same queue
    // on a ledger without history.
    names: ['ui.queue.10k', 'ui.queue.10k.afterWrite'],
    needs: LARGE,
    async run(session, ids) {
      const page = await session.open('/actions');
      const everyone = page.getByRole('button', { name: 'Voir toute l’équipe' });
      await page
        .locator('[data-testid="queue-no-user"], [data-testid="queue-row"]')
        .first()
        .waitFor();
      if (await everyone.isVisible()) await everyone.click();
      await page.locator('[data-testid="queue-row"]').first().waitFor();
      const values = await repeat('ui.queue.10k', async () => {
        await settleOn(page, '/parametres', SETTINGS_READY);
        return timeUntil(
          page,
          { click: nav(page, 'File d’actions') },
          { selector: '[data-testid="queue-row"]' },
        );
      });
      // The same, with a call logged on a debtor just before (by the bench page, as a colleague's
      // tab would): the part of the queue kept since the last visit that holds the debtor is
      // evaluated again.
      const afterWrite = await repeat('ui.queue.10k.afterWrite', async () => {
        await settleOn(page, '/parametres', SETTINGS_READY);
        await writtenElsewhere(page, () =>
          session.bench((id) => window.benchApp.logCall(id), ids.debtor50),
        );
        return timeUntil(
          page,
          { click: nav(page, 'File d’actions') },
          { selector: '[data-testid="queue-row"]' },
        );
      });
      // Issue #17's target for the queue at 10,000 debtors.
      return [
        line('ui.queue.10k', values, 300, 1),
        line('ui.queue.10k.afterWrite', afterWrite, 300, 1),
      ];
    },
  },
  {
    // The first opening of the File d'actions after the app starts, as a controller's morning
    // begins: the app opened on the dashboard, a few seconds spent reading it, then the click.
    // The dashboard makes the queue ready in idle time once drawn (data/prepareQueue); without
    // that, this click evaluated every debtor's ladder with code not yet compiled (about 1.9 s).
    names: ['ui.queue.10k.first'],
    needs: LARGE,
    async run(session) {
      const firstOpening = async () => {
        const page = await session.open('/');
        await page
          .locator(DASHBOARD_READY.selector)
          .filter({ hasText: DASHBOARD_READY.text })
          .waitFor();
        await page.waitForTimeout(READING_THE_DASHBOARD_MS);
        const ms = await timeUntil(
          page,
          { click: nav(page, 'File d’actions') },
          { selector: '[data-testid="queue-no-user"], [data-testid="queue-row"]' },
        );
        return { page, ms };
      };
      // The warm-up shows the whole team's queue, as ui.queue.10k does: remembered from then on.
      const values = await repeat('ui.queue.10k.first', async (run) => {
        const { page, ms } = await firstOpening();
        const everyone = page.getByRole('button', { name: 'Voir toute l’équipe' });
        if (run < 0 && (await everyone.isVisible())) {
          await everyone.click();
          await page.getByTestId('queue-row').first().waitFor();
        } else if ((await page.getByTestId('queue-row').count()) === 0) {
          throw new Error('la file s’est ouverte sans ligne');
        }
        return ms;
      });
      return [line('ui.queue.10k.first', values, 300, 1)];
    },
  },
  {
    names: ['ui.letter.preview.med50'],
    needs: LARGE,
    async run(session, ids) {
      const page = await session.open('/parametres');
      const values = await repeat('ui.letter.preview.med50', async () => {
        await settleOn(page, '/parametres', SETTINGS_READY);
        return timeUntil(
          page,
          { hash: `/courriers?debiteur=${ids.debtor50}&modele=mise-en-demeure` },
          { selector: '[data-testid="letter-preview"] canvas' },
        );
      });
      return [line('ui.letter.preview.med50', values, 1000, 1)];
    },
  },
  {
    // Issue #18: the morning statement of 20,000 credits chosen on « Relevés bancaires » to the
    // list of credits to match drawn with its proposals (parse, store, match against 100,000 open
    // items), against parsing the same file alone; no main-thread task over 50 ms.
    names: ['ui.bank.20k'],
    needs: LARGE,
    async run(session) {
      const credits = 20_000;
      const base64 = await session.bench((n) => window.benchApp.bankStatementBase64(n), credits);
      const file = await fileOnDisk('releve_20000.xml', base64);
      const parse = [];
      const tasks = [];
      const values = await repeat('ui.bank.20k', async (i) => {
        if (i >= 0) parse.push(await session.bench(() => window.benchApp.bankParseMs()));
        await session.closeApp();
        await session.bench(() => window.benchApp.clearBankStatements());
        const page = await session.open('/banque');
        await page.getByText('Aucun virement à rapprocher.', { exact: false }).waitFor();
        const choosing = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
        const chooser = await choosing;
        await page.waitForTimeout(FINDING_THE_FILE_MS);
        await resetLongTasks(page);
        const ms = await timeFileChosen(page, chooser, file.path, [
          { selector: 'p', text: /^20\s000 virements à rapprocher\./ },
          // The first row's proposal named (its debtor read), not « … ».
          { selector: '[data-testid="credit-row"]:first-child', without: '…' },
        ]);
        tasks.push(await longestTask(page));
        return ms;
      }).finally(file.remove);
      return [
        line('ui.bank.20k', values, median(parse), 2),
        worst('ui.bank.20k.longestTask', tasks, 50),
      ];
    },
  },
  {
    names: ['ui.letters.batch.200', 'ui.letters.batch.200.pagesPerSecond'],
    needs: LARGE,
    dirties: true,
    async run(session) {
      // Each run sends Relance 1 to 200 other debtors: a debtor reminded once is no longer due.
      const due = await session.bench((n) => window.benchApp.debtorsDueForReminder(n), 200 * 6);
      const msPerPage = [];
      const tasks = [];
      let group = 0;
      const engine = [];
      await repeat('ui.letters.batch.200', async (i) => {
        const batch = due.slice(group * 200, ++group * 200);
        // The reference first, on the same letters, while they are still due.
        await session.closeApp();
        const reference = await session.bench(
          (ids) => window.benchApp.batchEngineMsPerPage(ids),
          batch,
        );
        if (i >= 0) engine.push(reference);
        await session.bench(() => window.gc?.());
        const page = await session.open(
          `/courriers?onglet=lot&modele=relance-1&lot=${batch.join(',')}`,
        );
        const generate = page.getByRole('button', { name: /^Générer [\d\s]+\scourrier/ });
        await generate.waitFor({ timeout: 5 * 60_000 });
        await settled(page);
        await resetLongTasks(page);
        const file = join(tmpdir(), `recouvra-bench-batch-${process.pid}.pdf`);
        const run = await stopwatch(async () => {
          await generate.click();
          const ready = /courriers prêts — [\d\s]+\spages/;
          await appears(page, ALERT, ready);
          // « 1 046 pages »: the count has its French separator (a narrow no-break space).
          const title = await page.locator(ALERT).filter({ hasText: ready }).textContent();
          const counted = title?.match(/([\d\s]+)\spages/)?.[1];
          const pages = Number(counted?.replace(/\D/g, ''));
          const downloading = page.waitForEvent('download');
          await page.getByRole('button', { name: 'Enregistrer le PDF' }).click();
          await (await downloading).saveAs(file);
          // Every letter kept as sent, with its own bytes: the alert then says so (it stays,
          // unlike the toast).
          await appears(page, ALERT, /Courriers enregistrés\./);
          return pages;
        });
        // The file checked once the clock has stopped: reading 230 pages back with pdf-lib is the
        // benchmark's check, not part of the user's wait.
        const saved = await PDFDocument.load(await readFile(file), { updateMetadata: false });
        await rm(file, { force: true });
        if (saved.getPageCount() !== run.value) {
          throw new Error(`PDF de ${saved.getPageCount()} pages au lieu de ${run.value}`);
        }
        msPerPage.push(run.ms / run.value);
        tasks.push(await longestTask(page));
        return run.ms;
      });
      return [
        // Through the UI within 1.3× of the letters engine on the same letters, in the same
        // pass (ms per page; letters.batch.200 renders a mix of longer letters).
        line('ui.letters.batch.200', msPerPage, median(engine), 1.3, 'ms/page'),
        // 20 pages per second or more: at most 50 ms per page, click to file saved.
        line('ui.letters.batch.200.pagesPerSecond', msPerPage, 50, 1, 'ms/page'),
        worst('ui.letters.batch.200.longestTask', tasks, 50),
      ];
    },
  },
  {
    names: ['ui.backup.100k', 'ui.restore.100k'],
    needs: LARGE,
    dirties: true,
    async run(session) {
      const folder = await mkdtemp(join(tmpdir(), 'recouvra-bench-backup-'));
      const file = join(folder, 'sauvegarde.zip');
      const backupTasks = [];
      const restoreTasks = [];
      try {
        const backups = await repeat('ui.backup.100k', async () => {
          const page = await session.open('/parametres?onglet=donnees');
          const save = page.getByRole('button', { name: 'Sauvegarder' });
          await save.waitFor();
          await settled(page);
          await resetLongTasks(page);
          const run = await stopwatch(async () => {
            const downloading = page.waitForEvent('download', { timeout: 10 * 60_000 });
            await save.click();
            await (await downloading).saveAs(file);
            await appears(page, ALERT, /Sauvegarde enregistrée/);
          });
          backupTasks.push(await longestTask(page));
          return run.ms;
        });
        const restores = await repeat('ui.restore.100k', async () => {
          const page = await session.open('/parametres?onglet=donnees');
          await page.getByRole('button', { name: 'Restaurer' }).waitFor();
          await settled(page);
          await resetLongTasks(page);
          const choosing = page.waitForEvent('filechooser');
          await page.getByRole('button', { name: 'Restaurer' }).click();
          const chooser = await choosing;
          // From the file chosen to the ledger replaced: reading and checking the archive,
          // then writing it; the user's reading of the confirmation is not counted.
          const checked = await stopwatch(async () => {
            // By path: Playwright refuses a buffer over 50 MB, and the demo's letters make the
            // backup of this ledger larger than that.
            await chooser.setFiles(file);
            await appears(page, '[role="dialog"]', /Restaurer cette sauvegarde/);
          });
          const applied = await stopwatch(async () => {
            await page.getByRole('button', { name: 'Remplacer toutes les données' }).click();
            await appears(page, ALERT, /ont remplacé les précédentes/);
          });
          restoreTasks.push(await longestTask(page));
          return checked.ms + applied.ms;
        });
        await session.closeApp();
        const raw = await repeat('référence bulkPut des lignes de la sauvegarde', () =>
          session.bench(() => window.benchApp.rawBulkPutMs()),
        );
        return [
          // No target in the issue for the backup: twice the raw write of its rows.
          line('ui.backup.100k', backups, median(raw), 2),
          worst('ui.backup.100k.longestTask', backupTasks, 50),
          // Issue #19: a restore within 1.5× of a raw bulkPut of the same rows.
          line('ui.restore.100k', restores, median(raw), 1.5),
          worst('ui.restore.100k.longestTask', restoreTasks, 50),
        ];
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  },
  {
    // Issue #19: a 300-page court dossier from the case page, click to the file saved and the
    // export logged on the case, within the 10 s issue 8 gave the dossier; no main-thread task
    // over 50 ms meanwhile. The dossier worker alone on the same pieces is printed beside it.
    names: ['ui.dossier.300p'],
    needs: LARGE,
    // 50 pieces (30 MB) and a case added to the ledger.
    dirties: true,
    async run(session) {
      const caseId = await session.bench(() => window.benchApp.seedDossierCase());
      const file = join(tmpdir(), `recouvra-bench-dossier-${process.pid}.pdf`);
      const tasks = [];
      const engine = [];
      const values = await repeat('ui.dossier.300p', async (i) => {
        await session.closeApp();
        if (i >= 0) engine.push(await session.bench(() => window.benchApp.dossierEngineMs()));
        // The pieces made for the reference are garbage in the tab the app's renderer shares.
        await session.bench(() => window.gc?.());
        const page = await session.open(`/dossiers/${caseId}`);
        // No mise en demeure recorded for this case: the export asks why, once per page.
        await page
          .getByLabel('Motif de l’export avant l’expiration de la mise en demeure')
          .fill('Mesure de performance.');
        const exportPdf = page.getByRole('button', { name: 'Exporter le dossier PDF' });
        await exportPdf.waitFor();
        await settled(page);
        await resetLongTasks(page);
        const run = await stopwatch(async () => {
          const downloading = page.waitForEvent('download', { timeout: 5 * 60_000 });
          await exportPdf.click();
          await page.getByRole('button', { name: 'Exporter quand même' }).click();
          await (await downloading).saveAs(file);
          // Logged on the case with its fingerprint: the alert says so.
          await appears(page, ALERT, /Dossier enregistré/);
        });
        tasks.push(await longestTask(page));
        // Checked once the clock has stopped: the pieces' 300 pages and the generated ones.
        const saved = await PDFDocument.load(await readFile(file), { updateMetadata: false });
        await rm(file, { force: true });
        if (saved.getPageCount() < 300) {
          throw new Error(`Dossier de ${saved.getPageCount()} pages au lieu de 300 et plus`);
        }
        return run.ms;
      });
      console.error(
        `[bench] ui.dossier.300p : le worker seul sur les mêmes pièces, médiane ${median(engine).toFixed(0)} ms`,
      );
      return [
        line('ui.dossier.300p', values, 10_000, 1),
        worst('ui.dossier.300p.longestTask', tasks, 50),
      ];
    },
  },
  {
    names: ['ui.import.100k'],
    async run(session) {
      const base64 = await session.bench(() => window.benchApp.workbookBase64());
      const file = await fileOnDisk('balance_agee_100k_2026-11-23.xlsx', base64);
      const tasks = [];
      const raw = [];
      const values = await repeat('ui.import.100k', async (i) => {
        // Interleaved with the reference, as the page benchmarks do.
        if (i >= 0 && i % 2 === 0)
          raw.push(await session.bench(() => window.benchApp.rawImportMs()));
        await session.reset();
        const page = await session.open('/import');
        const choosing = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
        const chooser = await choosing;
        await page.waitForTimeout(FINDING_THE_FILE_MS);
        await resetLongTasks(page);
        // File chosen → preview → « Importer » → result: the user's think time is not counted.
        const preview = await timeFileChosen(page, chooser, file.path, [
          { selector: '[data-testid="stat-Total importé"]' },
        ]);
        const button = page.getByRole('button', { name: /^Importer (les )?[\d\s]+/ });
        await button.waitFor();
        const commit = await timeUntil(
          page,
          { click: button },
          { selector: '[data-testid="import-result"]' },
        );
        tasks.push(await longestTask(page));
        if (i >= 0 && i % 2 === 1)
          raw.push(await session.bench(() => window.benchApp.rawImportMs()));
        return preview + commit;
      }).finally(file.remove);
      await session.reset();
      return [
        // Issue #19: within 1.2× of raw SheetJS parse plus raw bulkPut on the same store.
        line('ui.import.100k', values, median(raw), 1.2),
        worst('ui.import.100k.longestTask', tasks, 50),
      ];
    },
  },
];

/** Runs the user-path benchmarks named (all when `names` is empty) and returns their lines. */
export async function runUserPathBenchmarks({ names, ...page }) {
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.names.includes(n)));
  if (unknown.length > 0) throw new Error(`Mesure inconnue : ${unknown.join(', ')}`);
  const selected = SCENARIOS.filter(
    (s) => names.length === 0 || s.names.some((n) => names.includes(n)),
  );
  const session = createSession(page);
  const results = [];
  /** The large ledger is seeded once for every scenario that only reads it. */
  let seeded = null;
  for (const scenario of selected) {
    console.error(`[bench] ${scenario.names[0]}`);
    if (scenario.needs && seeded?.size !== scenario.needs) {
      seeded = { size: scenario.needs, ids: await session.seed(scenario.needs) };
    }
    if (!scenario.needs) seeded = null;
    const lines = await scenario.run(session, seeded?.ids).catch(async (error) => {
      // One scenario that throws (a wait that times out) fails with its reason; the others run.
      const shot = join(tmpdir(), `recouvra-bench-${scenario.names[0]}.png`);
      await session.screenshot(shot);
      await session.closeApp().catch(() => undefined);
      const message = `${error.message} (écran : ${shot})`;
      console.error(`[bench] FAIL ${scenario.names[0]} : erreur : ${message}`);
      // What the failed scenario left in the ledger is unknown: the next one seeds again.
      seeded = null;
      return scenario.names.map((name) => ({
        name,
        value: 0,
        unit: 'ms',
        baseline: 0,
        ratio: 0,
        target: 1,
        pass: false,
        error: message,
      }));
    });
    results.push(
      ...lines.filter((l) => names.length === 0 || names.some((n) => l.name.startsWith(n))),
    );
    await session.closeApp();
    // Scenarios that write (letters sent, restores, a dossier's pieces) leave the ledger
    // changed: the next one that needs it seeds again.
    if (scenario.dirties) seeded = null;
  }
  return results;
}
