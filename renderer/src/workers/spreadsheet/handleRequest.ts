/**
 * The worker's work, separate from `self.onmessage` so it can be tested in Node: parse (posting
 * progress, then exactly one result or error) and commit the balance it parsed last.
 */

import { getDb, RecouvraDb, withConnection } from '../../data/db';
import { claimSourcesRepo } from '../../data/repositories/claimSources';
import { importsRepo } from '../../data/repositories/imports';
import { balanceClaim } from '../../domain/import/balanceClaim';
import { previewOf, summarize } from '../../domain/import/preview';
import type { ParsedBalance } from '../../domain/import/types';
import { sha256Hex } from '../../shared/sha256';
import { bytesOfContent } from '../fileContent';
import { parseSpreadsheet } from './parseSpreadsheet';
import type { CommitMeta, ImportWorkerRequest, ImportWorkerResponse } from './protocol';

/** Progress is posted at most this often per phase, to keep message traffic negligible. */
const MIN_PERCENT_STEP = 5;

type Post = (response: ImportWorkerResponse) => void;

/** One handler per worker: it remembers the last parsed balance until it is committed. */
export function createImportHandler(post: Post): (request: ImportWorkerRequest) => Promise<void> {
  let parsed: ParsedBalance | null = null;
  // One request at a time: a commit sent while the claim is being read waits for it, so the two
  // never swap the worker's database connection under each other.
  let previous: Promise<void> = Promise.resolve();
  return (request) => {
    const current = previous.then(() => handle(request));
    previous = current.catch(() => undefined);
    return current;
  };

  async function handle(request: ImportWorkerRequest): Promise<void> {
    if (request.type === 'parse') {
      parsed = await parse(request, post);
      return;
    }
    if (request.type === 'claim') {
      await claim(parsed, request.databaseName, post);
      return;
    }
    if (request.type === 'summary') {
      post({ type: 'summary', summary: parsed ? summarize(parsed, request.eurRates) : null });
      return;
    }
    await commit(parsed, request.meta, post);
  }
}

async function parse(request: Extract<ImportWorkerRequest, { type: 'parse' }>, post: Post) {
  const bytes = await bytesOfContent(request.bytes);
  // Digested while the file is parsed (Web Crypto works on its own thread), here rather than on
  // the page's main thread, where it was most of a 60 ms task when a file was chosen. Left
  // unread when the file is refused: its own failure must not become an unhandled one.
  const digest = sha256Hex(bytes);
  digest.catch(() => undefined);
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
    const { eurRates } = request;
    post({
      type: 'result',
      sha256: await digest,
      preview: previewOf(result.balance),
      sheets: result.sheets,
      ...(eurRates && Object.keys(eurRates).length > 0
        ? { ratedSummary: summarize(result.balance, eurRates) }
        : {}),
    });
    return result.balance;
  } catch (error) {
    // parseSpreadsheet turns user-data problems into messages; reaching here is a bug or an
    // exhausted memory, still worth a sentence rather than a silent worker.
    const detail = error instanceof Error ? error.message : String(error);
    post({
      type: 'error',
      message: `L’analyse de « ${request.fileName} » a échoué de manière inattendue (${detail}). Réessayez ; si le problème persiste, enregistrez le fichier au format .xlsx depuis Excel.`,
      sheets: [],
    });
    return null;
  }
}

/** The claim of the parsed balance on its date, read from the ledger's policy and debtors. */
async function claim(balance: ParsedBalance | null, databaseName: string | undefined, post: Post) {
  const asOf = balance?.asOfDate;
  if (!balance || !asOf) {
    post({ type: 'claim', claim: null });
    return;
  }
  const reader = databaseName ? new RecouvraDb(databaseName) : getDb();
  try {
    const accountNos = [...new Set(balance.items.map((i) => i.accountNo))];
    const [policy, known] = await withConnection(reader, () =>
      Promise.all([claimSourcesRepo.policy(), claimSourcesRepo.knownDebtors(accountNos)]),
    );
    post({ type: 'claim', claim: balanceClaim({ items: balance.items, asOf, policy, known }) });
  } catch {
    // The claim is information on the review screen, never a condition of the import.
    post({ type: 'claim', claim: null });
  } finally {
    if (reader !== getDb()) reader.close();
  }
}

async function commit(balance: ParsedBalance | null, meta: CommitMeta, post: Post) {
  if (!balance) {
    post({
      type: 'commit-failed',
      message: 'Aucun fichier analysé à importer : recommencez l’import.',
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
        fileTotalCents: balance.fileTotalCents,
        gapReason: meta.gapReason,
        ...(balance.fileTotalsByCurrency
          ? { fileTotalsByCurrency: balance.fileTotalsByCurrency }
          : {}),
        ...(meta.eurRates ? { eurRates: meta.eurRates } : {}),
        onIssued: (bulk) => post({ type: 'bulk-issued', databaseName: writer.name, bulk }),
      }),
    );
    post({ type: 'committed', importId: record.id });
  } catch (error) {
    post({
      type: 'commit-failed',
      message: `Rien n’a été modifié dans le registre : ${error instanceof Error ? error.message : String(error)}`,
    });
  } finally {
    if (writer !== getDb()) writer.close();
  }
}
