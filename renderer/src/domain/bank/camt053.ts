/**
 * CAMT.053 (ISO 20022 « BankToCustomerStatement »), versions 001.02 to 001.08: several statements
 * per file, each for one account, with balances and entries. Only booked credit entries are
 * kept; a batch entry with several transaction details gives one credit per transaction.
 * Names differ slightly between versions (entry status as text or `Cd`, parties under `Pty` from
 * 001.08, transaction amount under `AmtDtls` or `Amt`); both are read.
 */
import type { Cents, IsoDate } from '../model';
import { addCents, negateCents, ZERO_CENTS } from '../money';
import { centsFromDecimal, isKnownCurrency, isoDateFromBank } from './amounts';
import type { CamtTail } from './camt053Split';
import {
  type BankCredit,
  type BankStatement,
  type ParsedStatementFile,
  type StatementBalance,
  StatementError,
} from './types';
import { at, listAt, readXml, textAt, textOf, type XmlNode } from './xml';

const ARRAYS = new Set([
  'Stmt',
  'Bal',
  'Ntry',
  'NtryDtls',
  'TxDtls',
  'Ustrd',
  'Strd',
  'RfrdDocInf',
]);

interface Context {
  fileName: string;
  where: string;
}

function fail(context: Context, what: string): never {
  throw new StatementError(`« ${context.fileName} », ${context.where} : ${what}`);
}

function amountOf(
  context: Context,
  node: unknown,
  path: string,
): { cents: Cents; currency: string } {
  const text = textAt(node, path);
  const cents = text === undefined ? null : centsFromDecimal(text);
  if (cents === null) fail(context, `montant <${path}> illisible (« ${text ?? 'absent'} »).`);
  const currency = textAt(node, `${path}/@Ccy`) ?? '';
  if (!isKnownCurrency(currency)) fail(context, `devise inconnue « ${currency} » (<${path}>).`);
  return { cents, currency };
}

function dateOf(context: Context, node: unknown, path: string): IsoDate {
  const text = textAt(node, `${path}/Dt`) ?? textAt(node, `${path}/DtTm`);
  const date = text === undefined ? null : isoDateFromBank(text);
  if (!date) fail(context, `date <${path}> illisible (« ${text ?? 'absente'} »).`);
  return date;
}

function signed(node: unknown, cents: Cents): Cents {
  return textAt(node, 'CdtDbtInd') === 'DBIT' ? negateCents(cents) : cents;
}

function balances(context: Context, statement: unknown) {
  let opening: StatementBalance | undefined;
  let closing: StatementBalance | undefined;
  for (const balance of listAt(statement, 'Bal')) {
    const code = textAt(balance, 'Tp/CdOrPrtry/Cd');
    if (code !== 'OPBD' && code !== 'PRCD' && code !== 'CLBD') continue;
    const value = {
      date: dateOf(context, balance, 'Dt'),
      cents: signed(balance, amountOf(context, balance, 'Amt').cents),
    };
    if (code === 'CLBD') closing = value;
    else opening ??= value;
  }
  return { opening, closing };
}

function isBooked(entry: unknown): boolean {
  const status = textAt(entry, 'Sts/Cd') ?? textAt(entry, 'Sts');
  return status === undefined || status === 'BOOK';
}

function texts(node: unknown, path: string): string[] {
  return listAt(node, path)
    .map((value) => (textOf(value) ?? '').trim())
    .filter((value) => value !== '' && value !== 'NOTPROVIDED');
}

function referencesOf(details: unknown): string[] {
  const structured = listAt(details, 'RmtInf/Strd').flatMap((strd) => [
    ...listAt(strd, 'RfrdDocInf').flatMap((doc) => texts(doc, 'Nb')),
    ...texts(strd, 'CdtrRefInf/Ref'),
  ]);
  return [...structured, ...texts(details, 'Refs/EndToEndId')];
}

function payerOf(details: unknown) {
  const name = textAt(details, 'RltdPties/Dbtr/Pty/Nm') ?? textAt(details, 'RltdPties/Dbtr/Nm');
  const iban = textAt(details, 'RltdPties/DbtrAcct/Id/IBAN');
  return { ...(name ? { payerName: name } : {}), ...(iban ? { payerIban: iban } : {}) };
}

function transactionAmount(context: Context, details: unknown) {
  if (at(details, 'Amt') !== undefined) return amountOf(context, details, 'Amt');
  if (at(details, 'AmtDtls/TxAmt/Amt') !== undefined) {
    return amountOf(context, details, 'AmtDtls/TxAmt/Amt');
  }
  return amountOf(context, details, 'AmtDtls/InstdAmt/Amt');
}

function creditsOf(
  context: Context,
  entry: unknown,
  accountId: string,
  fallbackReference: string,
): BankCredit[] {
  const amount = amountOf(context, entry, 'Amt');
  const bookingDate = dateOf(context, entry, 'BookgDt');
  const valueDate = at(entry, 'ValDt') === undefined ? undefined : dateOf(context, entry, 'ValDt');
  const entryReference =
    textAt(entry, 'AcctSvcrRef') ?? textAt(entry, 'NtryRef') ?? fallbackReference;
  const extra = textAt(entry, 'AddtlNtryInf') ?? '';
  const details = listAt(entry, 'NtryDtls').flatMap((d) => listAt(d, 'TxDtls'));
  const base = {
    accountId,
    bookingDate,
    ...(valueDate ? { valueDate } : {}),
    origin: context.where,
  };
  if (details.length <= 1) {
    const [only] = details;
    return [
      {
        ...base,
        bankReference: entryReference,
        amountCents: amount.cents,
        currency: amount.currency,
        ...payerOf(only),
        references: referencesOf(only),
        remittance: [...texts(only, 'RmtInf/Ustrd'), extra].filter(Boolean).join(' '),
      },
    ];
  }
  return details.map((transaction, index) => {
    const own = transactionAmount(context, transaction);
    return {
      ...base,
      bankReference: textAt(transaction, 'Refs/AcctSvcrRef') ?? `${entryReference}/${index + 1}`,
      amountCents: own.cents,
      currency: own.currency,
      ...payerOf(transaction),
      references: referencesOf(transaction),
      remittance: texts(transaction, 'RmtInf/Ustrd').join(' '),
    };
  });
}

/**
 * A statement of the file, its entries counted from `firstEntry` (the statement's entries before
 * it are read by another thread: camt053Split.ts).
 */
function statementOf(
  fileName: string,
  statement: unknown,
  index: number,
  firstEntry = 0,
): BankStatement {
  const id = textAt(statement, 'Id') ?? String(index + 1);
  const context = { fileName, where: `relevé ${id}` };
  const accountId = textAt(statement, 'Acct/Id/IBAN') ?? textAt(statement, 'Acct/Id/Othr/Id') ?? '';
  if (!accountId) fail(context, 'compte <Acct/Id> absent.');
  const result: BankStatement = {
    accountId,
    currency: textAt(statement, 'Acct/Ccy') ?? 'EUR',
    ...balances(context, statement),
    credits: [],
    debitCount: 0,
    debitCents: ZERO_CENTS,
  };
  listAt(statement, 'Ntry').forEach((entry, position) => {
    const entryIndex = firstEntry + position;
    const where = `relevé ${id}, écriture ${entryIndex + 1}`;
    const entryContext = { fileName, where };
    if (!isBooked(entry)) return;
    if (textAt(entry, 'CdtDbtInd') === 'DBIT') {
      result.debitCount += 1;
      result.debitCents = addCents(result.debitCents, amountOf(entryContext, entry, 'Amt').cents);
      return;
    }
    result.credits.push(...creditsOf(entryContext, entry, accountId, `${id}/${entryIndex + 1}`));
  });
  return result;
}

function statementsOf(fileName: string, text: string, validated: boolean): unknown[] {
  const xml = readXml(fileName, text, ARRAYS, validated);
  const root = at(xml, 'Document/BkToCstmrStmt') as XmlNode | undefined;
  if (!root) {
    throw new StatementError(
      `« ${fileName} » : élément <BkToCstmrStmt> absent, ce n’est pas un relevé CAMT.053.`,
    );
  }
  return listAt(root, 'Stmt');
}

/** `validated`: `text` is the head of a file validated whole (camt053Split.ts). */
export function parseCamt053(
  fileName: string,
  text: string,
  validated = false,
): ParsedStatementFile {
  const statements = statementsOf(fileName, text, validated).map((s, i) =>
    statementOf(fileName, s, i),
  );
  return { fileName, format: 'camt.053', statements };
}

/**
 * The entries a tail of the file holds (camt053Split.ts), as the statement they belong to: its
 * credits and debits are those entries' only.
 */
export function parseCamt053Tail(fileName: string, tail: CamtTail): BankStatement {
  const [statement] = statementsOf(fileName, tail.document, true);
  if (statement === undefined) throw new StatementError(`« ${fileName} » : relevé illisible.`);
  return statementOf(fileName, statement, tail.statement, tail.firstEntry);
}
