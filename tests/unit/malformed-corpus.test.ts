/**
 * Walks the whole malformed-input corpus. Every file must meet the validator of its kind and be
 * refused with a French reason, leaving the database exactly as it was. A file in a folder no
 * kind claims fails the walk: nothing in the corpus goes unchecked by accident.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readBackup, restoreBackup } from '../../renderer/src/data/backup';
import { putBlob } from '../../renderer/src/data/repositories/blobs';
import { documentsRepo } from '../../renderer/src/data/repositories/documents';
import { isoDate } from '../../renderer/src/domain/dates';
import { cents } from '../../renderer/src/domain/money';
import { inspectPiece, offeredBytes } from '../../renderer/src/pdf/dossier';
import { parseSpreadsheet } from '../../renderer/src/workers/spreadsheet/parseSpreadsheet';
import { ALL_TABLES, dumpDatabase } from './backup/ledgerWithEvidence';
import { useFreshDb } from './testDb';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, 'tests', 'fixtures', 'malformed');

/** Returns the French reason the file was refused for; throws if it was accepted. */
type Validator = (bytes: Uint8Array, fileName: string) => Promise<string>;

interface CorpusKind {
  folder: string;
  /** Every reason of this kind must match. */
  reason: RegExp;
  validate: Validator | null;
  /** Why there is no validator yet, and who brings it. */
  pending?: string;
  /** Per-file reason, so each case proves its own check and not an earlier one. */
  expected?: Record<string, RegExp>;
  /** Awkward but valid files kept beside the bad ones: they must be read without an error. */
  accepted?: readonly string[];
}

/** The import's parse, as the worker runs it: a file-level message or the first row error. */
const parseForImport: Validator = async (bytes, fileName) => {
  const name = fileName.split('/').pop() ?? fileName;
  const result = parseSpreadsheet(bytes, name);
  if (!result.ok) return result.message;
  const error = result.balance.issues.find((issue) => issue.severity === 'error');
  if (error) return error.message;
  throw new Error(`${name} accepté alors qu’il aurait dû être refusé`);
};

/** The backup restore path, as the Données tab runs it: read and prove, then replace. */
const restoreFromBytes: Validator = async (bytes) => {
  const read = await readBackup(bytes);
  if (!read.ok) return read.reason;
  const restored = await restoreBackup(read.backup, { by: 'test' });
  if (!restored.ok) return restored.reason;
  throw new Error('sauvegarde acceptée alors qu’elle aurait dû être refusée');
};

/** « Joindre des pièces »: the piece checks, then (only if they pass) the document is stored. */
const attachPiece: Validator = async (bytes, fileName) => {
  const name = fileName.split('/').pop() ?? fileName;
  const inspection = await inspectPiece(offeredBytes(name, bytes));
  if (!inspection.ok) return inspection.reason;
  await documentsRepo.attach({
    debtorId: 'd1',
    invoiceIds: [],
    kind: 'autre',
    title: name,
    fileName: name,
    mime: inspection.mime,
    bytes,
  });
  throw new Error(`${name} accepté alors qu’il aurait dû être refusé`);
};

const KINDS: CorpusKind[] = [
  {
    folder: 'tests/fixtures/malformed/backups',
    reason: /^Restauration impossible\s: .+ Aucune donnée n['’]a été modifiée\.$/,
    validate: restoreFromBytes,
    expected: {
      'tronquee.zip': /archive zip lisible/,
      'vide.zip': /archive zip lisible/,
      'pas-un-zip.zip': /archive zip lisible/,
      'sans-manifeste.zip': /«\smanifest\.json\s» est absent/,
      'manifeste-illisible.zip': /«\smanifest\.json\s» est illisible/,
      'somme-de-controle-fausse.zip': /«\stables\/invoices\.jsonl\s» est altéré/,
      'schema-plus-recent.zip': /version plus récente de Recouvra \(9\.0\.0, schéma 99/,
      'traversee-de-chemin.zip': /dangereux .*«\s\.\.\/\.\.\/x\s» \(remontée de dossier/,
      'chemin-absolu.zip': /dangereux .*«\s\/etc\/passwd\s» \(chemin absolu/,
      'chemin-windows.zip': /dangereux .*barre oblique inverse/,
      'bombe-ratio.zip': /se décompresserait \d+ fois plus gros/,
      'bombe-taille-mentie.zip': /au-delà de sa taille annoncée/,
      'bombe-taille-annoncee.zip': /dépasserait 1024 Mo/,
    },
  },
  {
    // Evidence pieces, as « Joindre des pièces » checks them before anything is stored.
    folder: 'tests/fixtures/malformed/pdf',
    reason: /^«\s[^»]+\s» est .+\.$/,
    validate: attachPiece,
    expected: {
      'chiffre.pdf': /PDF protégé \(chiffré ou par mot de passe\)/,
      'html-renomme.pdf': /une page web bien que nommé \.pdf\s: format non pris en charge/,
      'tronque.pdf': /PDF endommagé/,
    },
  },
  {
    folder: 'tests/fixtures/malformed/images',
    reason: /^«\s[^»]+\s» est .+\.$/,
    validate: attachPiece,
    expected: {
      'exe-renomme.png': /un programme Windows bien que nommé comme une image/,
      'jpeg-tronque.jpg': /image JPEG endommagée/,
      'png-corrompu.png': /image PNG endommagée/,
    },
  },
  {
    // The import parser's bad-input fixtures; a refused file names itself in the message.
    folder: 'tests/fixtures/import/bad',
    reason: /«\s[^»]+\s»/,
    validate: parseForImport,
    expected: {
      'corrupted.xlsx': /endommagé|illisible|corrompu/,
      'empty-workbook.xlsx': /aucune donnée|vide/,
      'empty.xlsx': /vide/,
      'formula-errors.xlsx': /#N\/A|#REF!/,
      'impossible-date.xlsx': /31\/02\/2026/,
      'no-header.xlsx': /en-tête/,
      'password-protected.xlsx': /mot de passe/,
      'pdf-renamed.xlsx': /PDF/,
      'text-in-date.xlsx': /date/,
      'truncated.xlsx': /tronqué|endommagé|illisible|incomplet/,
    },
    accepted: ['million-rows-claimed.xlsx', 'mixed-currencies.xlsx', 'windows-1252-semicolon.csv'],
  },
];

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('malformed-input corpus', () => {
  const db = useFreshDb();

  beforeEach(async () => {
    // Something to lose: a debtor, an item and a blob that a bad file must not disturb.
    await db().debtors.add({
      id: 'd1',
      accountNo: 'C001',
      name: 'Dupont SARL',
      addressLines: [],
      contacts: [],
      tags: [],
      status: 'active',
    });
    await db().invoices.add({
      id: 'i1',
      debtorId: 'd1',
      number: 'F1',
      kind: 'invoice',
      dueDate: isoDate('2026-10-01'),
      amountCents: cents(100_00),
      openCents: cents(100_00),
      currency: 'EUR',
      status: 'open',
    });
    await putBlob(new TextEncoder().encode('%PDF-1.7 preuve'), 'application/pdf');
  });

  it('assigns every corpus file to a kind', () => {
    const claimed = (file: string) => KINDS.some((kind) => file.startsWith(`${kind.folder}/`));
    expect(filesUnder(CORPUS).filter((file) => !claimed(file))).toEqual([]);
  });

  for (const kind of KINDS) {
    const files = filesUnder(join(ROOT, kind.folder)).sort();
    describe(kind.folder, () => {
      it('has files', () => expect(files.length).toBeGreaterThan(0));
      const validate = kind.validate;
      if (!validate) {
        for (const file of files) it.todo(`${file} — en attente : ${kind.pending}`);
        return;
      }
      const accepted = files.filter((file) =>
        kind.accepted?.includes(file.slice(kind.folder.length + 1)),
      );
      const refused = files.filter((file) => !accepted.includes(file));
      if (kind.expected) {
        it('expects a reason for exactly the files present', () => {
          const names = refused.map((file) => file.slice(kind.folder.length + 1));
          expect(Object.keys(kind.expected ?? {}).sort()).toEqual(names);
        });
      }
      if (accepted.length > 0) {
        it.each(accepted)('reads %s without an error', async (file) => {
          await expect(
            validate(new Uint8Array(readFileSync(join(ROOT, file))), file),
          ).rejects.toThrow('accepté');
        });
      }
      it.each(refused)('refuses %s in French and leaves the database unchanged', async (file) => {
        const before = await dumpDatabase(db());
        const reason = await validate(new Uint8Array(readFileSync(join(ROOT, file))), file);
        expect(reason).toMatch(kind.reason);
        const specific = kind.expected?.[file.slice(kind.folder.length + 1)];
        if (specific) expect(reason).toMatch(specific);
        expect(await dumpDatabase(db())).toStrictEqual(before);
        expect(Object.keys(before)).toEqual(ALL_TABLES);
      });
    });
  }
});
