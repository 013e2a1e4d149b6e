/**
 * The page's two worker jobs: importing a statement file (progress, cancel, French outcome) and
 * proposing matches for the credits waiting, recomputed whenever that set or the ledger changes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StatementImportResult } from '../../data/repositories/bank';
import { sha256Hex } from '../../data/repositories/blobs';
import type { BankCreditRecord, MatchCandidate, StatementFormat } from '../../domain/bank';
import { cents } from '../../domain/money';
import type { OpenedFile } from '../../platform';
import { runBankJob } from '../../workers/bank/client';
import type { BankJobPhase } from '../../workers/bank/protocol';

/** Bank fees or rounding the matcher accepts between a credit and what it pays: 5,00 €. */
export const MATCH_TOLERANCE_CENTS = cents(500);

export type StatementImportState =
  | { phase: 'idle' }
  | { phase: 'running'; fileName: string; step: BankJobPhase }
  | { phase: 'done'; fileName: string; format: StatementFormat; result: StatementImportResult }
  | { phase: 'failed'; fileName: string; message: string };

export function useStatementImport() {
  const [state, setState] = useState<StatementImportState>({ phase: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const start = useCallback(async (file: OpenedFile) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ phase: 'running', fileName: file.name, step: 'reading' });
    try {
      const sha256 = await sha256Hex(file.data);
      const answer = await runBankJob(
        { type: 'import', bytes: file.data, fileName: file.name, sha256 },
        {
          signal: controller.signal,
          onProgress: (step) => setState({ phase: 'running', fileName: file.name, step }),
        },
      );
      if (answer.type === 'imported') {
        setState({
          phase: 'done',
          fileName: file.name,
          format: answer.format,
          result: answer.result,
        });
      } else if (answer.type === 'failed') {
        setState({ phase: 'failed', fileName: file.name, message: answer.message });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') setState({ phase: 'idle' });
      else throw error;
    }
  }, []);

  const cancel = useCallback(() => abortRef.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  useEffect(() => () => abortRef.current?.abort(), []);
  return { state, start, cancel, reset };
}

export interface Proposals {
  /** Credit id -> candidates, best first. */
  byCredit: Map<string, MatchCandidate[]>;
  pending: boolean;
  error?: string;
}

/** Matches for `credits`, recomputed in the worker when the set or `ledgerVersion` changes. */
export function useMatchProposals(credits: readonly BankCreditRecord[] | undefined): Proposals {
  const [proposals, setProposals] = useState<Proposals>({ byCredit: new Map(), pending: true });
  const key = credits?.map((c) => c.id).join(',');
  useEffect(() => {
    if (key === undefined) return;
    if (key === '') {
      setProposals({ byCredit: new Map(), pending: false });
      return;
    }
    const controller = new AbortController();
    setProposals((current) => ({ ...current, pending: true }));
    runBankJob(
      { type: 'match', toleranceCents: MATCH_TOLERANCE_CENTS },
      { signal: controller.signal },
    )
      .then((answer) => {
        if (answer.type === 'matched') {
          setProposals({
            byCredit: new Map(answer.matches.map((m) => [m.creditKey, m.candidates])),
            pending: false,
          });
        } else if (answer.type === 'failed') {
          setProposals({ byCredit: new Map(), pending: false, error: answer.message });
        }
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [key]);
  return proposals;
}
