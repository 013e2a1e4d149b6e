/**
 * OFX bank statements: version 1 (SGML, leaf elements left unclosed) and version 2 (XML). One
 * statement per `STMTRS`; OFX states the closing (ledger) balance only. Credits are the
 * transactions with a positive amount.
 */
import { subtractCents, ZERO_CENTS } from '../money';
import { centsFromDecimal, isKnownCurrency, isoDateFromBank } from './amounts';
import { type BankStatement, type ParsedStatementFile, StatementError } from './types';
import { at, listAt, readXml, textAt } from './xml';

const ARRAYS = new Set(['STMTTRNRS', 'STMTTRN']);

/**
 * OFX 1 to XML: keeps what follows the SGML header, closes each leaf element on its own (an
 * element followed by text and not by its closing tag) and escapes bare ampersands.
 */
export function ofxToXml(text: string): string {
  const start = text.search(/<OFX>/i);
  const body = start < 0 ? text : text.slice(start);
  if (/^\s*<\?xml/i.test(text)) return text;
  return body
    .replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/g, '&amp;')
    .replace(/<([A-Za-z0-9.]+)>([^<]*?)\s*(?=<(?!\/\1>))/g, (whole, tag: string, value: string) =>
      value.trim() === '' ? whole : `<${tag}>${value.trim()}</${tag}>`,
    );
}

export function parseOfx(fileName: string, text: string): ParsedStatementFile {
  const xml = readXml(fileName, ofxToXml(text), ARRAYS);
  const responses = listAt(xml, 'OFX/BANKMSGSRSV1/STMTTRNRS');
  if (responses.length === 0) {
    throw new StatementError(
      `« ${fileName} » : aucun relevé bancaire (<BANKMSGSRSV1><STMTTRNRS>) dans ce fichier OFX.`,
    );
  }
  const statements = responses.map((response, index): BankStatement => {
    const statement = at(response, 'STMTRS');
    const where = `« ${fileName} », relevé ${index + 1}`;
    const currency = textAt(statement, 'CURDEF') ?? '';
    if (!isKnownCurrency(currency)) {
      throw new StatementError(`${where} : devise inconnue « ${currency} » (<CURDEF>).`);
    }
    const accountId = ['BANKID', 'BRANCHID', 'ACCTID']
      .map((field) => textAt(statement, `BANKACCTFROM/${field}`) ?? '')
      .filter(Boolean)
      .join(' ');
    const result: BankStatement = {
      accountId,
      currency,
      credits: [],
      debitCount: 0,
      debitCents: ZERO_CENTS,
    };
    const balance = centsFromDecimal(textAt(statement, 'LEDGERBAL/BALAMT') ?? '');
    const balanceDate = isoDateFromBank(textAt(statement, 'LEDGERBAL/DTASOF') ?? '');
    if (balance !== null && balanceDate) result.closing = { date: balanceDate, cents: balance };
    listAt(statement, 'BANKTRANLIST/STMTTRN').forEach((transaction, n) => {
      const fitId = textAt(transaction, 'FITID');
      const origin = `transaction ${n + 1}${fitId ? ` (FITID ${fitId})` : ''}`;
      const amountText = textAt(transaction, 'TRNAMT') ?? '';
      const cents = centsFromDecimal(amountText);
      if (cents === null) {
        throw new StatementError(
          `${where}, ${origin} : montant <TRNAMT> illisible (« ${amountText} »).`,
        );
      }
      if (cents <= 0) {
        result.debitCount += 1;
        result.debitCents = subtractCents(result.debitCents, cents);
        return;
      }
      const posted = textAt(transaction, 'DTPOSTED') ?? '';
      const bookingDate = isoDateFromBank(posted);
      if (!bookingDate) {
        throw new StatementError(
          `${where}, ${origin} : date <DTPOSTED> illisible (« ${posted} »).`,
        );
      }
      if (!fitId) throw new StatementError(`${where}, ${origin} : identifiant <FITID> absent.`);
      const name = textAt(transaction, 'NAME');
      const refNum = textAt(transaction, 'REFNUM');
      result.credits.push({
        accountId,
        bankReference: fitId,
        bookingDate,
        amountCents: cents,
        currency,
        ...(name ? { payerName: name } : {}),
        references: refNum ? [refNum] : [],
        remittance: [textAt(transaction, 'MEMO'), name].filter(Boolean).join(' '),
        origin,
      });
    });
    return result;
  });
  return { fileName, format: 'ofx', statements };
}
