/**
 * Reads and proves a backup file without touching the database: zip limits and entry names,
 * manifest, format and schema versions, the SHA-256 of every file, every JSON line, and the
 * pairing of blob rows with blob files. Only a backup that passes everything reaches restore.
 */
import type { z } from 'zod';
import { sha256Hex } from '../../shared/sha256';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { attachBlobBytes } from './blobRows';
import {
  BACKUP_FORMAT_VERSION,
  type BackupLimits,
  type BackupManifest,
  type BackupRows,
  classifyEntry,
  DEFAULT_BACKUP_LIMITS,
  MANIFEST_FILE,
  manifestSchema,
  tableFile,
} from './format';
import { parseJsonLines } from './jsonLines';
import { safeUnzip } from './safeUnzip';
import { isKnownSchemaVersion, primaryKeyOf, storesAtVersion } from './tables';

export type { BackupRows };

export interface ValidatedBackup {
  manifest: BackupManifest;
  /**
   * Rows per table; blob rows with their bytes back as `data: Uint8Array`, made a Blob when
   * written (`storedBlobOf`).
   */
  tables: BackupRows;
}

export type ReadBackupResult =
  | { ok: true; backup: ValidatedBackup }
  | { ok: false; reason: string };

const refuse = (reason: string): ReadBackupResult => ({
  ok: false,
  reason: `Restauration impossible : ${reason}. Aucune donnée n’a été modifiée.`,
});

function describeManifestIssues(error: z.ZodError): string {
  const fields = error.issues.map((issue) => issue.path.join('.') || '(racine)');
  return `le manifeste de la sauvegarde est invalide (champs : ${[...new Set(fields)].slice(0, 5).join(', ')})`;
}

function parseManifest(bytes: Uint8Array | undefined): BackupManifest | string {
  if (!bytes)
    return 'le fichier « manifest.json » est absent : ce n’est pas une sauvegarde Recouvra';
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return 'le fichier « manifest.json » est illisible (JSON invalide)';
  }
  const parsed = manifestSchema.safeParse(json);
  return parsed.success ? parsed.data : describeManifestIssues(parsed.error);
}

function checkVersions(manifest: BackupManifest): string | null {
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    return `la sauvegarde utilise un format plus récent (${manifest.formatVersion}) que cette version de Recouvra : mettez l’application à jour`;
  }
  if (manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    return `format de sauvegarde inconnu (${manifest.formatVersion})`;
  }
  if (manifest.schemaVersion > CURRENT_SCHEMA_VERSION) {
    return `la sauvegarde vient d’une version plus récente de Recouvra (${manifest.appVersion}, schéma ${manifest.schemaVersion} ; cette version connaît le schéma ${CURRENT_SCHEMA_VERSION}) : mettez l’application à jour`;
  }
  if (!isKnownSchemaVersion(manifest.schemaVersion)) {
    return `version de schéma inconnue (${manifest.schemaVersion})`;
  }
  return null;
}

/** The archive's files and the manifest's list must be the same set, table by table. */
function checkInventory(manifest: BackupManifest, names: readonly string[]): string | null {
  const listed = new Set(Object.keys(manifest.files));
  for (const name of names) {
    if (name === MANIFEST_FILE) continue;
    if (classifyEntry(name).kind === 'unexpected') return `fichier inattendu « ${name} »`;
    if (!listed.delete(name)) return `le fichier « ${name} » n’est pas déclaré dans le manifeste`;
  }
  const [missing] = listed;
  if (missing !== undefined) return `le fichier « ${missing} » annoncé par le manifeste est absent`;

  const expected = Object.keys(storesAtVersion(manifest.schemaVersion)).sort();
  const actual = Object.keys(manifest.tables).sort();
  if (expected.join() !== actual.join()) {
    return `la liste des tables ne correspond pas au schéma ${manifest.schemaVersion} (attendu : ${expected.join(', ')})`;
  }
  const withoutFile = actual.find((table) => !(tableFile(table) in manifest.files));
  return withoutFile ? `la table « ${withoutFile} » n’a pas de fichier` : null;
}

async function checkChecksums(
  manifest: BackupManifest,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<string | null> {
  for (const [name, expected] of Object.entries(manifest.files)) {
    const data = files.get(name);
    if (!data || data.byteLength !== expected.size || (await sha256Hex(data)) !== expected.sha256) {
      return `le fichier « ${name} » est altéré (somme de contrôle SHA-256 différente)`;
    }
  }
  return null;
}

function readTables(
  manifest: BackupManifest,
  files: ReadonlyMap<string, Uint8Array>,
): BackupRows | string {
  const stores = storesAtVersion(manifest.schemaVersion);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const tables: BackupRows = {};
  for (const [table, { rows: expectedRows }] of Object.entries(manifest.tables)) {
    const file = tableFile(table);
    let text: string;
    try {
      text = decoder.decode(files.get(file));
    } catch {
      return `« ${file} » n’est pas du texte UTF-8`;
    }
    const parsed = parseJsonLines(file, text);
    if (!parsed.ok) return parsed.reason;
    if (parsed.rows.length !== expectedRows) {
      return `« ${file} » contient ${parsed.rows.length} lignes au lieu de ${expectedRows}`;
    }
    const key = primaryKeyOf(stores[table] ?? '');
    const keyless = key ? parsed.rows.findIndex((row) => !isValidKey(row[key])) : 0;
    if (keyless >= 0) return `ligne ${keyless + 1} de « ${file} » : clé « ${key} » absente`;
    tables[table] = parsed.rows;
  }
  return tables;
}

const isValidKey = (value: unknown) =>
  (typeof value === 'string' && value !== '') || typeof value === 'number';

export async function readBackup(
  bytes: Uint8Array,
  limits: BackupLimits = DEFAULT_BACKUP_LIMITS,
): Promise<ReadBackupResult> {
  const unzipped = safeUnzip(bytes, limits);
  if (!unzipped.ok) return refuse(unzipped.reason);
  const { files, entries } = unzipped;
  const manifestBytes = files.get(MANIFEST_FILE);
  if (manifestBytes && manifestBytes.byteLength > limits.maxManifestBytes) {
    return refuse('le manifeste est anormalement gros');
  }
  const manifest = parseManifest(manifestBytes);
  if (typeof manifest === 'string') return refuse(manifest);
  const problem =
    checkVersions(manifest) ??
    checkInventory(
      manifest,
      entries.map((e) => e.name),
    ) ??
    (await checkChecksums(manifest, files));
  if (problem) return refuse(problem);
  const tables = readTables(manifest, files);
  if (typeof tables === 'string') return refuse(tables);
  const withBlobs = attachBlobBytes(tables, files);
  if (typeof withBlobs === 'string') return refuse(withBlobs);
  return { ok: true, backup: { manifest, tables: withBlobs } };
}
