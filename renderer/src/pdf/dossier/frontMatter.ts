/**
 * The parts of the dossier Recouvra writes itself — cover, requête (injonction de payer only),
 * décompte, bordereau — drawn with pdf-lib into a document of their own (`frontMatterPdf`),
 * whose pages the dossier then takes in front of the pieces: the app draws them in a second
 * worker while the first copies the pieces. The body parts are drawn first, so that the cover's
 * contents know where each starts; the cover then goes in front. The ZIP export draws the same
 * parts as separate files.
 */
import { PDFDocument, type PDFPage } from 'pdf-lib';
import { type BordereauEntry, type DossierPlan, requeteContent } from '../../domain/dossier';
import { type DrawFonts, type Flow, type UnicodeFontLoader, unicodeFonts } from '../draw';
import { setDocumentInfo } from './documentInfo';
import { drawBordereau } from './parts/bordereau';
import { type ContentsLine, drawCover } from './parts/cover';
import { drawDecompte } from './parts/decompte';
import { drawRequete } from './parts/requete';
import { A4_SIZE, dossierFlow } from './parts/sheet';

export type SectionId = 'cover' | 'requete' | 'decompte' | 'bordereau';
export type BodySectionId = Exclude<SectionId, 'cover'>;

export const SECTION_TITLES: Record<SectionId, string> = {
  cover: 'Page de garde',
  requete: 'Requête en injonction de payer (projet)',
  decompte: 'Décompte de créance',
  bordereau: 'Bordereau de pièces',
};

export interface SectionPlacement {
  title: string;
  /** 1-based. */
  firstPage: number;
  pageCount: number;
}

/** The body parts of a plan, in dossier order: requête (injonction de payer only), décompte, bordereau. */
export function bodySections(plan: DossierPlan): BodySectionId[] {
  return [
    ...(plan.procedure === 'injonction-de-payer' ? (['requete'] as const) : []),
    'decompte',
    'bordereau',
  ];
}

/** The line at the bottom left of each sheet of a part. */
function runningLine(id: SectionId, plan: DossierPlan): string {
  const parties = `${plan.creditor.name} c/ ${plan.debtor.name}`;
  switch (id) {
    case 'cover':
      return `Page de garde — ${plan.creditor.name}`;
    case 'requete':
      return `Requête en injonction de payer (projet) — ${parties}`;
    case 'decompte':
      return `Décompte de créance — ${parties}`;
    case 'bordereau':
      return `Bordereau de pièces — ${parties}`;
  }
}

function drawBody(
  flow: Flow,
  id: BodySectionId,
  plan: DossierPlan,
  pieces: readonly BordereauEntry[],
): void {
  if (id === 'requete') drawRequete(flow, requeteContent(plan, pieces));
  else if (id === 'decompte') drawDecompte(flow, plan);
  else drawBordereau(flow, plan, pieces);
  // A part always has its sheet, even if there were nothing to draw on it.
  flow.keep(0);
  flow.end();
}

/** The faces for a dossier's generated parts: the bundled ones, embedded. */
export function dossierFonts(doc: PDFDocument, load: UnicodeFontLoader): Promise<DrawFonts> {
  return unicodeFonts(doc, load);
}

/**
 * Draws the generated parts at the front of `out`, which must have no page yet: the body parts,
 * then the cover before them. Returns where each part is, cover first.
 */
export function drawFrontMatter(
  out: PDFDocument,
  plan: DossierPlan,
  pieces: readonly BordereauEntry[],
  fonts: DrawFonts,
): SectionPlacement[] {
  const placements: SectionPlacement[] = [
    { title: SECTION_TITLES.cover, firstPage: 1, pageCount: 1 },
  ];
  for (const id of bodySections(plan)) {
    const flow = dossierFlow(fonts, () => out.addPage(A4_SIZE), runningLine(id, plan));
    drawBody(flow, id, plan, pieces);
    const firstPage = out.getPageCount() - flow.pages.length + 2;
    placements.push({ title: SECTION_TITLES[id], firstPage, pageCount: flow.pages.length });
  }
  const contents: ContentsLine[] = placements
    .slice(1)
    .map((part) => ({ title: part.title, page: part.firstPage }));
  if (pieces.length > 0) {
    contents.push({ title: `Pièces n° 1 à ${pieces.length}`, page: out.getPageCount() + 2 });
  }
  let cover: PDFPage | undefined;
  const flow = dossierFlow(
    fonts,
    () => {
      if (cover) throw new Error('La page de garde doit tenir sur une page.');
      cover = out.insertPage(0, A4_SIZE);
      return cover;
    },
    runningLine('cover', plan),
  );
  drawCover(flow, plan, contents);
  flow.end();
  return placements;
}

/** The generated parts, cover first, as a PDF, and where each part is. */
export interface FrontMatter {
  bytes: Uint8Array;
  sections: SectionPlacement[];
}

/** Draws what a dossier of `pieces` (numbered, with their page counts) puts before them. */
export type FrontMatterMaker = (
  plan: DossierPlan,
  pieces: readonly BordereauEntry[],
) => Promise<FrontMatter>;

export async function frontMatterPdf(
  plan: DossierPlan,
  pieces: readonly BordereauEntry[],
  load: UnicodeFontLoader,
): Promise<FrontMatter> {
  // No dates of its own: only its pages are taken, and the same plan gives the same bytes.
  const doc = await PDFDocument.create({ updateMetadata: false });
  const sections = drawFrontMatter(doc, plan, pieces, await dossierFonts(doc, load));
  const bytes = await doc.save({
    useObjectStreams: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
  return { bytes, sections };
}

/** Puts the pages of `front` before every page of `out`. */
export async function insertFrontMatter(out: PDFDocument, front: Uint8Array): Promise<void> {
  const source = await PDFDocument.load(front, { updateMetadata: false });
  const pages = await out.copyPages(source, source.getPageIndices());
  pages.forEach((page, index) => {
    out.insertPage(index, page);
  });
}

/** One body part as a PDF of its own (the ZIP export). */
export async function sectionPdf(
  id: BodySectionId,
  plan: DossierPlan,
  pieces: readonly BordereauEntry[],
  load: UnicodeFontLoader,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await dossierFonts(doc, load);
  drawBody(
    dossierFlow(fonts, () => doc.addPage(A4_SIZE), runningLine(id, plan)),
    id,
    plan,
    pieces,
  );
  setDocumentInfo(doc, plan.date, { title: SECTION_TITLES[id], author: plan.creditor.name });
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
