/**
 * Turns the drawn parts and the copied pieces into the dossier: every page stamped « Dossier —
 * page p/P », each piece's pages « Pièce n° N — page i/n » too, one bookmark per part and per
 * piece, document information dated by the plan (same plan, same bytes), saved.
 */
import type { PDFDocument } from 'pdf-lib';
import {
  type BordereauEntry,
  bordereauLine,
  type DossierPlan,
  dossierPageStamp,
  PROCEDURE_LABELS,
} from '../../domain/dossier';
import type { StampFont } from '../base/stampFace';
import { pieceStamps } from './copyPieces';
import { setDocumentInfo } from './documentInfo';
import type { SectionPlacement } from './frontMatter';
import { type OutlineItem, setOutline } from './outline';
import { drawStamps, type Stamp } from './stamp';

export interface AssembledDossier {
  bytes: Uint8Array;
  pageCount: number;
  pieces: BordereauEntry[];
  /** Generated parts, in order, with their first page (1-based). */
  sections: SectionPlacement[];
  /** First dossier page (1-based) of each piece. */
  pieceFirstPages: number[];
}

/** Dossier page (1-based) where each piece starts, after `frontPages` generated pages. */
function firstPages(pieces: readonly BordereauEntry[], frontPages: number): number[] {
  let next = frontPages + 1;
  return pieces.map((piece) => {
    const first = next;
    next += piece.pageCount;
    return first;
  });
}

export async function finishDossier(
  out: PDFDocument,
  font: StampFont,
  plan: DossierPlan,
  pieces: readonly BordereauEntry[],
  sections: readonly SectionPlacement[],
): Promise<AssembledDossier> {
  const frontPages = sections.reduce((sum, section) => sum + section.pageCount, 0);
  const pieceFirstPages = firstPages(pieces, frontPages);
  const pages = out.getPages();
  const stamps = pieceStamps(pieces);
  pages.forEach((page, index) => {
    const pieceStamp = stamps[index - frontPages];
    const dossierStamp: Stamp = {
      text: dossierPageStamp(index + 1, pages.length),
      corner: 'bottom-right',
    };
    drawStamps(page, font, pieceStamp ? [pieceStamp, dossierStamp] : [dossierStamp]);
  });

  const outline: OutlineItem[] = sections.map((s) => ({
    title: s.title,
    pageIndex: s.firstPage - 1,
  }));
  if (pieces.length > 0) {
    outline.push({
      title: 'Pièces',
      pageIndex: frontPages,
      children: pieces.map((piece, i) => ({
        title: bordereauLine(piece),
        pageIndex: (pieceFirstPages[i] ?? 1) - 1,
      })),
    });
  }
  setOutline(out, outline);
  setDocumentInfo(out, plan.date, {
    title: `${PROCEDURE_LABELS[plan.procedure]} — ${plan.creditor.name} c/ ${plan.debtor.name}`,
    author: plan.creditor.name,
    subject: plan.court,
  });
  // A classic cross-reference table: packing 300 pages' small objects into compressed object
  // streams costs more time than the few kilobytes it saves next to 30 Mo of scans.
  const bytes = await out.save({
    useObjectStreams: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
  return {
    bytes,
    pageCount: pages.length,
    pieces: [...pieces],
    sections: [...sections],
    pieceFirstPages,
  };
}
