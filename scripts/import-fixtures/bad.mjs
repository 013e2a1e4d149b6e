/**
 * Files an import must refuse or flag with a precise French message: empty, no header,
 * password-protected, truncated, a PDF renamed .xlsx, a sheet claiming a million rows, formula
 * errors, text and impossible dates in date columns, mixed currencies.
 */
import { frDate, OCTOBER } from './ledger.mjs';
import { date, money, sheetFromRows, writeBytes, writeWorkbook, XLSX } from './sheets.mjs';

const HEADER = [
  'Code client',
  'Raison sociale',
  'N° facture',
  'Date facture',
  'Échéance',
  'Montant',
];
const TITLE = [`Balance âgée clients au ${frDate(OCTOBER)}`];

function item(n) {
  return [
    `411C${String(n).padStart(3, '0')}`,
    `Client ${n} SARL`,
    `FA-${String(2000 + n)}`,
    date('2026-09-01'),
    date('2026-10-01'),
    money(10_000 + n * 137),
  ];
}

export function writeEmpty(path) {
  writeBytes(path, Buffer.alloc(0));
}

export function writeEmptyWorkbook(path) {
  const sheet = XLSX.utils.aoa_to_sheet([]);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Feuil1');
  writeBytes(path, XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }));
}

/** Data, but nothing that reads as a balance header. */
export function writeNoHeader(path) {
  const rows = [
    ['Compte rendu de réunion'],
    ['Ordre du jour', 'Budget 2027'],
    ...Array.from({ length: 30 }, (_, i) => [`Point ${i + 1}`, i * 3.5, 'à voir']),
  ];
  writeWorkbook(path, [{ name: 'Notes', rows }]);
}

/**
 * An « Encrypt with password » xlsx is an OLE container holding EncryptionInfo (agile, XML) and
 * EncryptedPackage streams. SheetJS cannot write one, but its CFB writer can build the container;
 * the package bytes are filler, as unreadable as real ciphertext without the key.
 */
export function writePasswordProtected(path) {
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAECAwQFBgcICQoLDA0ODw=="/>' +
    '<dataIntegrity encryptedHmacKey="AAECAwQFBgcICQoLDA0ODw==" encryptedHmacValue="AAECAwQFBgcICQoLDA0ODw=="/>' +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAECAwQFBgcICQoLDA0ODw==" encryptedVerifierHashInput="AAECAwQFBgcICQoLDA0ODw==" encryptedVerifierHashValue="AAECAwQFBgcICQoLDA0ODw==" encryptedKeyValue="AAECAwQFBgcICQoLDA0ODw=="/>' +
    '</keyEncryptor></keyEncryptors></encryption>';
  // Version 4.4 (agile), reserved flags 0x40, then the XML descriptor.
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from(xml, 'utf8')]);
  const pkg = Buffer.alloc(8 + 8192);
  pkg.writeUInt32LE(8192, 0);
  for (let i = 8; i < pkg.length; i++) pkg[i] = (i * 131 + 7) & 0xff;
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', pkg);
  writeBytes(path, XLSX.CFB.write(cfb, { type: 'buffer' }));
}

/** A valid workbook cut at 60 %: what an interrupted download leaves. */
export function writeTruncated(path) {
  const rows = [TITLE, [], HEADER, ...Array.from({ length: 120 }, (_, i) => item(i + 1))];
  const sheet = sheetFromRows(rows);
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheet, 'Balance');
  const full = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true });
  writeBytes(path, full.subarray(0, Math.floor(full.length * 0.6)));
}

/** A complete workbook whose compressed sheet was overwritten (disk or transfer damage). */
export function writeCorrupted(path) {
  const rows = [TITLE, [], HEADER, ...Array.from({ length: 120 }, (_, i) => item(i + 1))];
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, sheetFromRows(rows), 'Balance');
  const bytes = Buffer.from(
    XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }),
  );
  const sheetAt = bytes.indexOf('xl/worksheets/sheet1.xml');
  for (let i = sheetAt + 80; i < sheetAt + 600; i++) bytes[i] = (i * 37) & 0xff;
  writeBytes(path, bytes);
}

export function writePdf(path) {
  const pdf = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  writeBytes(path, Buffer.from(pdf, 'latin1'));
}

/** 200 rows under a `!ref` of A1:Z1000000 (some ERPs format whole columns). */
export function writeMillionRowsClaimed(path) {
  const rows = [TITLE, [], HEADER, ...Array.from({ length: 196 }, (_, i) => item(i + 1))];
  const total = rows.slice(3).reduce((sum, row) => sum + Math.round(row[5].v * 100), 0);
  rows.push(['Total général', '', '', '', '', money(total)]);
  writeWorkbook(path, [{ name: 'Balance', sheet: sheetFromRows(rows, { ref: 'A1:Z1000000' }) }]);
  return { dataRows: 196, totalCents: total };
}

/** #N/A (failed VLOOKUP) and #REF! (deleted column) in the amount column, rows 5 and 7. */
export function writeFormulaErrors(path) {
  const rows = [TITLE, [], HEADER, item(1), item(2), item(3), item(4), item(5)];
  rows[4][5] = { t: 'e', v: 0x2a, f: 'VLOOKUP(C5,Tarifs!A:B,2,FALSE)', w: '#N/A' };
  rows[6][5] = { t: 'e', v: 0x17, f: '#REF!*1.2', w: '#REF!' };
  writeWorkbook(path, [{ name: 'Balance', rows }]);
}

/** « à confirmer » typed in the due date column, row 5. */
export function writeTextInDate(path) {
  const rows = [TITLE, [], HEADER, item(1), item(2), item(3)];
  rows[4][4] = 'à confirmer';
  writeWorkbook(path, [{ name: 'Balance', rows }]);
}

/** « 31/02/2026 » typed as text in the due date column (row 14, column E). */
export function writeImpossibleDate(path) {
  const rows = [TITLE, [], HEADER, ...Array.from({ length: 12 }, (_, i) => item(i + 1))];
  rows[13][4] = '31/02/2026';
  writeWorkbook(path, [{ name: 'Balance', rows }]);
}

/** Amounts in EUR, USD and GBP with no currency column: currency formats and a written code. */
export function writeMixedCurrencies(path) {
  const rows = [TITLE, [], HEADER, item(1), item(2), item(3), item(4)];
  rows[3][5] = money(120_000, '#,##0.00 "€"');
  rows[4][5] = money(99_900, '[$$-409]#,##0.00');
  rows[5][5] = '1 250,00 GBP';
  rows[6][5] = money(45_000, '[$USD] #,##0.00');
  writeWorkbook(path, [{ name: 'Balance', rows }]);
  return { currencies: ['EUR', 'GBP', 'USD'] };
}
