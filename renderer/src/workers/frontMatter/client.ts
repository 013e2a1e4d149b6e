/**
 * The dossier worker's side of the front-matter worker: one worker, started on first use and
 * kept, drawing each dossier's generated parts on the other core while the pieces are copied.
 * Where no worker can be started, the parts are drawn in the dossier worker itself.
 */
import type { BordereauEntry, DossierPlan } from '../../domain/dossier';
import { type FrontMatter, type FrontMatterMaker, frontMatterPdf } from '../../pdf/dossier';
import type { UnicodeFontLoader } from '../../pdf/draw';
import type { FrontMatterRequest, FrontMatterResponse } from './protocol';

interface Waiting {
  resolve: (front: FrontMatter) => void;
  reject: (error: Error) => void;
}

export function frontMatterInWorker(inPlace: UnicodeFontLoader): FrontMatterMaker {
  let worker: Worker | null = null;
  let next = 1;
  const waiting = new Map<number, Waiting>();

  function failAll(message: string): void {
    for (const { reject } of waiting.values()) reject(new Error(message));
    waiting.clear();
    worker?.terminate();
    worker = null;
  }

  function started(): Worker | null {
    if (worker) return worker;
    if (typeof Worker !== 'function') return null;
    worker = new Worker(new URL('../frontMatterWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<FrontMatterResponse>) => {
      const entry = waiting.get(data.id);
      if (!entry) return;
      waiting.delete(data.id);
      if ('front' in data) entry.resolve(data.front);
      else entry.reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failAll(`La mise en page du dossier s’est arrêtée : ${event.message || 'erreur inconnue'}`);
    };
    return worker;
  }

  return (plan: DossierPlan, pieces: readonly BordereauEntry[]) => {
    const helper = started();
    if (!helper) return frontMatterPdf(plan, pieces, inPlace);
    const id = next++;
    return new Promise<FrontMatter>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      const request: FrontMatterRequest = { id, plan, pieces: [...pieces] };
      helper.postMessage(request);
    });
  };
}
