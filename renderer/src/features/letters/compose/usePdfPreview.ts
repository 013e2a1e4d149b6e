/**
 * Renders the letter being composed in the preview worker, the latest version winning: while one
 * render runs, further edits only replace the next one to do, so typing never queues renders up.
 */
import { useEffect, useRef, useState } from 'react';
import type { LetterContent } from '../../../domain/letters';
import { previewPdfPool } from '../../../workers/letters/client';
import { sameBytes } from '../sameBytes';

export interface PdfPreview {
  /** The last PDF rendered, and the letter it was rendered from (what save/print will send). */
  rendered: { letter: LetterContent; bytes: Uint8Array } | null;
  rendering: boolean;
  error: string | null;
}

/** Quiet time after an edit before rendering, so a burst of keystrokes renders once. */
const DEBOUNCE_MS = 250;

export function usePdfPreview(letter: LetterContent | null, logo: string | undefined): PdfPreview {
  const [state, setState] = useState<PdfPreview>({ rendered: null, rendering: false, error: null });
  const wanted = useRef<LetterContent | null>(null);
  const busy = useRef(false);
  const shown = useRef(false);
  shown.current = state.rendered !== null;

  useEffect(() => {
    // The worker loads its engine and fonts while the ledger is read for the first letter.
    previewPdfPool().warm();
  }, []);

  useEffect(() => {
    wanted.current = letter;
    if (!letter) {
      setState({ rendered: null, rendering: false, error: null });
      return;
    }
    setState((s) => ({ ...s, rendering: true }));
    const pump = async () => {
      if (busy.current) return;
      busy.current = true;
      try {
        while (wanted.current) {
          const current = wanted.current;
          try {
            const [bytes] = await previewPdfPool().render([current], logo ? { logo } : {});
            if (wanted.current === current && bytes) {
              // Same bytes as on screen: keep the shown PDF, the viewer need not reload it.
              setState((shown) => ({
                rendered: {
                  letter: current,
                  bytes:
                    shown.rendered && sameBytes(shown.rendered.bytes, bytes)
                      ? shown.rendered.bytes
                      : bytes,
                },
                rendering: false,
                error: null,
              }));
              return;
            }
          } catch (error) {
            if (wanted.current === current) {
              const message = error instanceof Error ? error.message : String(error);
              setState({ rendered: null, rendering: false, error: message });
              return;
            }
          }
        }
      } finally {
        busy.current = false;
      }
    };
    // The first letter renders at once: the debounce is for edits to a letter already shown.
    const timer = setTimeout(() => void pump(), shown.current ? DEBOUNCE_MS : 0);
    return () => clearTimeout(timer);
  }, [letter, logo]);

  return state;
}
