/**
 * Turns the copied, stamped pieces and the generated parts into the dossier: parts inserted in
 * front, every page stamped « Dossier — page p/P », one
 * bookmark per part and per piece, metadata dated by the plan (same plan, same bytes).
 */
import { PDFDocument } from 'pdf-lib';
import {
  type BordereauEntry,
  bordereauLine,
  type DossierPlan,
  dossierPageStamp,
  PROCEDURE_LABELS,
} from '../../domain/dossier';
import type { PreparedPieces } from './copyPieces';
import type { SectionBytes } from './frontMatter';
import { type OutlineItem, setOutline } from './outline';
import { drawStamp } from './stamp';

export interface SectionPlacement {
  title: string;
  firstPage: number;
  pageCount: number;
}

export interface AssembledDossier {
  bytes: Uint8Array;
  pageCount: number;
  pieces: BordereauEntry[];
  /** Generated parts, in order, with their first page (1-based). */
  sections: SectionPlacement[];
  /** First dossier page (1-based) of each piece. */
  pieceFirstPages: number[];
}

/** Noon UTC of the dossier's date: the same plan gives the same file, byte for byte. */
export function dossierInstant(date: string): Date {
  return new Date(`${date}T12:00:00.000Z`);
}

async function insertSections(out: PDFDocument, sections: readonly SectionBytes[]) {
  const placements: SectionPlacement[] = [];
  let at = 0;
  for (const section of sections) {
    const source = await PDFDocument.load(section.bytes);
    const pages = await out.copyPages(source, source.getPageIndices());
    placements.push({ title: section.title, firstPage: at + 1, pageCount: pages.length });
    for (const page of pages) out.insertPage(at++, page);
  }
  return { placements, frontPages: at };
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
  plan: DossierPlan,
  prepared: PreparedPieces,
  pieces: readonly BordereauEntry[],
  sections: readonly SectionBytes[],
): Promise<AssembledDossier> {
  const { out, font } = prepared;
  const { placements, frontPages } = await insertSections(out, sections);
  const pieceFirstPages = firstPages(pieces, frontPages);
  const pages = out.getPages();
  pages.forEach((page, index) => {
    drawStamp(page, font, dossierPageStamp(index + 1, pages.length), 'bottom-right');
  });

  const outline: OutlineItem[] = placements.map((s) => ({
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
  const when = dossierInstant(plan.date);
  out.setTitle(
    `${PROCEDURE_LABELS[plan.procedure]} — ${plan.creditor.name} c/ ${plan.debtor.name}`,
  );
  out.setAuthor(plan.creditor.name);
  out.setSubject(plan.court);
  out.setCreator('Recouvra');
  out.setProducer('Recouvra');
  out.setCreationDate(when);
  out.setModificationDate(when);
  out.setLanguage('fr-FR');
  const bytes = await out.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  return {
    bytes,
    pageCount: pages.length,
    pieces: [...pieces],
    sections: placements,
    pieceFirstPages,
  };
}
