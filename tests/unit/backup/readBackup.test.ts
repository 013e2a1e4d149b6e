import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, readBackup } from '../../../renderer/src/data/backup';
import { DEFAULT_BACKUP_LIMITS } from '../../../renderer/src/data/backup/format';
import { putBlob } from '../../../renderer/src/data/repositories/blobs';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/src/data/schema';
import { useFreshDb } from '../testDb';
import {
  declareOriginalSize,
  readManifest,
  text,
  unzip,
  withCoherentManifest,
  type ZipFiles,
  zip,
} from './backupZip';

describe('reading a backup', () => {
  const db = useFreshDb();
  let files: ZipFiles;
  let blobName: string;

  beforeEach(async () => {
    await db().debtors.add({
      id: 'd1',
      accountNo: 'C001',
      name: 'Dupont SARL',
      addressLines: [],
      contacts: [],
      tags: [],
      status: 'active',
    });
    blobName = `blobs/${await putBlob(text('%PDF-1.7 contrat'), 'application/pdf')}`;
    files = unzip((await createBackup({ appVersion: '0.1.0' })).bytes);
  });

  async function expectRefused(bytes: Uint8Array, reason: RegExp, limits = DEFAULT_BACKUP_LIMITS) {
    const result = await readBackup(bytes, limits);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/^Restauration impossible\s: /);
    expect(result.reason).toMatch(reason);
    expect(result.reason).toMatch(/Aucune donnée n['’]a été modifiée\.$/);
  }

  describe('readBackup accepts', () => {
    it('a backup it wrote, with its rows and blob bytes', async () => {
      const result = await readBackup(zip(files));
      if (!result.ok) throw new Error(result.reason);
      expect(result.backup.manifest.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(result.backup.tables.debtors).toEqual([
        expect.objectContaining({ accountNo: 'C001' }),
      ]);
      // The bytes stay bytes until a file is written (a Blob of its type then).
      const data = result.backup.tables.blobs?.[0]?.data;
      expect(data).toBeInstanceOf(Uint8Array);
      expect(new TextDecoder().decode(data as Uint8Array)).toBe('%PDF-1.7 contrat');
    });
  });

  describe('readBackup refuses', () => {
    it('a truncated file', async () => {
      const bytes = zip(files);
      await expectRefused(bytes.subarray(0, bytes.length - 40), /archive zip lisible/);
    });

    it('something that is not a zip', async () => {
      await expectRefused(text('%PDF-1.7 pas une sauvegarde'), /archive zip lisible/);
    });

    it('an archive without manifest', async () => {
      const { 'manifest.json': _manifest, ...rest } = files;
      await expectRefused(zip(rest), /manifest\.json.*absent/);
    });

    it('a manifest that is not JSON', async () => {
      await expectRefused(zip({ ...files, 'manifest.json': text('{ pas du json') }), /illisible/);
    });

    it('a manifest with missing fields', async () => {
      const manifest = readManifest(files) as Partial<ReturnType<typeof readManifest>>;
      delete manifest.schemaVersion;
      const broken = { ...files, 'manifest.json': text(JSON.stringify(manifest)) };
      await expectRefused(zip(broken), /manifeste .* invalide .*schemaVersion/);
    });

    it('a table file whose content no longer matches its checksum', async () => {
      const tampered = { ...files, 'tables/debtors.jsonl': text('{"id":"d1","accountNo":"X"}\n') };
      await expectRefused(zip(tampered), /«\stables\/debtors\.jsonl\s» est altéré .*SHA-256/);
    });

    it('a blob whose bytes changed', async () => {
      const tampered = { ...files, [blobName]: text('%PDF-1.7 contrat modifié') };
      await expectRefused(zip(tampered), /est altéré/);
    });

    it('a backup from a newer schema', async () => {
      const newer = await withCoherentManifest(files, (m) => {
        m.schemaVersion = CURRENT_SCHEMA_VERSION + 1;
        m.appVersion = '9.0.0';
      });
      await expectRefused(
        zip(newer),
        /version plus récente de Recouvra \(9\.0\.0.*mettez l['’]application à jour/,
      );
    });

    it('an unknown older schema version', async () => {
      const unknown = await withCoherentManifest(files, (m) => {
        m.schemaVersion = CURRENT_SCHEMA_VERSION - 0.5;
      });
      await expectRefused(zip(unknown), /manifeste .* invalide|version de schéma inconnue/);
    });

    it('a newer backup format', async () => {
      const newer = await withCoherentManifest(files, (m) => {
        m.formatVersion = 2;
      });
      await expectRefused(zip(newer), /format plus récent/);
    });

    it.each([
      ['../../x', /nom de fichier dangereux.*remontée de dossier/],
      ['tables/../../../etc/passwd', /remontée de dossier/],
      ['/etc/passwd', /chemin absolu/],
      ['C:/Windows/evil.dll', /chemin absolu/],
      ['tables\\debtors.jsonl', /barre oblique inverse/],
      ['blobs//x', /chemin non normalisé/],
    ])('an entry named %j', async (name, reason) => {
      await expectRefused(zip({ ...files, [name]: text('x') }), reason);
    });

    it('an entry the format does not know', async () => {
      const extra = await withCoherentManifest({ ...files, 'tables/lisezmoi.txt': text('x') });
      await expectRefused(zip(extra), /fichier inattendu «\stables\/lisezmoi\.txt\s»/);
    });

    it('a file the manifest does not declare', async () => {
      const extra = { ...files, 'tables/extra.jsonl': text('') };
      await expectRefused(zip(extra), /n['’]est pas déclaré dans le manifeste/);
    });

    it('a declared file that is missing', async () => {
      const { [blobName]: _blob, ...rest } = files;
      await expectRefused(zip(rest), /annoncé par le manifeste est absent/);
    });

    it('a table missing from the list', async () => {
      const { 'tables/letters.jsonl': _letters, ...rest } = files;
      const missing = await withCoherentManifest(rest, (m) => {
        delete m.tables.letters;
      });
      await expectRefused(zip(missing), /liste des tables ne correspond pas/);
    });

    it('a row count that does not match', async () => {
      const wrong = await withCoherentManifest(files, (m) => {
        m.tables.debtors = { rows: 2 };
      });
      await expectRefused(zip(wrong), /contient 1 lignes au lieu de 2/);
    });

    it('a line that is not JSON', async () => {
      const broken = await withCoherentManifest({
        ...files,
        'tables/debtors.jsonl': text('{"id":"d1"\n'),
      });
      await expectRefused(zip(broken), /ligne 1 de «\stables\/debtors\.jsonl\s» illisible/);
    });

    it('a row without its key', async () => {
      const broken = await withCoherentManifest({
        ...files,
        'tables/debtors.jsonl': text('{"accountNo":"C001"}\n'),
      });
      await expectRefused(zip(broken), /clé «\sid\s» absente/);
    });

    it('a blob file without its row', async () => {
      const orphan = await withCoherentManifest({
        ...files,
        [`blobs/${'a'.repeat(64)}`]: text('x'),
      });
      await expectRefused(zip(orphan), /ne correspond à aucune ligne/);
    });

    it('more entries than allowed, before inflating anything', async () => {
      const limits = { ...DEFAULT_BACKUP_LIMITS, maxEntries: 5 };
      await expectRefused(zip(files), /plus de 5 fichiers/, limits);
    });

    it('more uncompressed bytes than allowed', async () => {
      const limits = { ...DEFAULT_BACKUP_LIMITS, maxTotalBytes: 100 };
      await expectRefused(zip(files), /dépasserait .* \(bombe de décompression\s\?\)/, limits);
    });

    it('an entry with a huge compression ratio (zip bomb)', async () => {
      const bomb = { ...files, 'tables/debtors.jsonl': new Uint8Array(20 * 1024 * 1024) };
      await expectRefused(zip(bomb), /se décompresserait \d+ fois plus gros/);
    });

    it('an entry that inflates beyond the size its headers declare (lying bomb)', async () => {
      const bomb = zip({ ...files, 'tables/debtors.jsonl': new Uint8Array(8 * 1024 * 1024) });
      const lying = declareOriginalSize(bomb, 'tables/debtors.jsonl', 1000);
      await expectRefused(lying, /au-delà de sa taille annoncée/);
    });

    it('an entry whose declared size claims gigabytes', async () => {
      const claimed = declareOriginalSize(zip(files), 'tables/debtors.jsonl', 0xfffffff0);
      await expectRefused(claimed, /dépasserait 1024 Mo|fois plus gros/);
    });
  });
});
