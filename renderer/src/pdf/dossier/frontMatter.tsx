/**
 * The parts of the dossier Recouvra writes itself, rendered with @react-pdf/renderer: cover,
 * requête (injonction de payer only), décompte, bordereau. Each is its own small PDF so that its
 * page count is known exactly, which the cover's contents need. The décompte needs nothing but
 * the plan; the requête and the bordereau need the pieces' page counts; the cover needs the
 * others' lengths. The app renders them in parallel workers in that order of readiness.
 */
import type { DocumentProps } from '@react-pdf/renderer';
import { PDFDocument } from 'pdf-lib';
import type { ReactElement } from 'react';
import { type BordereauEntry, type DossierPlan, requeteContent } from '../../domain/dossier';
import { renderPdfBytes } from '../base/renderPdf';
import { BordereauDocument } from './BordereauDocument';
import { type ContentsLine, CoverDocument } from './CoverDocument';
import { DecompteDocument } from './DecompteDocument';
import { RequeteDocument } from './RequeteDocument';

export type SectionId = 'cover' | 'requete' | 'decompte' | 'bordereau';

/** A generated part as bytes: what crosses from a layout worker to the assembling one. */
export interface SectionBytes {
  id: SectionId;
  title: string;
  bytes: Uint8Array;
  pageCount: number;
}

export const SECTION_TITLES: Record<SectionId, string> = {
  cover: 'Page de garde',
  requete: 'Requête en injonction de payer (projet)',
  decompte: 'Décompte de créance',
  bordereau: 'Bordereau de pièces',
};

/** What each part is laid out from. */
export type SectionRequest =
  | { id: 'decompte'; plan: DossierPlan }
  | { id: 'requete' | 'bordereau'; plan: DossierPlan; pieces: BordereauEntry[] }
  | { id: 'cover'; plan: DossierPlan; contents: ContentsLine[] };

function elementOf(request: SectionRequest): ReactElement {
  switch (request.id) {
    case 'decompte':
      return <DecompteDocument plan={request.plan} />;
    case 'requete':
      return <RequeteDocument content={requeteContent(request.plan, request.pieces)} />;
    case 'bordereau':
      return <BordereauDocument plan={request.plan} pieces={request.pieces} />;
    case 'cover':
      return <CoverDocument plan={request.plan} contents={request.contents} />;
  }
}

export async function renderSection(request: SectionRequest): Promise<SectionBytes> {
  const bytes = await renderPdfBytes(elementOf(request) as ReactElement<DocumentProps>);
  const pageCount = (await PDFDocument.load(bytes)).getPageCount();
  if (request.id === 'cover' && pageCount !== 1) {
    throw new Error('La page de garde doit tenir sur une page.');
  }
  return { id: request.id, title: SECTION_TITLES[request.id], bytes, pageCount };
}

/** The body parts of a plan, in dossier order: requête (injonction de payer only), décompte, bordereau. */
export function bodyRequests(plan: DossierPlan, pieces: BordereauEntry[]): SectionRequest[] {
  return [
    ...(plan.procedure === 'injonction-de-payer' ? [{ id: 'requete' as const, plan, pieces }] : []),
    { id: 'decompte', plan },
    { id: 'bordereau', plan, pieces },
  ];
}

/** The cover's contents: each part's first page, then where the pieces start. */
export function contentsOf(body: readonly SectionBytes[], pieceCount: number): ContentsLine[] {
  const contents: ContentsLine[] = [];
  let next = 2;
  for (const part of body) {
    contents.push({ title: part.title, page: next });
    next += part.pageCount;
  }
  if (pieceCount > 0) contents.push({ title: `Pièces n° 1 à ${pieceCount}`, page: next });
  return contents;
}

/** Cover, requête, décompte and bordereau, in dossier order, one after the other. */
export async function renderFrontMatter(
  plan: DossierPlan,
  pieces: BordereauEntry[],
): Promise<SectionBytes[]> {
  const body: SectionBytes[] = [];
  for (const request of bodyRequests(plan, pieces)) body.push(await renderSection(request));
  const cover = await renderSection({
    id: 'cover',
    plan,
    contents: contentsOf(body, pieces.length),
  });
  return [cover, ...body];
}
