/**
 * The page's two worker jobs: importing a statement file (progress, cancel, French outcome), which
 * also proposes matches for every credit waiting once it is stored, and proposing matches again
 * whenever the set of credits waiting changes otherwise.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BankCredits } from '../../data/bankHooks';
import type { StatementImportResult } from '../../data/repositories/bank';
import type {
  BankCreditRecord,
  CreditMatch,
  MatchCandidate,
  MatchLabels,
  StatementFormat,
} from '../../domain/bank';
import { cents } from '../../domain/money';
import type { FileForWorker } from '../../platform';
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
      /** The credits waiting after the import, those `matches` covers, as the job stored them. */
      waiting: BankCreditRecord[] | undefined;
      /** The debtors and documents the best proposals name. */
      labels: MatchLabels | undefined;
    }
  | { phase: 'failed'; fileName: string; message: string };

export function useStatementImport() {
  const [state, setState] = useState<StatementImportState>({ phase: 'idle' });
  const abortRef = useRef<AbortController | null>(null);

  const start = useCallback(async (file: FileForWorker) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setState({ phase: 'running', fileName: file.name, step: 'reading' });
    try {
      const answer = await runBankJob(
        {
          type: 'import',
          bytes: file.content,
          fileName: file.name,
          match: { toleranceCents: MATCH_TOLERANCE_CENTS },
        },
        {
          signal: controller.signal,
          onProgress: (step) => setState({ phase: 'running', fileName: file.name, step }),
        },
      );
      if (answer.type === 'imported') {
        // A transition: the lists of a statement of 20,000 credits are drawn again in slices
        // React can interrupt, not in one long task.
        startTransition(() =>
          setState({
            phase: 'done',
            fileName: file.name,
            format: answer.format,
            result: answer.result,
            matches: answer.matches,
            waiting: answer.waiting,
            labels: answer.labels,
          }),
        );
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

/**
 * The credits the page lists: the live read, except right after an import that matched. The
 * live read is held while the job runs, and until it answers again the job's own list of credits
 * waiting is shown with its matches: reading 20,000 credits back and drawing them while the
 * worker matched slowed the matching by a third, on two cores.
 */
export function useCreditsAfterImport(
  live: BankCredits | undefined,
  state: StatementImportState,
): BankCredits | undefined {
  const waiting = state.phase === 'done' ? state.waiting : undefined;
  // The live list when the job's list arrived (state kept from an earlier render, as React
  // allows): the job's list stands while the live list is still that one.
  const [arrival, setArrival] = useState<{ waiting: BankCreditRecord[]; live?: BankCredits }>();
  if (waiting && arrival?.waiting !== waiting) setArrival({ waiting, live });
  const stands = waiting !== undefined && live !== undefined && arrival?.live === live;
  return useMemo(() => {
    if (!live || !waiting) return live;
    // Read again later, the same credits keep the job's list: the list and its proposals are not
    // made and drawn again for nothing (a 60-70 ms task for 20,000 credits).
    return stands || sameCredits(live.unmatched, waiting) ? { ...live, unmatched: waiting } : live;
  }, [stands, live, waiting]);
}

/** The same credits in the same order (a waiting credit's facts do not change). */
function sameCredits(a: readonly BankCreditRecord[], b: readonly BankCreditRecord[]): boolean {
  return a.length === b.length && a.every((credit, n) => credit.id === b[n]?.id);
}

export interface Proposals {
  /** Credit id -> candidates, best first. */
  byCredit: Map<string, MatchCandidate[]>;
  /** The names the best candidates show, as the matcher read them. */
  labels?: MatchLabels;
  pending: boolean;
  error?: string;
}

const byCredit = (matches: readonly CreditMatch[]) =>
  new Map(matches.map((m) => [m.creditKey, m.candidates]));

/**
 * The proposals of `matches` when they are those of exactly `credits`: the map the list reads
 * doubles as the check (a set of 20,000 keys built beside it took 30-40 ms of the page's task).
 */
function proposalsCovering(
  matches: readonly CreditMatch[],
  labels: MatchLabels | undefined,
  credits: readonly BankCreditRecord[],
): Proposals | undefined {
  if (credits.length !== matches.length) return undefined;
  const proposals = byCredit(matches);
  const covered =
    proposals.size === credits.length && credits.every((credit) => proposals.has(credit.id));
  return covered
    ? { byCredit: proposals, pending: false, ...(labels ? { labels } : {}) }
    : undefined;
}

/** The key of a set the import's proposals cover (no credit id is empty). */
const IMPORT_COVERS = '\u0000import';

const NO_PROPOSALS: Proposals = { byCredit: new Map(), pending: false };
const LOADING: Proposals = { byCredit: new Map(), pending: true };

/**
 * Matches for `credits`: the import job's (`computed`) when they cover exactly that set, drawn
 * with the credits in the same render; otherwise computed again in the worker whenever the set
 * changes (a credit confirmed or ignored, a colleague's change). While an import job runs
 * (`computed` is 'coming'), its own matches are awaited: matching the same credits again in a
 * second worker would compete for the same cores.
 */
export function useMatchProposals(
  credits: readonly BankCreditRecord[] | undefined,
  computed: { matches: readonly CreditMatch[]; labels?: MatchLabels } | 'coming' | undefined,
): Proposals {
  const fromImport = useMemo(
    () =>
      credits && computed && computed !== 'coming'
        ? proposalsCovering(computed.matches, computed.labels, credits)
        : undefined,
    [credits, computed],
  );
  // What the proposals fetched are for: the set's ids, joined only when the import's own
  // proposals do not cover it (20,000 ids joined in the render that draws the list).
  const key = useMemo(
    () => (fromImport ? IMPORT_COVERS : credits?.map((c) => c.id).join(',')),
    [credits, fromImport],
  );
  const coming = computed === 'coming';
  const [fetched, setFetched] = useState<{ key: string; proposals: Proposals }>();
  useEffect(() => {
    if (!key || fromImport || coming) return;
    const controller = new AbortController();
    // In a transition: drawing the proposals of 20,000 credits again is sliced, not one task.
    const show = (proposals: Proposals) => startTransition(() => setFetched({ key, proposals }));
    runBankJob(
      { type: 'match', toleranceCents: MATCH_TOLERANCE_CENTS },
      { signal: controller.signal },
    )
      .then((answer) => {
        if (answer.type === 'matched') {
          show({ byCredit: byCredit(answer.matches), pending: false, labels: answer.labels });
        } else if (answer.type === 'failed') {
          show({ byCredit: new Map(), pending: false, error: answer.message });
        }
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [key, fromImport, coming]);
  // While the set's own proposals are computed, the previous ones stay shown, marked pending.
  const stale = useMemo(
    () => (fetched ? { ...fetched.proposals, pending: true } : LOADING),
    [fetched],
  );
  if (key === undefined) return LOADING;
  if (key === '') return NO_PROPOSALS;
  if (fromImport) return fromImport;
  if (coming) return stale;
  return fetched?.key === key ? fetched.proposals : stale;
}
