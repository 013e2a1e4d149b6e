import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { signature } from '../../data/repositories/collectionSettings';
import { importsRepo } from '../../data/repositories/imports';
import type { BalanceClaim } from '../../domain/import/balanceClaim';
import type { BalancePreview, PreviewSummary } from '../../domain/import/preview';
import type { FileForWorker } from '../../platform';
import {
  createImportSession,
  type ImportParseOptions,
  type ImportSession,
  keepImportWorkerReady,
} from '../../workers/spreadsheet/client';
import type {
  ParsePhase,
  SpreadsheetParseOptions,
} from '../../workers/spreadsheet/parseSpreadsheet';
import type { SheetSummary } from '../../workers/spreadsheet/sheets';

export interface ReviewState {
  phase: 'review';
  file: FileForWorker;
  sha256: string;
  preview: BalancePreview;
  sheets: SheetSummary[];
  options: SpreadsheetParseOptions;
  /** The balance's claim on its date: undefined while the worker computes it, null if none. */
  claim?: BalanceClaim | null;
  /** A new as-of date is being applied: the preview shown is the previous one. */
  recomputing?: boolean;
  /** The preview's figures recomputed with the rates typed so far (a file in several currencies). */
  ratedSummary?: PreviewSummary;
}

export type ImportFlowState =
  | { phase: 'idle' }
  | { phase: 'parsing'; fileName: string; step: ParsePhase; percent: number }
  | { phase: 'failed'; fileName: string; message: string }
  | ReviewState
  | { phase: 'committing'; fileName: string }
  | { phase: 'done'; importId: string };

/**
 * The review parsed again with `options` (a new as-of date) and the rates typed so far: one
 * parse in the session's worker gives the preview and its figures with the rates (`ratedSummary`),
 * so the rates never have to be applied again after it. Rejects only with an `AbortError`.
 */
export async function recomputeReview(
  session: ImportSession,
  review: ReviewState,
  options: SpreadsheetParseOptions,
  parse: Pick<ImportParseOptions, 'eurRates' | 'savedMappings'> & { signal?: AbortSignal },
): Promise<ReviewState | { phase: 'failed'; fileName: string; message: string }> {
  const { signal, ...extra } = parse;
  const result = await session.parse(
    review.file.content,
    review.file.name,
    { ...extra, ...options },
    undefined,
    signal,
  );
  if (!result.ok) return { phase: 'failed', fileName: review.file.name, message: result.message };
  return {
    phase: 'review',
    file: review.file,
    sha256: review.sha256,
    preview: result.preview,
    sheets: result.sheets,
    options,
    ...(result.ratedSummary ? { ratedSummary: result.ratedSummary } : {}),
  };
}

/**
 * The import as a small state machine: parse in a worker (cancellable), review and correct,
 * commit from that same worker in one transaction. Nothing touches the ledger before `commit`.
 */
export function useImportFlow() {
  const [state, setState] = useState<ImportFlowState>({ phase: 'idle' });
  const sessionRef = useRef(createImportSession());
  const abortRef = useRef<AbortController | null>(null);

  // The claim of the preview shown, asked from an effect: once the review screen is committed.
  // Asked with the screen's first drawing, the worker took a core from it (a 50-70 ms task on
  // the page when the preview of a 100,000-row file appeared).
  const claimFor = state.phase === 'review' && state.claim === undefined ? state.preview : null;
  useEffect(() => {
    if (!claimFor) return;
    let wanted = true;
    // In a transition, like the screen's first drawing: the claim redraws the whole review,
    // 40-60 ms in one task for a 100,000-row file when rendered at once.
    const settle = (next: (current: ReviewState) => ImportFlowState) => {
      if (!wanted) return;
      startTransition(() =>
        setState((current) =>
          current.phase === 'review' && current.preview === claimFor ? next(current) : current,
        ),
      );
    };
    sessionRef.current.claim().then(
      (claim) => settle((current) => ({ ...current, claim })),
      // The worker stopped: said as any failure of the import is.
      (error: unknown) =>
        settle((current) => ({
          phase: 'failed',
          fileName: current.file.name,
          message: error instanceof Error ? error.message : String(error),
        })),
    );
    return () => {
      wanted = false;
    };
  }, [claimFor]);

  // A worker ready, its code loaded, before the file is chosen.
  useEffect(() => keepImportWorkerReady(), []);
  useEffect(() => () => sessionRef.current.dispose(), []);

  const parse = useCallback(async (file: FileForWorker, options: SpreadsheetParseOptions) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ phase: 'parsing', fileName: file.name, step: 'reading', percent: 0 });
    try {
      const savedMappings = await importsRepo.savedMappings();
      const result = await sessionRef.current.parse(
        file.content,
        file.name,
        { savedMappings, ...options },
        (step, percent) => setState({ phase: 'parsing', fileName: file.name, step, percent }),
        controller.signal,
      );
      if (!result.ok) {
        setState({ phase: 'failed', fileName: file.name, message: result.message });
        return;
      }
      const { preview, sha256 } = result;
      // In a transition: the review screen of a 100,000-row file is drawn in slices. Its claim
      // is asked once it is drawn (below).
      startTransition(() =>
        setState({ phase: 'review', file, sha256, preview, sheets: result.sheets, options }),
      );
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
  }, []);

  /** The rates typed last: a recompute parses with them, a later answer does not overwrite them. */
  const latestRatesRef = useRef<Record<string, string>>({});

  /**
   * Parses again with new options while the review stays on screen (a new as-of date): the
   * panel keeps what the user typed, its rates are applied in the same computation, and a newer
   * request supersedes an older one.
   */
  const recompute = useCallback(
    async (
      review: ReviewState,
      options: SpreadsheetParseOptions,
      eurRates: Record<string, string> = {},
    ) => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      latestRatesRef.current = eurRates;
      setState({ ...review, recomputing: true });
      try {
        const savedMappings = await importsRepo.savedMappings();
        // Rates typed meanwhile count too: the parse takes the latest.
        const next = await recomputeReview(sessionRef.current, review, options, {
          savedMappings,
          eurRates: latestRatesRef.current,
          signal: controller.signal,
        });
        if (controller.signal.aborted) return;
        setState(next);
      } catch (error) {
        // Superseded by a newer date, or the import was cancelled: that request sets the state.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({
          phase: 'failed',
          fileName: review.file.name,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [],
  );

  /** Recomputes the preview's figures with these rates (EUR equivalents item by item). */
  const applyRates = useCallback(async (eurRates: Record<string, string>) => {
    latestRatesRef.current = eurRates;
    const summary = await sessionRef.current.summary(eurRates);
    if (!summary || latestRatesRef.current !== eurRates) return;
    setState((current) =>
      current.phase === 'review' ? { ...current, ratedSummary: summary } : current,
    );
  }, []);

  const commit = useCallback(
    async (
      review: ReviewState,
      partialFile: boolean,
      gapReason?: string,
      eurRates?: Record<string, string>,
    ) => {
      setState({ phase: 'committing', fileName: review.file.name });
      try {
        const importId = await sessionRef.current.commit({
          sha256: review.sha256,
          partialFile,
          by: await signature(),
          ...(gapReason ? { gapReason } : {}),
          ...(eurRates && Object.keys(eurRates).length > 0 ? { eurRates } : {}),
        });
        startTransition(() => setState({ phase: 'done', importId }));
        return importId;
      } catch (error) {
        setState({
          phase: 'failed',
          fileName: review.file.name,
          message: error instanceof Error ? error.message : String(error),
        });
        return null;
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    abortRef.current?.abort();
    sessionRef.current.dispose();
    setState({ phase: 'idle' });
  }, []);

  return { state, setState, parse, recompute, applyRates, commit, cancel };
}
