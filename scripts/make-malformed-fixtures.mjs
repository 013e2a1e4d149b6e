#!/usr/bin/env node
/**
 * Writes the malformed-input corpus under tests/fixtures/malformed/ (each file is refused by a
 * test in tests/unit/malformed-corpus.test.ts) and tests/fixtures/backups/sauvegarde-schema-1.zip,
 * a well-formed backup as schema version 1 wrote it, which every later version must restore.
 * Deterministic: fixed dates, no randomness.
 *
 *   node scripts/make-malformed-fixtures.mjs
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures');
const MTIME = new Date('2026-11-23T10:00:00Z');
const encode = (text) => new TextEncoder().encode(text);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function write(folder, name, bytes) {
  mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, folder, name), bytes);
}

// ---- A schema-1 backup (renderer/src/data/backup/format.ts, format version 1) -------------

const PDF_BYTES = encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PDF_SHA = sha256(PDF_BYTES);

/** Rows per table as schema version 1 stores them (14 tables, every one present). */
const TABLES = {
  activities: [],
  audit: [
    {
      id: 'au1',
      at: '2026-11-20T09:00:00.000Z',
      by: 'Claire',
      action: 'import',
      entity: 'imports',
      entityId: 'imp1',
    },
  ],
  blobs: [{ sha256: PDF_SHA, mime: 'application/pdf', size: PDF_BYTES.length }],
  cases: [],
  debtors: [
    {
      id: 'd1',
      accountNo: '411DUPONT',
      name: 'Dupont Bâtiment SARL',
      addressLines: ['12 rue des Lilas'],
      postalCode: '69003',
      city: 'Lyon',
      contacts: [{ id: 'c1', name: 'Mme Martin', role: 'daf', email: 'daf@dupont.fr' }],
      tags: [],
      status: 'active',
    },
  ],
  documents: [
    {
      id: 'doc1',
      debtorId: 'd1',
      invoiceIds: ['i1'],
      kind: 'contrat',
      title: 'Contrat cadre',
      fileName: 'contrat.pdf',
      mime: 'application/pdf',
      size: PDF_BYTES.length,
      sha256: PDF_SHA,
      addedAt: '2026-11-20T09:00:00.000Z',
    },
  ],
  importJournals: [],
  imports: [],
  invoices: [
    {
      id: 'i1',
      debtorId: 'd1',
      number: 'FA-0042',
      kind: 'invoice',
      dueDate: '2026-10-16',
      amountCents: 1234567,
      openCents: 1234567,
      currency: 'EUR',
      status: 'open',
    },
  ],
  letters: [],
  mappings: [],
  promises: [],
  settings: [],
  snapshots: [],
};

function backupFiles({ schemaVersion = 1 } = {}) {
  const files = {};
  const manifest = {
    format: 'recouvra-sauvegarde',
    formatVersion: 1,
    appVersion: '0.1.0',
    schemaVersion,
    createdAt: '2026-11-23T10:00:00.000Z',
    tables: {},
    files: {},
  };
  const add = (name, bytes) => {
    files[name] = bytes;
    manifest.files[name] = { sha256: sha256(bytes), size: bytes.length };
  };
  for (const [table, rows] of Object.entries(TABLES)) {
    manifest.tables[table] = { rows: rows.length };
    add(`tables/${table}.jsonl`, encode(rows.map((row) => `${JSON.stringify(row)}\n`).join('')));
  }
  add(`blobs/${PDF_SHA}`, PDF_BYTES);
  return { files, manifest };
}

function zip(files, manifest) {
  const entries = {};
  for (const [name, bytes] of Object.entries(files)) entries[name] = [bytes, { level: 6 }];
  if (manifest)
    entries['manifest.json'] = [encode(JSON.stringify(manifest, null, 2)), { level: 6 }];
  return zipSync(entries, { mtime: MTIME });
}

/** Rewrites the uncompressed size both zip headers declare for `name` (a "lying" entry). */
function declareOriginalSize(bytes, name, size) {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const encoded = encode(name);
  const nameAt = (offset) => encoded.every((byte, i) => out[offset + i] === byte);
  for (let offset = 0; offset + 46 < out.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (
      signature === 0x04034b50 &&
      view.getUint16(offset + 26, true) === encoded.length &&
      nameAt(offset + 30)
    ) {
      view.setUint32(offset + 22, size, true);
    } else if (
      signature === 0x02014b50 &&
      view.getUint16(offset + 28, true) === encoded.length &&
      nameAt(offset + 46)
    ) {
      view.setUint32(offset + 24, size, true);
    }
  }
  return out;
}

const valid = backupFiles();
const validZip = zip(valid.files, valid.manifest);
write('backups', 'sauvegarde-schema-1.zip', validZip);

const malformed = {
  'tronquee.zip': validZip.subarray(0, Math.floor(validZip.length / 2)),
  'vide.zip': new Uint8Array(0),
  'pas-un-zip.zip': PDF_BYTES,
  'sans-manifeste.zip': zip(valid.files),
  'manifeste-illisible.zip': zipSync(
    { ...valid.files, 'manifest.json': encode('{ "format": ') },
    { mtime: MTIME },
  ),
  'somme-de-controle-fausse.zip': zip(
    {
      ...valid.files,
      'tables/invoices.jsonl': encode(
        TABLES.invoices.map((r) => `${JSON.stringify({ ...r, openCents: 1 })}\n`).join(''),
      ),
    },
    valid.manifest,
  ),
  'schema-plus-recent.zip': (() => {
    const newer = backupFiles({ schemaVersion: 99 });
    return zip(newer.files, { ...newer.manifest, appVersion: '9.0.0' });
  })(),
  'traversee-de-chemin.zip': zip({ ...valid.files, '../../x': encode('évasion') }, valid.manifest),
  'chemin-absolu.zip': zip({ ...valid.files, '/etc/passwd': encode('root:x:0:0') }, valid.manifest),
  'chemin-windows.zip': zip(
    { ...valid.files, '..\\..\\Windows\\evil.dll': encode('MZ') },
    valid.manifest,
  ),
  // 16 Mo of zeros deflate to about 16 Ko: a ratio no real backup has.
  'bombe-ratio.zip': zip(
    { ...valid.files, 'tables/debtors.jsonl': new Uint8Array(16 * 1024 * 1024) },
    valid.manifest,
  ),
  // Declares 1 000 bytes, inflates to 8 Mo: only counting while inflating catches it.
  'bombe-taille-mentie.zip': declareOriginalSize(
    zip(
      { ...valid.files, 'tables/debtors.jsonl': new Uint8Array(8 * 1024 * 1024) },
      valid.manifest,
    ),
    'tables/debtors.jsonl',
    1000,
  ),
  // Declares 4 Go for a tiny entry: refused on the declared total, before inflating.
  'bombe-taille-annoncee.zip': declareOriginalSize(validZip, 'tables/debtors.jsonl', 0xfffffff0),
};
for (const [name, bytes] of Object.entries(malformed)) write('malformed/backups', name, bytes);

// ---- Evidence files (validators arrive with issue 8) ------------------------------------

const pdf = encode(
  '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n',
);
write('malformed/pdf', 'tronque.pdf', pdf.subarray(0, 90));
write(
  'malformed/pdf',
  'chiffre.pdf',
  encode(
    '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n4 0 obj << /Filter /Standard /V 5 /R 6 /Length 256 /P -1028 /O <00> /U <00> >> endobj\ntrailer << /Root 1 0 R /Encrypt 4 0 R /ID [<00><00>] >>\n%%EOF\n',
  ),
);
write('malformed/pdf', 'html-renomme.pdf', encode('<!doctype html><script>alert(1)</script>'));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// A PNG signature, then an IHDR chunk whose CRC is wrong and no image data.
write(
  'malformed/images',
  'png-corrompu.png',
  new Uint8Array([
    ...PNG_SIGNATURE,
    0,
    0,
    0,
    13,
    0x49,
    0x48,
    0x44,
    0x52,
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    2,
    0,
    0,
    0,
    0xde,
    0xad,
    0xbe,
    0xef,
  ]),
);
// A JPEG start-of-image and APP0 header, cut before any scan data or end-of-image marker.
write(
  'malformed/images',
  'jpeg-tronque.jpg',
  new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xdb,
    0, 0x43, 0,
  ]),
);
write('malformed/images', 'exe-renomme.png', encode('MZ\x90\x00 pas une image'));

console.log('Corpus écrit dans tests/fixtures/malformed/ et tests/fixtures/backups/.');
