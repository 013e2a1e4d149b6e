/**
 * The page's two worker jobs: importing a statement file (progress, cancel, French outcome), which
 * also proposes matches for every credit waiting once it is stored, and proposing matches again
 * whenever the set of credits waiting changes otherwise.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StatementImportResult } from '../../data/repositories/bank';
import { sha256Hex } from '../../data/repositories/blobs';
import type {
  BankCreditRecord,
  CreditMatch,
  MatchCandidate,
  StatementFormat,
} from '../../domain/bank';
import { cents } from '../../domain/money';
import type { OpenedFile } from '../../platform';
import { runBankJob } from '../../workers/bank/client';
import type { BankJobPhase } from '../../workers/bank/protocol';

/** Bank fees or rounding the matcher accepts between a credit and what it pays: 5,00 €. */
export const MATCH_TOLERANCE_CENTS = cents(500);

export type StatementImportState =
  | { phase: 'idle' }
  | { phase: 'running'; fileName: string; step: BankJobPhase }
  | {
      phase: 'done';
      fileName: string;
      format: StatementFormat;
      result: StatementImportResult;
      /** The matches of every credit waiting after the import, computed by the same job. */
      matches: readonly CreditMatch[] | undefined;
    }
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
        {
          type: 'import',
          bytes: file.data,
          fileName: file.name,
          sha256,
          match: { toleranceCents: MATCH_TOLERANCE_CENTS },
        },
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
          matches: answer.matches,
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

const byCredit = (matches: readonly CreditMatch[]) =>
  new Map(matches.map((m) => [m.creditKey, m.candidates]));

/** Whether `matches` are those of exactly the credits of `key` (ids joined by commas). */
function coversExactly(matches: readonly CreditMatch[], key: string): boolean {
  const ids = key.split(',');
  if (ids.length !== matches.length) return false;
  const matched = new Set(matches.map((m) => m.creditKey));
  return ids.every((id) => matched.has(id));
}

/**
 * Matches for `credits`, recomputed in the worker when the set changes, unless `computed` (the
 * import job's) already covers exactly that set.
 */
export function useMatchProposals(
  credits: readonly BankCreditRecord[] | undefined,
  computed: readonly CreditMatch[] | undefined,
): Proposals {
  const [proposals, setProposals] = useState<Proposals>({ byCredit: new Map(), pending: true });
  const key = credits?.map((c) => c.id).join(',');
  useEffect(() => {
    if (key === undefined) return;
    if (key === '') {
      setProposals({ byCredit: new Map(), pending: false });
      return;
    }
    if (computed && coversExactly(computed, key)) {
      setProposals({ byCredit: byCredit(computed), pending: false });
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
          setProposals({ byCredit: byCredit(answer.matches), pending: false });
        } else if (answer.type === 'failed') {
          setProposals({ byCredit: new Map(), pending: false, error: answer.message });
        }
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [key, computed]);
  return proposals;
}
