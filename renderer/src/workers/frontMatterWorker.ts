/**
 * Web Worker entry, started by the dossier worker: draws a dossier's generated parts as a PDF of
 * their own (pdf/dossier/frontMatter.ts) while the dossier worker copies the pieces.
 */
import { bundledFontBytes } from '../pdf/base/bundledFontFiles';
import { frontMatterPdf } from '../pdf/dossier';
import type { FrontMatterRequest, FrontMatterResponse } from './frontMatter/protocol';

interface FrontMatterScope {
  onmessage: ((event: MessageEvent<FrontMatterRequest>) => void) | null;
  postMessage(message: FrontMatterResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as FrontMatterScope;

scope.onmessage = async ({ data: { id, plan, pieces } }) => {
  try {
    const front = await frontMatterPdf(plan, pieces, bundledFontBytes);
    scope.postMessage({ id, front }, [front.bytes.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
