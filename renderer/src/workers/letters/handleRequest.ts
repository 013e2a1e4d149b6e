/**
 * What a letter PDF worker does with a request: render one letter, or merge rendered letters.
 * Kept apart from the worker entry so that the entry can load it after setting up the scope.
 */
import { registerBundledPdfFonts } from '../../pdf/base/bundledFonts';
import { warmUpPdfGlyphs } from '../../pdf/base/glyphWarmUp';
import { renderLetterPdf } from '../../pdf/letters/renderLetters';
import { mergePdfs } from './mergePdfs';
import type { LetterPdfRequest, LetterPdfResponse } from './protocol';

export type Reply = (message: LetterPdfResponse, transfer?: Transferable[]) => void;

export function createLetterPdfHandler(reply: Reply): (request: LetterPdfRequest) => Promise<void> {
  registerBundledPdfFonts();
  return async (request) => {
    try {
      if (request.kind === 'warm') {
        await warmUpPdfGlyphs();
        reply({ kind: 'warm', requestId: request.requestId });
      } else if (request.kind === 'render') {
        const started = performance.now();
        const bytes = await renderLetterPdf(
          request.letter,
          request.logo ? { logo: request.logo } : {},
        );
        const renderMs = performance.now() - started;
        reply({ kind: 'rendered', requestId: request.requestId, bytes, renderMs }, [bytes.buffer]);
      } else {
        const { bytes, pageCounts, blankPages } = await mergePdfs(request.parts, {
          duplex: request.duplex === true,
        });
        reply({ kind: 'merged', requestId: request.requestId, bytes, pageCounts, blankPages }, [
          bytes.buffer,
        ]);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      reply({ kind: 'failed', requestId: request.requestId, message });
    }
  };
}
