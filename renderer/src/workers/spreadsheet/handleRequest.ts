/**
 * The worker's work, separate from `self.onmessage` so it can be tested in Node: run the parse,
 * post progress, then exactly one result or error.
 */
import { parseSpreadsheet } from './parseSpreadsheet';
import type { ImportWorkerRequest, ImportWorkerResponse } from './protocol';

/** Progress is posted at most this often per phase, to keep message traffic negligible. */
const MIN_PERCENT_STEP = 5;

export function handleImportRequest(
  request: ImportWorkerRequest,
  post: (response: ImportWorkerResponse) => void,
): void {
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
    if (result.ok) post({ type: 'result', balance: result.balance, sheets: result.sheets });
    else post({ type: 'error', message: result.message, sheets: result.sheets });
  } catch (error) {
    // parseSpreadsheet turns user-data problems into messages; reaching here is a bug or an
    // exhausted memory, still worth a sentence rather than a silent worker.
    const detail = error instanceof Error ? error.message : String(error);
    post({
      type: 'error',
      message: `L'analyse de « ${request.fileName} » a échoué de manière inattendue (${detail}). Réessayez ; si le problème persiste, enregistrez le fichier au format .xlsx depuis Excel.`,
      sheets: [],
    });
  }
}
