import { useCallback, useRef, useState } from 'react';
import { sha256Hex } from '../../data/repositories/blobs';
import { importsRepo } from '../../data/repositories/imports';
import type { ColumnMapping, ParsedBalance } from '../../domain/import/types';
import type { OpenedFile } from '../../platform';
import { parseFileInWorker } from '../../workers/spreadsheet/client';
import type {
  ParsePhase,
  SpreadsheetParseOptions,
} from '../../workers/spreadsheet/parseSpreadsheet';
import type { SheetSummary } from '../../workers/spreadsheet/sheets';

export interface ReviewState {
  phase: 'review';
  file: OpenedFile;
  sha256: string;
  balance: ParsedBalance;
  sheets: SheetSummary[];
  options: SpreadsheetParseOptions;
}

export type ImportFlowState =
  | { phase: 'idle' }
  | { phase: 'parsing'; fileName: string; step: ParsePhase; percent: number }
  | { phase: 'failed'; fileName: string; message: string }
  | ReviewState
  | { phase: 'committing'; fileName: string }
  | { phase: 'done'; importId: string };

/**
 * The import as a small state machine: parse in a worker (cancellable), review and correct,
 * commit in one transaction. Nothing touches the ledger before `commit`.
 */
export function useImportFlow() {
  const [state, setState] = useState<ImportFlowState>({ phase: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const parse = useCallback(
    async (file: OpenedFile, options: SpreadsheetParseOptions, knownSha256?: string) => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      setState({ phase: 'parsing', fileName: file.name, step: 'reading', percent: 0 });
      try {
        const savedMappings = (await importsRepo.savedMappings()).map((m) => ({
          headerSignature: m.headerSignature,
          mapping: m.mapping as ColumnMapping,
        }));
        const [sha256, result] = await Promise.all([
          knownSha256 ?? sha256Hex(file.data),
          parseFileInWorker(
            file.data,
            file.name,
            { savedMappings, ...options },
            (step, percent) => setState({ phase: 'parsing', fileName: file.name, step, percent }),
            controller.signal,
          ),
        ]);
        if (!result.ok) {
          setState({ phase: 'failed', fileName: file.name, message: result.message });
          return;
        }
        setState({
          phase: 'review',
          file,
          sha256,
          balance: result.balance,
          sheets: result.sheets,
          options,
        });
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') {
          setState({ phase: 'idle' });
          return;
        }
        setState({
          phase: 'failed',
          fileName: file.name,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    abortRef.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  return { state, setState, parse, cancel };
}
