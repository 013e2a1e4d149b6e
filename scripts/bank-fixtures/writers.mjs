/**
 * Writers of the three bank statement formats Recouvra reads, for the fixture generator: CAMT.053
 * (001.02 and 001.08), CFONB 120 and OFX 1 (SGML). A statement is
 * `{ iban, bank, branch, account, currency, id, from, to, openingCents, entries }` where an entry is
 * `{ ref, bookingDate, valueDate, amountCents (negative: debit), payerName, payerIban,
 *    remittance, documentNumbers, endToEndId, batch: [transactions] }`.
 */

const escapeXml = (text) =>
  String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const decimal = (cents) => (Math.abs(cents) / 100).toFixed(2);
const sumOf = (entries) => entries.reduce((sum, e) => sum + e.amountCents, 0);
export const closingOf = (statement) => statement.openingCents + sumOf(statement.entries);

function camtParty(version, t) {
  const name =
    version === '08'
      ? `<Dbtr><Pty><Nm>${escapeXml(t.payerName)}</Nm></Pty></Dbtr>`
      : `<Dbtr><Nm>${escapeXml(t.payerName)}</Nm></Dbtr>`;
  const account = t.payerIban ? `<DbtrAcct><Id><IBAN>${t.payerIban}</IBAN></Id></DbtrAcct>` : '';
  return t.payerName ? `<RltdPties>${name}${account}</RltdPties>` : '';
}

function camtRemittance(t) {
  const ustrd = t.remittance ? `<Ustrd>${escapeXml(t.remittance)}</Ustrd>` : '';
  const strd = (t.documentNumbers ?? [])
    .map((nb) => `<Strd><RfrdDocInf><Nb>${escapeXml(nb)}</Nb></RfrdDocInf></Strd>`)
    .join('');
  return ustrd || strd ? `<RmtInf>${ustrd}${strd}</RmtInf>` : '';
}

function camtTransaction(version, t, withAmount) {
  const amount = !withAmount
    ? ''
    : version === '08'
      ? `<Amt Ccy="EUR">${decimal(t.amountCents)}</Amt>`
      : `<AmtDtls><TxAmt><Amt Ccy="EUR">${decimal(t.amountCents)}</Amt></TxAmt></AmtDtls>`;
  const refs = `<Refs>${t.ref && withAmount ? `<AcctSvcrRef>${t.ref}</AcctSvcrRef>` : ''}<EndToEndId>${escapeXml(t.endToEndId ?? 'NOTPROVIDED')}</EndToEndId></Refs>`;
  return `<TxDtls>${refs}${amount}${camtParty(version, t)}${camtRemittance(t)}</TxDtls>`;
}

function camtEntry(version, entry) {
  const credit = entry.amountCents > 0;
  const status = version === '08' ? '<Sts><Cd>BOOK</Cd></Sts>' : '<Sts>BOOK</Sts>';
  const transactions = entry.batch
    ? entry.batch.map((t) => camtTransaction(version, t, true)).join('')
    : credit
      ? camtTransaction(version, entry, false)
      : '';
  return [
    '<Ntry>',
    `<Amt Ccy="EUR">${decimal(entry.amountCents)}</Amt>`,
    `<CdtDbtInd>${credit ? 'CRDT' : 'DBIT'}</CdtDbtInd>`,
    status,
    `<BookgDt><Dt>${entry.bookingDate}</Dt></BookgDt>`,
    `<ValDt><Dt>${entry.valueDate ?? entry.bookingDate}</Dt></ValDt>`,
    `<AcctSvcrRef>${entry.ref}</AcctSvcrRef>`,
    '<BkTxCd><Domn><Cd>PMNT</Cd></Domn></BkTxCd>',
    transactions ? `<NtryDtls>${transactions}</NtryDtls>` : '',
    !credit && entry.remittance
      ? `<AddtlNtryInf>${escapeXml(entry.remittance)}</AddtlNtryInf>`
      : '',
    '</Ntry>',
  ].join('');
}

function camtBalance(code, date, cents) {
  return `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${decimal(cents)}</Amt><CdtDbtInd>${cents < 0 ? 'DBIT' : 'CRDT'}</CdtDbtInd><Dt><Dt>${date}</Dt></Dt></Bal>`;
}

/** `version`: '02' or '08'. */
export function camt053(version, messageId, statements) {
  const body = statements
    .map((s) =>
      [
        '<Stmt>',
        `<Id>${s.id}</Id>`,
        `<CreDtTm>${s.to}T20:00:00+01:00</CreDtTm>`,
        `<FrToDt><FrDtTm>${s.from}T00:00:00+01:00</FrDtTm><ToDtTm>${s.to}T23:59:59+01:00</ToDtTm></FrToDt>`,
        `<Acct><Id><IBAN>${s.iban}</IBAN></Id><Ccy>${s.currency ?? 'EUR'}</Ccy></Acct>`,
        camtBalance('OPBD', s.from, s.openingCents),
        camtBalance('CLBD', s.to, closingOf(s)),
        ...s.entries.map((e) => camtEntry(version, e)),
        '</Stmt>',
      ].join('\n'),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}">
<BkToCstmrStmt>
<GrpHdr><MsgId>${messageId}</MsgId><CreDtTm>${statements[0].to}T20:00:00+01:00</CreDtTm></GrpHdr>
${body}
</BkToCstmrStmt>
</Document>
`;
}

const POSITIVE = '{ABCDEFGHI';
const NEGATIVE = '}JKLMNOPQR';

/** 14 characters: 13 digits and the last digit carrying the sign. */
export function cfonbAmount(cents) {
  const digits = String(Math.abs(cents)).padStart(14, '0');
  const last = Number(digits.slice(-1));
  return digits.slice(0, 13) + (cents < 0 ? NEGATIVE : POSITIVE)[last];
}

const ddmmyy = (iso) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`;
const field = (text, width) =>
  String(text ?? '')
    .slice(0, width)
    .padEnd(width, ' ');
const ascii = (text) =>
  String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();

function cfonbRecord(code, s, { op = '    ', interbank = '  ', date, rest }) {
  // 0-1 code, 2-6 bank, 7-10 op, 11-15 branch, 16-18 currency, 19 decimals, 20 blank,
  // 21-31 account, 32-33 interbank op, 34-39 date, then `rest` from 40 to 119.
  const line =
    code +
    field(s.bank, 5) +
    field(op, 4) +
    field(s.branch, 5) +
    field(s.currency ?? 'EUR', 3) +
    '2' +
    ' ' +
    field(s.account, 11) +
    field(interbank, 2) +
    ddmmyy(date) +
    rest;
  if (line.length !== 120) throw new Error(`CFONB record of ${line.length} characters`);
  return line;
}

function balanceRest(cents) {
  // 40-89 blank, 90-103 amount, 104-119 blank.
  return ' '.repeat(50) + cfonbAmount(cents) + ' '.repeat(16);
}

export function cfonb120(statements) {
  const lines = [];
  for (const s of statements) {
    lines.push(cfonbRecord('01', s, { date: s.from, rest: balanceRest(s.openingCents) }));
    s.entries.forEach((e, index) => {
      const credit = e.amountCents > 0;
      // 40-41 rejection, 42-47 value date, 48-78 label (31), 79-80 blank, 81-87 entry number,
      // 88 exoneration, 89 unavailability, 90-103 amount, 104-119 reference.
      const rest =
        '  ' +
        ddmmyy(e.valueDate ?? e.bookingDate) +
        field(ascii(credit ? `VIR SEPA RECU ${e.payerName ?? ''}` : e.remittance), 31) +
        '  ' +
        String(index + 1).padStart(7, '0') +
        '  ' +
        cfonbAmount(e.amountCents) +
        field(e.ref, 16);
      lines.push(
        cfonbRecord('04', s, {
          op: credit ? '0005' : '0001',
          interbank: credit ? '05' : '01',
          date: e.bookingDate,
          rest,
        }),
      );
      if (!credit) return;
      const complements = [
        ['NPY', e.payerName],
        ['LIB', e.remittance],
        ...(e.documentNumbers ?? []).map((nb) => ['RCN', nb]),
      ];
      for (const [qualifier, text] of complements) {
        if (!text) continue;
        // 40-44 blank, 45-47 qualifier, 48-117 detail (70), 118-119 blank.
        // Names keep their accents: older bank systems write them in Latin-1.
        const value = qualifier === 'NPY' ? String(text).toUpperCase() : ascii(text);
        const detail = `     ${qualifier}${field(value, 70)}  `;
        lines.push(
          cfonbRecord('05', s, { op: '0005', interbank: '05', date: e.bookingDate, rest: detail }),
        );
      }
    });
    lines.push(cfonbRecord('07', s, { date: s.to, rest: balanceRest(closingOf(s)) }));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const ofxDate = (iso) => `${iso.replace(/-/g, '')}120000[+1:CET]`;

/** OFX 1.02 (SGML: leaf elements are not closed). */
export function ofx1(statements) {
  const responses = statements
    .map((s) => {
      const transactions = s.entries
        .map((e) =>
          [
            '<STMTTRN>',
            `<TRNTYPE>${e.amountCents > 0 ? 'CREDIT' : 'DEBIT'}`,
            `<DTPOSTED>${ofxDate(e.bookingDate)}`,
            `<TRNAMT>${e.amountCents < 0 ? '-' : ''}${decimal(e.amountCents)}`,
            `<FITID>${e.ref}`,
            e.payerName ? `<NAME>${ascii(e.payerName).slice(0, 32)}` : '',
            e.remittance ? `<MEMO>${ascii(e.remittance)}` : '',
            '</STMTTRN>',
          ]
            .filter(Boolean)
            .join('\n'),
        )
        .join('\n');
      return `<STMTTRNRS>
<TRNUID>${s.id}
<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS>
<CURDEF>${s.currency ?? 'EUR'}
<BANKACCTFROM><BANKID>${s.bank}<BRANCHID>${s.branch}<ACCTID>${s.account}<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST>
<DTSTART>${ofxDate(s.from)}
<DTEND>${ofxDate(s.to)}
${transactions}
</BANKTRANLIST>
<LEDGERBAL><BALAMT>${closingOf(s) < 0 ? '-' : ''}${decimal(closingOf(s))}<DTASOF>${ofxDate(s.to)}</LEDGERBAL>
</STMTRS>
</STMTTRNRS>`;
    })
    .join('\n');
  return `OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>${ofxDate(statements[0].to)}<LANGUAGE>FRA</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1>
${responses}
</BANKMSGSRSV1>
</OFX>
`;
}

/** A French IBAN with a valid RIB key and check digits, from bank, branch and account. */
export function frenchIban(bank, branch, account) {
  const ribKey = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97);
  const bban = `${bank}${branch}${account}${String(ribKey).padStart(2, '0')}`;
  // FR = 15 27; check digits from BBAN + "FR00".
  const numeric = `${bban}152700`;
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `FR${String(98 - remainder).padStart(2, '0')}${bban}`;
}
