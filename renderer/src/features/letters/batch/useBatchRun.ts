/**
 * The life of one batch: prepare the letters, render them off the main thread with progress and
 * cancel, then print or save the merged PDF and record every letter with its own bytes.
 */
import { useCallback, useRef, useState } from 'react';
import type { LetterCommons } from '../../../data/repositories/letterSources';
import { lettersRepo, type PreparedLetters } from '../../../data/repositories/letters';
import type { UnconfirmedRate } from '../../../domain/decompte';
import type { LetterContent, LetterTemplate } from '../../../domain/letters';
import type { IsoDate } from '../../../domain/model';
import { logoDataUri } from '../../../pdf/base/Letterhead';
import { platform } from '../../../platform';
import { recordLetters } from '../../../workers/letterRecord/client';
import { PDF_FILTERS, toRecord } from '../delivery';
import { batchFileName } from '../fileNames';
import { distinctRates } from '../UnconfirmedRatesAlert';
import { prepareBatch, type SkippedDebtor } from './prepareBatch';
import { type RenderedBatch, renderBatch } from './renderBatch';

/** How often the progress is redrawn while the letters render. */
const PROGRESS_INTERVAL_MS = 250;

export type BatchState =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | {
      phase: 'rendering';
      done: number;
      total: number;
      skipped: SkippedDebtor[];
      provisional: ProvisionalRates;
    }
  | {
      phase: 'ready';
      letters: LetterContent[];
      batch: RenderedBatch;
      /**
       * The letters' PDFs hashed and made Blobs while the user looks at the result: sending then
       * waits only for the write (for 200 letters, 150-190 ms fewer of about 1.6 s).
       */
      prepared: Promise<PreparedLetters>;
      skipped: SkippedDebtor[];
      recorded: boolean;
      provisional: ProvisionalRates;
    }
  | { phase: 'failed'; message: string };

/** The provisional rates the batch's letters use, and how many letters use one. */
export interface ProvisionalRates {
  rates: UnconfirmedRate[];
  letters: number;
}

function provisionalRatesOf(letters: readonly LetterContent[]): ProvisionalRates {
  return {
    rates: distinctRates(letters.map((l) => l.unconfirmedRates)),
    letters: letters.filter((l) => l.unconfirmedRates.length > 0).length,
  };
}

/** Each letter with its own PDF, as kept when sent. */
function recordsOf(letters: readonly LetterContent[], batch: RenderedBatch) {
  return letters.map((letter, i) => toRecord(letter, batch.parts[i] ?? new Uint8Array()));
}

export function useBatchRun() {
  const [state, setState] = useState<BatchState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (
      debtorIds: string[],
      template: LetterTemplate,
      date: IsoDate,
      commons: LetterCommons,
      options: { duplex: boolean; held?: ReadonlyMap<string, readonly string[]> },
    ) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({ phase: 'preparing' });
      try {
        const { letters, skipped } = await prepareBatch(
          debtorIds,
          template,
          date,
          commons,
          options.held,
        );
        if (letters.length === 0) throw new Error('Aucun courrier à générer pour ces débiteurs.');
        const provisional = provisionalRatesOf(letters);
        setState({ phase: 'rendering', done: 0, total: letters.length, skipped, provisional });
        let shown = performance.now();
        const logo = commons.logo ? logoDataUri(commons.logo.bytes, commons.logo.mime) : undefined;
        const batch = await renderBatch(letters, {
          ...(logo ? { logo } : {}),
          signal: abort.signal,
          duplex: options.duplex,
          onProgress: ({ done, total }) => {
            // A few updates a second: redrawing the page for each letter took the main thread
            // (and a core) from the workers.
            const now = performance.now();
            if (done < total && now - shown < PROGRESS_INTERVAL_MS) return;
            shown = now;
            setState({ phase: 'rendering', done, total, skipped, provisional });
          },
        });
        const prepared = lettersRepo.prepare(recordsOf(letters, batch));
        // A refusal is thrown again where it is awaited, when the batch is sent.
        prepared.catch(() => undefined);
        setState({
          phase: 'ready',
          letters,
          batch,
          prepared,
          skipped,
          recorded: false,
          provisional,
        });
      } catch (error) {
        if (abort.signal.aborted) setState({ phase: 'idle' });
        else
          setState({
            phase: 'failed',
            message: error instanceof Error ? error.message : String(error),
          });
      }
    },
    [],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  /** Prints or saves the merged PDF, then records each letter once (in a worker). */
  const deliver = useCallback(
    async (kind: 'print' | 'save'): Promise<boolean> => {
      if (state.phase !== 'ready') return false;
      const { letters, batch } = state;
      // Refused before printing or saving (the preparation refuses as recording would): every
      // letter sent is recorded.
      const prepared = state.recorded ? null : await state.prepared;
      if (kind === 'print') await platform.printPdf(batch.merged);
      else {
        const first = letters[0];
        const name = batchFileName(
          first?.templateName ?? 'Courriers',
          first?.date ?? '',
          letters.length,
        );
        const result = await platform.saveFile({
          suggestedName: name,
          data: batch.merged,
          filters: PDF_FILTERS,
        });
        if (!result.saved) return false;
      }
      if (prepared) {
        // In a worker: the transaction rewrites derived records a sixteenth of the ledger each.
        await recordLetters(prepared);
        setState({ ...state, recorded: true });
      }
      return true;
    },
    [state],
  );

  return { state, start, cancel, reset, deliver };
}
