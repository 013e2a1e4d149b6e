/**
 * The morning's bank statement: October's balance imported, a promise taken from Delta on the
 * phone; a month later the statement arrives — credits stored once, the sure matches confirmed
 * in one click and the partial one with Entrée; the promise is kept, the relevé lists the
 * payment on its bank date, and November's balance recognises what the bank settled.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { fillDate } from './dates';
import { pdfText } from './pdfText';

const BALANCES = 'tests/fixtures/import';
const STATEMENT = 'tests/fixtures/bank/camt053_001.02_2026-11.xml';

async function choose(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (await chooser).setFiles(path);
}

async function importBalance(page: Page, name: string) {
  await page.goto('/#/import');
  await choose(page, `${BALANCES}/${name}`);
  await page.getByRole('button', { name: /^Importer (les )?\d+/ }).click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
}

async function openDebtor(page: Page, name: string) {
  await page.goto('/#/debiteurs');
  await page.getByRole('cell', { name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

test('statement matched, promise kept, payment dated, next balance recognises it', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: new Date('2026-11-04T09:00:00+01:00') });
  await importBalance(page, 'sage100_balance_agee_2026-10-31.xlsx');

  // Delta promises to pay its overdue invoice by 20 November.
  await openDebtor(page, 'Delta Logistique SA');
  await page.getByRole('link', { name: 'Appel guidé' }).click();
  await page.getByText('Promesse de paiement', { exact: true }).click();
  await fillDate(page.getByLabel('Paiement promis le'), '2026-11-20');
  await page.getByRole('button', { name: 'Enregistrer l’appel' }).click();
  await expect(page.getByText('Appel enregistré : Promesse de paiement.')).toBeVisible();

  // 1 December: November's statement.
  await page.clock.setSystemTime(new Date('2026-12-01T09:00:00+01:00'));
  await page.goto('/#/banque');
  await choose(page, STATEMENT);
  const result = page.getByTestId('bank-import-result');
  await expect(result).toContainText('5 virements reçus enregistrés ; 2 débits ignorés');
  await choose(page, STATEMENT);
  await expect(result).toContainText('déjà été importé');

  const review = page.getByRole('table', { name: 'Virements à rapprocher' });
  await expect(review.getByTestId('credit-row')).toHaveCount(5);
  const sure = page.getByRole('button', { name: 'Confirmer les 3 propositions sûres' });
  await expect(sure).toBeEnabled({ timeout: 30_000 });
  await sure.click();
  await expect(page.getByRole('tab', { name: 'Rapprochés (3)' })).toBeVisible();

  // The partial payment: its proposal is confirmed from the keyboard.
  const partial = review.getByTestId('credit-row').filter({ hasText: 'ACOMPTE' });
  await expect(partial).toContainText('FA2026-0003');
  await expect(partial).toContainText('paiement partiel');
  await partial.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Rapprochés (4)' })).toBeVisible();
  // The cheque remittance matches nothing and stays to be matched.
  await expect(review.getByTestId('credit-row')).toHaveCount(1);
  await expect(review).toContainText('Aucune facture ne correspond');

  // Delta's promise is kept by the transfer of 18 November.
  await page.goto('/#/promesses');
  await expect(page.getByText('Aucune promesse ici')).toBeVisible();
  await page.getByText('Toutes', { exact: true }).click();
  const delta = page.getByRole('row').filter({ hasText: 'Delta Logistique SA' });
  await expect(delta).toContainText('Tenue');

  // Alpha's relevé lists the part payment on its bank date.
  await openDebtor(page, 'Alpha Industrie SARL');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Enregistrer le relevé (PDF)' }).click(),
  ]);
  const releve = (await pdfText(new Uint8Array(await readFile(await download.path())))).text;
  expect(releve).toContain('05/11/2026');
  expect(releve).toContain('3 434,38');

  // November's balance: the settled items are recognised, not reported as newly paid.
  await importBalance(page, 'sage100_balance_agee_2026-11-30.xlsx');
  await expect(page.getByTestId('settled-by-bank')).toContainText(
    '4 pièces déjà rapprochées par relevé bancaire',
  );
  await expect(page.getByTestId('import-result').getByTestId('stat-Pièces soldées')).toHaveText(
    '1',
  );
});

test('a ledger changed in another window while the statement page waits is matched as it stands', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await importBalance(page, 'sage100_balance_agee_2026-10-31.xlsx');
  // This window waits on the statements page: its worker kept ready reads and indexes the ledger.
  await page.goto('/#/banque');
  await expect(page.getByText('Aucun virement à rapprocher', { exact: false })).toBeVisible();
  await page.waitForTimeout(3_000);

  // Meanwhile, in another window, November's balance settles FA2026-0001 (and nothing changes
  // among the statements, which would have this window match again).
  const other = await page.context().newPage();
  await importBalance(other, 'sage100_balance_agee_2026-11-30.xlsx');
  await other.close();

  // A transfer quoting FA2026-0001 is not proposed for it: it is paid.
  const statement = testInfo.outputPath('releve_doublon.xml');
  await writeFile(
    statement,
    `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>DBL</MsgId></GrpHdr><Stmt><Id>DBL-1</Id><Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Ntry><Amt Ccy="EUR">20691.90</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-25</Dt></BookgDt><AcctSvcrRef>DBL1</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Alpha Industrie SARL</Nm></Dbtr></RltdPties><RmtInf><Ustrd>VIR SEPA FACT FA2026-0001</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
</Stmt></BkToCstmrStmt></Document>`,
  );
  await choose(page, statement);
  await expect(page.getByTestId('bank-import-result')).toContainText('1 virement reçu enregistré');
  await expect(page.getByText(/^1 virement à rapprocher\./)).toBeVisible();
  const proposal = page
    .getByTestId('credit-row')
    .filter({ hasText: '25/11/2026' })
    .getByRole('cell')
    .nth(3);
  // Once the names are read (« … » until then), FA2026-0001 is not among them.
  await expect(proposal).not.toContainText('…');
  await expect(proposal).not.toContainText('FA2026-0001');
});

test('a statement of 5,000 credits is read on both cores, and refused as a whole when its end is wrong', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/#/banque');
  const statement = unknownPayersStatement(5_000);
  // Over a million characters: the import's worker hands the end of the file to its helper.
  expect(statement.length).toBeGreaterThan(1_000_000);
  const faulty = statement.replace(
    '<Amt Ccy="EUR">4100.00</Amt>',
    '<Amt Ccy="EUR">4100.00</Amt>'.replace('EUR', 'XXY'),
  );
  expect(faulty).not.toBe(statement);
  const chooseStatement = async (text: string) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
    await (await chooser).setFiles({
      name: 'releve_5000.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(text),
    });
  };
  // Entry 4,001 is in the part the helper reads: the message is the one a whole reading gives.
  await chooseStatement(faulty);
  await expect(page.getByRole('alert')).toContainText(
    /«\sreleve_5000\.xml\s», relevé GROS-1, écriture 4001\s: devise inconnue «\sXXY\s»/,
  );
  await expect(page.getByText('Aucun virement à rapprocher.', { exact: false })).toBeVisible();

  await chooseStatement(statement);
  await expect(page.getByTestId('bank-import-result')).toContainText(
    '5 000 virements reçus enregistrés',
    { timeout: 60_000 },
  );
  await expect(page.getByText('Virements 1 à 50 sur 5 000')).toBeVisible();
});

/** A statement of `count` credits from payers the ledger does not know (nothing to propose). */
function unknownPayersStatement(count: number): string {
  const entries = Array.from(
    { length: count },
    (_, n) =>
      `<Ntry><Amt Ccy="EUR">${(100 + n).toFixed(2)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-24</Dt></BookgDt><AcctSvcrRef>GROS${n}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>PAYEUR ${n}</Nm></Dbtr></RltdPties><RmtInf><Ustrd>VIREMENT ${n}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>GROS</MsgId></GrpHdr><Stmt><Id>GROS-1</Id><Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id><Ccy>EUR</Ccy></Acct>
${entries.join('\n')}
</Stmt></BkToCstmrStmt></Document>`;
}

test('a statement of 130 credits is reviewed 50 at a time', async ({ page }) => {
  test.setTimeout(120_000);
  await importBalance(page, 'sage100_balance_agee_2026-10-31.xlsx');
  await page.goto('/#/banque');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choisir un fichier…' }).click();
  await (await chooser).setFiles({
    name: 'releve_130.xml',
    mimeType: 'application/xml',
    buffer: Buffer.from(unknownPayersStatement(130)),
  });
  await expect(page.getByTestId('bank-import-result')).toContainText(
    '130 virements reçus enregistrés',
  );
  const review = page.getByRole('table', { name: 'Virements à rapprocher' });
  await expect(review.getByTestId('credit-row')).toHaveCount(50);
  await expect(page.getByText('Virements 1 à 50 sur 130')).toBeVisible();
  await expect(review).toContainText('Aucune facture ne correspond');

  await page.getByRole('button', { name: 'Page 3' }).click();
  await expect(page.getByText('Virements 101 à 130 sur 130')).toBeVisible();
  await expect(review.getByTestId('credit-row')).toHaveCount(30);
  // Suppr ignores the focused credit; the page keeps the rest.
  const last = review.getByTestId('credit-row').last();
  const label = await last.getAttribute('aria-label');
  await last.focus();
  await page.keyboard.press('Delete');
  await expect(page.getByText('Virements 101 à 129 sur 129')).toBeVisible();
  await expect(review.getByTestId('credit-row')).toHaveCount(29);
  await expect(review.getByRole('row', { name: label ?? '' })).toHaveCount(0);
});
