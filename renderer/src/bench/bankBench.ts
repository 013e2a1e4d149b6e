/**
 * The morning statement at scale (issue 18): a CAMT.053 file of 20,000 credits imported and
 * matched against 100,000 open items, as the Relevés bancaires page runs it (one job of the bank
 * worker: parse, store, match every credit waiting), against parsing the same file alone. The ledger is written
 * before the clock starts; the window's longest task is recorded (target: none over 50 ms).
 */
import { generateDemoPortfolio } from '../demo/generator';
import { parseStatementText } from '../domain/bank';
import { isoDate } from '../domain/dates';
import type { Debtor, Invoice } from '../domain/model';
import { cents } from '../domain/money';
import { runBankJob } from '../workers/bank/client';
import { withFreshDatabase } from './freshDatabase';
import { watchMainThread } from './mainThreadWatch';
import type { Benchmark, Measurement } from './runner';

const CREDITS = 20_000;
const AS_OF = isoDate('2026-11-23');

let portfolio: { debtors: Debtor[]; invoices: Invoice[] } | undefined;
let statement: string | undefined;

function ledger() {
  portfolio ??= generateDemoPortfolio({
    seed: 18,
    debtors: 10_000,
    items: 100_000,
    asOfDate: AS_OF,
  });
  return portfolio;
}

const euros = (value: number) => (value / 100).toFixed(2);
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * 20,000 credits as banks write them: a third quote invoice numbers, a third only the payer's
 * name, the rest nothing useful; amounts exact, partial or unrelated.
 */
function benchStatement(): string {
  if (statement) return statement;
  const { debtors, invoices } = ledger();
  const names = new Map(debtors.map((d) => [d.id, d.name]));
  const open = invoices.filter((i) => i.kind === 'invoice' && i.openCents > 0);
  const entries: string[] = [];
  let total = 0;
  for (let n = 0; n < CREDITS; n++) {
    const invoice = open[(n * 7919) % open.length] as Invoice;
    const amount = n % 5 === 4 ? Math.max(1, Math.round(invoice.openCents / 2)) : invoice.openCents;
    total += amount;
    const remittance =
      n % 3 === 0 ? `VIR SEPA FACT ${invoice.number}` : n % 3 === 1 ? 'VIREMENT' : 'REMISE';
    const payer = n % 3 === 2 ? 'INCONNU' : (names.get(invoice.debtorId) ?? '');
    entries.push(
      `<Ntry><Amt Ccy="EUR">${euros(amount)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-24</Dt></BookgDt><AcctSvcrRef>B${n}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>${xmlText(payer)}</Nm></Dbtr></RltdPties><RmtInf><Ustrd>${xmlText(remittance)}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
    );
  }
  statement = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId></GrpHdr><Stmt><Id>BENCH-1</Id><Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id><Ccy>EUR</Ccy></Acct><Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-24</Dt></Dt></Bal><Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${euros(total)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-24</Dt></Dt></Bal>
${entries.join('\n')}
</Stmt></BkToCstmrStmt></Document>`;
  return statement;
}

async function importAndMatch(): Promise<Measurement> {
  const bytes = new TextEncoder().encode(benchStatement());
  const { debtors, invoices } = ledger();
  return withFreshDatabase(async (db) => {
    await db.debtors.bulkPut(debtors);
    await db.invoices.bulkPut(invoices);
    // The file's bytes exist before the click (the page has read the file): copied here, outside
    // the clock and the watch, since allocating 6 MB can start a full collection of this window's
    // heap, which holds the whole generated ledger (the app's window does not).
    const fileBytes = bytes.slice();
    const watch = await watchMainThread();
    const start = performance.now();
    const imported = await runBankJob({
      type: 'import',
      bytes: fileBytes,
      fileName: 'releve_20000.xml',
      sha256: 'bench',
      match: { toleranceCents: cents(500) },
      databaseName: db.name,
    });
    const ms = performance.now() - start;
    const report = watch.stop();
    if (imported.type !== 'imported' || imported.result.added !== CREDITS) {
      throw new Error(`Import du relevé : ${JSON.stringify(imported).slice(0, 200)}`);
    }
    if (imported.matches?.length !== CREDITS) throw new Error('Rapprochement incomplet');
    const proposed = imported.matches.filter((m) => m.candidates.length > 0).length;
    const steps = (timings: Record<string, number> = {}) =>
      Object.entries(timings)
        .map(([step, stepMs]) => `${step} ${stepMs.toFixed(0)}`)
        .join(', ');
    console.info(
      `[bench] bank.match.20k: ${ms.toFixed(0)} ms (${steps(imported.timings)}), ${proposed} virements avec proposition sur ${CREDITS}, tâche la plus longue ${report.longestTaskMs.toFixed(0)} ms (à ${(report.longestTaskAt - start).toFixed(0)} ms du début)`,
    );
    return { ms, metrics: { longestTask: report.longestTaskMs } };
  });
}

async function parseAlone(): Promise<number> {
  const text = benchStatement();
  const start = performance.now();
  const result = parseStatementText('releve_20000.xml', text);
  const ms = performance.now() - start;
  if (!result.ok) throw new Error(result.message);
  return ms;
}

export const BANK_BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'bank.match.20k',
    description:
      'Relevé CAMT.053 de 20 000 virements importé puis rapproché de 100 000 pièces ouvertes ' +
      '(une tâche du worker, comme la page Relevés bancaires), comparé à la seule lecture du fichier.',
    targetRatio: 2,
    warmupRuns: 1,
    runs: 3,
    measure: importAndMatch,
    baseline: { kind: 'measured', measure: parseAlone },
    metrics: [{ key: 'longestTask', unit: 'ms', reference: 50, targetRatio: 1 }],
  },
];
