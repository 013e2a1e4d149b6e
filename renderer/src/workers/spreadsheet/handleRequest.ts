/**
 * The worker's work, separate from `self.onmessage` so it can be tested in Node: parse (posting
 * progress, then exactly one result or error) and commit the balance it parsed last.
 */
import { getDb, RecouvraDb, withConnection } from '../../data/db';
import { importsRepo } from '../../data/repositories/imports';
import { previewOf } from '../../domain/import/preview';
import type { ParsedBalance } from '../../domain/import/types';
import { parseSpreadsheet } from './parseSpreadsheet';
import type { CommitMeta, ImportWorkerRequest, ImportWorkerResponse } from './protocol';

/** Progress is posted at most this often per phase, to keep message traffic negligible. */
const MIN_PERCENT_STEP = 5;

type Post = (response: ImportWorkerResponse) => void;

/** One handler per worker: it remembers the last parsed balance until it is committed. */
export function createImportHandler(post: Post): (request: ImportWorkerRequest) => Promise<void> {
  let parsed: ParsedBalance | null = null;
  return async (request) => {
    if (request.type === 'parse') {
      parsed = parse(request, post);
      return;
    }
    await commit(parsed, request.meta, post);
  };
}

function parse(request: Extract<ImportWorkerRequest, { type: 'parse' }>, post: Post) {
  const bytes = request.bytes instanceof Uint8Array ? request.bytes : new Uint8Array(request.bytes);
  let lastPhase = '';
  let lastPercent = -MIN_PERCENT_STEP;
  try {
    const result = parseSpreadsheet(bytes, request.fileName, request.options, (phase, percent) => {
      if (phase === lastPhase && percent - lastPercent < MIN_PERCENT_STEP && percent < 100) return;
      lastPhase = phase;
      lastPercent = percent;
      post({ type: 'progress', phase, percent });
    });
    if (!result.ok) {
      post({ type: 'error', message: result.message, sheets: result.sheets });
      return null;
    }
    post({ type: 'result', preview: previewOf(result.balance), sheets: result.sheets });
    return result.balance;
  } catch (error) {
    // parseSpreadsheet turns user-data problems into messages; reaching here is a bug or an
    // exhausted memory, still worth a sentence rather than a silent worker.
    const detail = error instanceof Error ? error.message : String(error);
    post({
      type: 'error',
      message: `L'analyse de « ${request.fileName} » a échoué de manière inattendue (${detail}). Réessayez ; si le problème persiste, enregistrez le fichier au format .xlsx depuis Excel.`,
      sheets: [],
    });
    return null;
  }
}

async function commit(balance: ParsedBalance | null, meta: CommitMeta, post: Post) {
  if (!balance) {
    post({
      type: 'commit-failed',
      message: "Aucun fichier analysé à importer : recommencez l'import.",
    });
    return;
  }
  const { asOfDate } = balance;
  if (!asOfDate) {
    post({ type: 'commit-failed', message: 'Indiquez la date de la balance avant d’importer.' });
    return;
  }
  // Benchmarks name a throwaway database; the app writes to its own.
  const writer = meta.databaseName ? new RecouvraDb(meta.databaseName) : getDb();
  try {
    const { record } = await withConnection(writer, () =>
      importsRepo.commit({
        fileName: balance.fileName,
        sha256: meta.sha256,
        asOfDate,
        partialFile: meta.partialFile,
        mapping: balance.mapping,
        header: balance.header,
        headerSignature: balance.headerSignature,
        layout: balance.layout,
        sheetName: balance.sheetName,
        dataRowCount: balance.dataRowCount,
        debtors: balance.debtors,
        items: balance.items,
        by: meta.by,
      }),
    );
    post({ type: 'committed', importId: record.id });
  } catch (error) {
    post({
      type: 'commit-failed',
      message: `Rien n'a été modifié dans le registre : ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    if (writer !== getDb()) writer.close();
  }
}
