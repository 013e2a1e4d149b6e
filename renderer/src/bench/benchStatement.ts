/**
 * The morning statement at scale, for the bank benchmarks (bank.match.20k in the bench page,
 * ui.bank.20k through the app): a CAMT.053 file of credits paying the open invoices of a ledger,
 * as banks write them. A third quote an invoice number, a third only the payer's name, the rest
 * nothing useful; amounts exact, partial (one in five) or unrelated.
 */
import type { Debtor, Invoice } from '../domain/model';

const euros = (value: number) => (value / 100).toFixed(2);
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function benchStatementXml(
  debtors: readonly Debtor[],
  invoices: readonly Invoice[],
  credits: number,
): string {
  const names = new Map(debtors.map((d) => [d.id, d.name]));
  const open = invoices.filter((i) => i.kind === 'invoice' && i.openCents > 0);
  if (open.length === 0) throw new Error('Aucune facture ouverte pour le relevé de mesure.');
  const entries: string[] = [];
  let total = 0;
  for (let n = 0; n < credits; n++) {
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
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId></GrpHdr><Stmt><Id>BENCH-1</Id><Acct><Id><IBAN>FR7630004008230001234567819</IBAN></Id><Ccy>EUR</Ccy></Acct><Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-24</Dt></Dt></Bal><Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${euros(total)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-24</Dt></Dt></Bal>
${entries.join('\n')}
</Stmt></BkToCstmrStmt></Document>`;
}
