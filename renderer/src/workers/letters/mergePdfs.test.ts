import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { mergePdfs } from './mergePdfs';

/** A letter of `pages` pages, each page with something drawn and sized by letter and number. */
async function letter(name: number, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 1; i <= pages; i++) {
    doc.addPage([500 + name, 800 + i]).drawRectangle({ x: 10, y: 10, width: 50, height: 20 });
  }
  return doc.save();
}

/** The merged pages as « letter.page », a blank page as « blanc ». */
async function sheets(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.Contents();
    return contents === undefined
      ? `blanc ${page.getWidth() - 500}`
      : `${page.getWidth() - 500}.${page.getHeight() - 800}`;
  });
}

describe('mergePdfs', () => {
  const parts = () => Promise.all([letter(1, 1), letter(2, 2), letter(3, 3), letter(4, 1)]);

  it('puts the letters one after the other, with no blank page by default', async () => {
    const merged = await mergePdfs(await parts());
    expect(merged.pageCounts).toEqual([1, 2, 3, 1]);
    expect(merged.blankPages).toBe(0);
    expect(await sheets(merged.bytes)).toEqual(['1.1', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1']);
  });

  it('duplex: a blank page after each letter with an odd page count, so each starts on a recto', async () => {
    const merged = await mergePdfs(await parts(), { duplex: true });
    expect(merged.pageCounts).toEqual([1, 2, 3, 1]);
    expect(merged.blankPages).toBe(3);
    const pages = await sheets(merged.bytes);
    expect(pages).toEqual([
      '1.1',
      'blanc 1',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '3.3',
      'blanc 3',
      '4.1',
      'blanc 4',
    ]);
    // Every letter's first page is a recto: an odd page number, counting from 1.
    pages.forEach((page, index) => {
      if (page.endsWith('.1')) expect(index % 2).toBe(0);
    });
  });
});
