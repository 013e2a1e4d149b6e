/**
 * PDF bookmarks (the outline), written by hand: pdf-lib has no API for them, but its low-level
 * context can build the dictionaries of ISO 32000 § 12.3.3 (Title, Parent, Prev/Next,
 * First/Last, Count, Dest) and hang them from the catalog.
 */
import { type PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';

export interface OutlineItem {
  title: string;
  /** Zero-based page the bookmark opens. */
  pageIndex: number;
  children?: OutlineItem[];
}

/** Items shown when every level is open (what /Count holds for an open item). */
function visibleCount(items: readonly OutlineItem[]): number {
  return items.reduce((sum, item) => sum + 1 + visibleCount(item.children ?? []), 0);
}

function addLevel(doc: PDFDocument, items: readonly OutlineItem[], parent: PDFRef): PDFRef[] {
  const { context } = doc;
  const pages = doc.getPages();
  const refs = items.map(() => context.nextRef());
  items.forEach((item, index) => {
    const page = pages[Math.min(item.pageIndex, pages.length - 1)];
    const ref = refs[index];
    if (!page || !ref) return;
    const dict = context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
    dict.set(PDFName.of('Parent'), parent);
    dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]));
    const previous = refs[index - 1];
    const next = refs[index + 1];
    if (previous) dict.set(PDFName.of('Prev'), previous);
    if (next) dict.set(PDFName.of('Next'), next);
    const children = item.children ?? [];
    if (children.length > 0) {
      const childRefs = addLevel(doc, children, ref);
      dict.set(PDFName.of('First'), childRefs[0] as PDFRef);
      dict.set(PDFName.of('Last'), childRefs[childRefs.length - 1] as PDFRef);
      dict.set(PDFName.of('Count'), PDFNumber.of(visibleCount(children)));
    }
    context.assign(ref, dict);
  });
  return refs;
}

/** Replaces the document's outline with `items`, and asks viewers to show it on opening. */
export function setOutline(doc: PDFDocument, items: readonly OutlineItem[]): void {
  if (items.length === 0) return;
  const { context } = doc;
  const root = context.nextRef();
  const refs = addLevel(doc, items, root);
  context.assign(
    root,
    context.obj({
      Type: 'Outlines',
      First: refs[0] as PDFRef,
      Last: refs[refs.length - 1] as PDFRef,
      Count: visibleCount(items),
    }),
  );
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
