/**
 * The pdf-lib layout module (pdf/draw): wrapping, page breaks, tables whose header repeats and
 * whose amounts align right, and text the standard fonts cannot draw — embedded, never mangled.
 * Every PDF is read back with pdf.js, as a reader's software would.
 */

import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { cents, formatEuros } from '../../../renderer/src/domain/money';
import type { TableColumn } from '../../../renderer/src/pdf/base/tableModel';
import {
  type DrawFonts,
  drawTable,
  Flow,
  isWinAnsi,
  normalizeText,
  unicodeFonts,
  wrapText,
} from '../../../renderer/src/pdf/draw';
import { extractPdfText, plainSpaces, testUnicodeFonts } from './pdfSupport';

const A4: [number, number] = [595.28, 841.89];
const MARGINS = { top: 40, right: 40, bottom: 60, left: 50 };
const BODY = { size: 10 };

/** A flow on a new document; `onPage` counts the sheets it opened. */
async function newFlow() {
  const doc = await PDFDocument.create();
  const fonts = await unicodeFonts(doc, testUnicodeFonts);
  let opened = 0;
  const flow = new Flow({
    fonts,
    newPage: () => doc.addPage(A4),
    margins: MARGINS,
    onPage: () => {
      opened += 1;
    },
  });
  return { doc, fonts, flow, opened: () => opened };
}

interface Placed {
  text: string;
  x: number;
  right: number;
  /** Baseline, from the bottom of the page. */
  y: number;
}

/** The text runs of each page with their positions. */
async function placedText(bytes: Uint8Array): Promise<Placed[][]> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  const document = await task.promise;
  const pages: Placed[][] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim()
          ? [
              {
                text: item.str,
                x: item.transform[4] as number,
                right: (item.transform[4] as number) + item.width,
                y: item.transform[5] as number,
              },
            ]
          : [],
      ),
    );
  }
  await task.destroy();
  return pages;
}

describe('text', () => {
  it.each([
    ['12 345,67 € (Intl, narrow no-break space)', formatEuros(cents(1_234_567)), true],
    ['French punctuation', 'œ « » € ° ’ — … Œ Ÿ', true],
    ['Danish Ø', 'Ørsted A/S', true],
    ['decomposed é', 'Cre\u0301teil', true],
    ['Polish Ł', 'Łódź Sp. z o.o.', false],
    ['Greek', 'Αθήνα', false],
  ])('%s: drawable with Helvetica = %s', (_label, text, expected) => {
    expect(isWinAnsi(text)).toBe(expected);
  });

  it('maps spacing and dashes to their WinAnsi twins and drops invisible characters', () => {
    expect(normalizeText('12\u202f345,67\u00a0€')).toBe('12\u00a0345,67\u00a0€');
    expect(normalizeText('\u22123\u00a0€')).toBe('-3\u00a0€');
    expect(normalizeText('a\tb\nc\u00add\u200be\ufefff')).toBe('a b cdef');
    expect(normalizeText('Cre\u0301teil')).toBe('Créteil');
  });

  it('wraps at ordinary spaces only, within the width, cutting what cannot fit', () => {
    const measure = (text: string) => text.length * 5;
    const lines = wrapText('un deux trois quatre cinq six sept huit neuf dix', 60, measure);
    expect(lines.join(' ')).toBe('un deux trois quatre cinq six sept huit neuf dix');
    expect(lines.every((line) => measure(line) <= 60)).toBe(true);
    expect(lines.length).toBeGreaterThan(3);
    // « 1 234,56 € » and « n° 3 » stay whole.
    expect(wrapText('total 1\u00a0234,56\u00a0€ pièce n°\u00a03', 60, measure)).toEqual([
      'total',
      '1\u00a0234,56\u00a0€',
      'pièce n°\u00a03',
    ]);
    expect(wrapText('a'.repeat(30), 60, measure)).toEqual([
      'a'.repeat(12),
      'a'.repeat(12),
      'a'.repeat(6),
    ]);
    expect(wrapText('', 60, measure)).toEqual(['']);
  });
});

describe('flow', () => {
  it('breaks pages at the bottom margin, keeping every line in order', async () => {
    const { doc, flow, opened } = await newFlow();
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) => `Paragraphe ${i + 1} : ${'texte de remplissage justifié '.repeat(6)}fin ${i + 1}.`,
    );
    for (const paragraph of paragraphs) {
      flow.paragraph(paragraph, { ...BODY, align: 'justify', spaceAfter: 7 });
    }
    expect(flow.pages.length).toBeGreaterThan(2);
    expect(opened()).toBe(flow.pages.length);
    expect(doc.getPageCount()).toBe(flow.pages.length);
    flow.end();
    const bytes = await doc.save();
    const placed = await placedText(bytes);
    for (const page of placed) {
      for (const run of page) {
        expect(run.y).toBeGreaterThan(MARGINS.bottom);
        expect(A4[1] - run.y).toBeGreaterThan(MARGINS.top);
        expect(run.x).toBeGreaterThanOrEqual(MARGINS.left - 0.01);
        expect(run.right).toBeLessThanOrEqual(A4[0] - MARGINS.right + 0.5);
      }
    }
    const text = plainSpaces((await extractPdfText(bytes)).text);
    const positions = paragraphs.map((_, i) => text.indexOf(`fin ${i + 1}.`));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('justifies full lines to both margins and leaves the last one ragged', async () => {
    const { doc, flow } = await newFlow();
    // Three full lines and two words on the last one, whatever the face's widths.
    const perLine = (flow.wrap('mot '.repeat(200), flow.width, BODY)[0] ?? '').split(' ').length;
    flow.paragraph('mot '.repeat(3 * perLine + 2), { ...BODY, align: 'justify' });
    flow.end();
    const [page = []] = await placedText(await doc.save());
    const lines = new Map<number, Placed[]>();
    for (const run of page) lines.set(run.y, [...(lines.get(run.y) ?? []), run]);
    const rights = [...lines.values()].map((runs) => Math.max(...runs.map((r) => r.right)));
    const edge = A4[0] - MARGINS.right;
    expect(rights.slice(0, -1).every((right) => Math.abs(right - edge) < 0.5)).toBe(true);
    expect(rights.at(-1)).toBeLessThan(edge - 20);
  });

  it('moves a block that does not fit to the next sheet', async () => {
    const { flow } = await newFlow();
    flow.keep(10);
    flow.y = flow.bottom - 20;
    flow.keep(50);
    expect(flow.pages).toHaveLength(2);
    expect(flow.y).toBe(MARGINS.top);
  });
});

interface Row {
  number: string;
  cents: number;
}

const COLUMNS: readonly TableColumn<Row>[] = [
  { header: 'Facture n°', width: 2, cell: (r) => r.number },
  { header: 'Montant', width: 1, align: 'right', cell: (r) => formatEuros(cents(r.cents)) },
];

describe('table', () => {
  it('repeats its header on every sheet and aligns amounts on the right', async () => {
    const { doc, flow } = await newFlow();
    const rows = Array.from({ length: 120 }, (_, i) => ({
      number: `FA-${String(i + 1).padStart(4, '0')}`,
      cents: (i + 1) * 123_456,
    }));
    drawTable(flow, {
      columns: COLUMNS,
      rows,
      totals: [{ label: 'Total', value: formatEuros(cents(999_999_99)), emphasis: true }],
      size: 8,
      caption: 'Montants TTC.',
    });
    expect(flow.pages.length).toBeGreaterThan(1);
    flow.end();
    const bytes = await doc.save();
    const placed = await placedText(bytes);
    for (const page of placed) {
      const top = [...page].sort((a, b) => b.y - a.y)[0];
      expect(top?.text).toBe('Facture n°');
    }
    const amounts = placed.flat().filter((run) => /€$/.test(run.text));
    expect(amounts).toHaveLength(121);
    const rights = new Set(amounts.map((run) => run.right.toFixed(1)));
    expect(rights.size).toBe(1);
    const text = plainSpaces((await extractPdfText(bytes)).text);
    expect(text).toContain(`FA-0120 ${plainSpaces(formatEuros(cents(120 * 123_456)))}`);
    expect(text).toContain(`Total ${plainSpaces(formatEuros(cents(999_999_99)))} Montants TTC.`);
    const order = rows.map((row) => text.indexOf(row.number));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Hundreds of cells, yet each face is named once in each page's resources.
    for (const page of flow.pages) {
      const fonts = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
      expect(fonts?.keys()).toHaveLength(2);
    }
  });

  it('wraps a cell too long for its column and grows the row', async () => {
    const { doc, flow } = await newFlow();
    const before = flow.y;
    drawTable(flow, {
      columns: COLUMNS,
      rows: [{ number: 'très longue référence de facture '.repeat(5).trim(), cents: 100 }],
      size: 8,
    });
    expect(flow.y - before).toBeGreaterThan(3 * 8 * 1.25);
    flow.end();
    const text = plainSpaces((await extractPdfText(await doc.save())).text);
    expect(text).toContain('très longue référence de facture très longue');
  });
});

describe('fonts', () => {
  const names = ['Łódź Sp. z o.o.', 'Ørsted A/S', 'Αθήνα Α.Ε.'];

  async function draw(texts: string[], fonts?: (doc: PDFDocument) => Promise<DrawFonts>) {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const chosen = fonts ? await fonts(doc) : await unicodeFonts(doc, testUnicodeFonts);
    const flow = new Flow({ fonts: chosen, newPage: () => doc.addPage(A4), margins: MARGINS });
    for (const text of texts) flow.paragraph(text, { ...BODY, bold: text.startsWith('Ł') });
    flow.end();
    return { fonts: chosen, bytes: await doc.save() };
  }

  it('embeds the bundled Unicode faces, subset, and keeps every character', async () => {
    const { bytes } = await draw(names);
    const text = (await extractPdfText(bytes)).text;
    for (const name of names) expect(text).toContain(name);
    // Subset: a few kilobytes, not the 680 Ko of each face.
    expect(bytes.byteLength).toBeLessThan(60_000);
    const again = await draw(names);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('draws plain French text with the embedded faces too, never Helvetica', async () => {
    const { bytes } = await draw(['Ørsted A/S', formatEuros(cents(1_234_567))]);
    expect(plainSpaces((await extractPdfText(bytes)).text)).toContain('Ørsted A/S 12 345,67 €');
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('Helvetica');
  });

  it('keeps every letter in the text of later documents, the faces being parsed once', async () => {
    // The same bytes every time, as the app's loader gives them: the faces are shared.
    const faces = testUnicodeFonts();
    const shared = (doc: PDFDocument) => unicodeFonts(doc, () => faces);
    // « É » and « È » are drawn with the glyph « E » as a component: subsetting them must not
    // leave « E » without its character for the next document.
    await draw(['ÉÈÊ'], shared);
    const { bytes } = await draw(['EEE Éric Ernest'], shared);
    expect((await extractPdfText(bytes)).text).toContain('EEE Éric Ernest');
  });

  it('shows a character no bundled face has as « � », never drops it', async () => {
    const { bytes } = await draw(['Société 漢字 SARL']);
    expect((await extractPdfText(bytes)).text).toContain('Société \ufffd\ufffd SARL');
  });
});
