/**
 * One export of a court dossier: read the pieces' bytes, assemble off the main thread with
 * progress and cancel, save through the bridge, then log the export on the case with every
 * piece's SHA-256. A piece whose bytes are missing or unreadable stops the export, named.
 */
import { useCallback, useRef, useState } from 'react';
import { foregroundTurn } from '../../data/backgroundTurn';
import { BlobUnavailableError } from '../../data/repositories/blobs';
import { dossierSourcesRepo } from '../../data/repositories/dossierSources';
import { dossiersRepo } from '../../data/repositories/dossiers';
import {
  type DossierFormat,
  type DossierPlan,
  dossierFileName,
  pieceDescription,
} from '../../domain/dossier';
import type { Case } from '../../domain/model';
import { platform } from '../../platform';
import { sha256Hex } from '../../shared/sha256';
import { perFrame } from '../../shared/ui/perFrame';
import {
  DossierExportError,
  dossierExporter,
  type ExportProgress,
} from '../../workers/dossier/client';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: DossierFormat; progress: ExportProgress }
  | { phase: 'saved'; format: DossierFormat; fileName: string; pageCount?: number }
  | { phase: 'failed'; message: string; reasons: string[] };

const FILTERS = {
  pdf: [{ name: 'Document PDF', extensions: ['pdf'] }],
  zip: [{ name: 'Archive ZIP', extensions: ['zip'] }],
};

export function useDossierExport(caseRecord: Case) {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    async (format: DossierFormat, plan: DossierPlan, earlyReason?: string) => {
      const abort = new AbortController();
      controller.current = abort;
      setState({
        phase: 'running',
        format,
        progress: { step: 'Lecture des pièces', done: 0, total: 1 },
      });
      // Drawn once per frame, whatever the pace of the worker's messages.
      const progressShown = perFrame((progress: ExportProgress) =>
        setState({ phase: 'running', format, progress }),
      );
      const onProgress = (progress: ExportProgress) => progressShown.push(progress);
      try {
        // In team mode a piece may still be on the server: fetched and verified, or named below.
        const bytes = await Promise.all(
          plan.pieces.map((piece) =>
            dossierSourcesRepo.pieceBytes([piece]).then(
              ([read]) => read,
              (error: unknown) => {
                if (error instanceof BlobUnavailableError) return error;
                throw error;
              },
            ),
          ),
        );
        const missing = plan.pieces
          .map((piece, i) => {
            const read = bytes[i];
            if (read instanceof Uint8Array) return null;
            const why =
              read instanceof BlobUnavailableError
                ? `${read.message.charAt(0).toLowerCase()}${read.message.slice(1)}`
                : 'le fichier est introuvable dans la base.';
            return `Pièce n° ${i + 1} (${pieceDescription(piece)}) : ${why}`;
          })
          .filter((reason) => reason !== null);
        if (missing.length > 0)
          throw new DossierExportError('Le dossier n’a pas été produit.', missing);
        const files = bytes.filter((b) => b instanceof Uint8Array);
        // The bytes were read for this export only: the worker may take them over.
        const options = { signal: abort.signal, onProgress, transferFiles: true };
        const exporter = dossierExporter();
        const result =
          format === 'pdf'
            ? await exporter.pdf(plan, files, options)
            : await exporter.zip(plan, files, options);
        // The file's arrival, its saving and its logging in tasks of their own: together, with the
        // card drawn, they held the window 50-65 ms.
        await foregroundTurn();
        const suggestedName = dossierFileName(plan.procedure, plan.debtor.name, plan.date, format);
        const saved = await platform.saveFile({
          suggestedName,
          data: result.bytes,
          filters: FILTERS[format],
        });
        progressShown.cancel();
        await foregroundTurn();
        if (!saved.saved) {
          setState({ phase: 'idle' });
          return;
        }
        const pageCount = 'pageCount' in result ? result.pageCount : undefined;
        await dossiersRepo.recordExport(caseRecord, {
          format,
          fileName: saved.fileName ?? suggestedName,
          // Taken in the worker while the file was saved; here if the worker could not give it.
          sha256: await result.sha256.catch(() => sha256Hex(result.bytes)),
          ...(pageCount ? { pageCount } : {}),
          procedure: plan.procedure,
          court: plan.court,
          totalCents: plan.claim.decompte.totals.totalDueCents,
          pieces: result.pieces,
          ...(earlyReason ? { earlyReason } : {}),
        });
        setState({
          phase: 'saved',
          format,
          fileName: saved.fileName ?? suggestedName,
          ...(pageCount ? { pageCount } : {}),
        });
      } catch (error) {
        progressShown.cancel();
        if (abort.signal.aborted) {
          setState({ phase: 'idle' });
          return;
        }
        const reasons = error instanceof DossierExportError ? error.reasons : [];
        const message =
          error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        setState({ phase: 'failed', message, reasons });
      }
    },
    [caseRecord],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, cancel, reset };
}
