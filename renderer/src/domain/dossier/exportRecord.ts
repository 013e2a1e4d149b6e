/**
 * What is written on the case and the timeline when a dossier is exported: the file, its
 * SHA-256, and every piece with its own SHA-256, so that the exact dossier filed can be rebuilt
 * from the blobs (content-addressed) and checked byte for byte.
 */
import type { Cents, Procedure } from '../model';
import { formatEuros } from '../money';
import { type BordereauEntry, bordereauLine } from './bordereau';
import { PROCEDURE_LABELS } from './labels';

export type DossierFormat = 'pdf' | 'zip';

export interface DossierExportSummary {
  format: DossierFormat;
  fileName: string;
  /** SHA-256 of the file written. */
  sha256: string;
  /** Pages of the assembled PDF (PDF export only). */
  pageCount?: number;
  procedure: Procedure;
  court: string;
  totalCents: Cents;
  pieces: BordereauEntry[];
  /** Why it was exported before the mise en demeure's deadline, or without one. */
  earlyReason?: string;
}

/** First line: what was exported; then one line per piece with its SHA-256. */
export function exportActivityText(summary: DossierExportSummary): string {
  const pages = summary.pageCount ? `, ${summary.pageCount} pages` : '';
  const head =
    `Dossier « ${PROCEDURE_LABELS[summary.procedure]} » exporté (${summary.format.toUpperCase()}${pages}) : ` +
    `« ${summary.fileName} », SHA-256 ${summary.sha256}`;
  const court = `${summary.court || 'Juridiction non renseignée'} — total réclamé ${formatEuros(summary.totalCents)}`;
  const pieces = summary.pieces.map((p) => `${bordereauLine(p)} — SHA-256 ${p.sha256}`);
  const early = summary.earlyReason ? [`Export anticipé — motif : ${summary.earlyReason}`] : [];
  return [head, court, ...early, ...pieces].join('\n');
}
