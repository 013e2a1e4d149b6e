/**
 * Keep-together rules of the letters, checked on real pages for every position of a block near
 * the foot of a sheet: a table's header never ends a sheet without a row under it nor opens one
 * that has only totals, and the signature never sits on a sheet without the closing paragraph —
 * in the letters (react-pdf) and in the court dossier's parts (drawn with pdf-lib).
 */
import { Document, Text, View } from '@react-pdf/renderer';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { numberPieces, requeteContent } from '../../../renderer/src/domain/dossier';
import {
  ItemsTable,
  LetterPage,
  renderPdfBytes,
  SignatureBlock,
  type TableColumn,
} from '../../../renderer/src/pdf/base';
import { drawRequete } from '../../../renderer/src/pdf/dossier/parts/requete';
import { A4_SIZE, dossierFlow } from '../../../renderer/src/pdf/dossier/parts/sheet';
import { drawTable, unicodeFonts } from '../../../renderer/src/pdf/draw';
import { LetterPages } from '../../../renderer/src/pdf/letters';
import { fixtureDossier } from '../dossier/dossierFixtures';
import { demoLetter } from '../letters/letterFixtures';
import { extractPdfText, registerTestFonts, testUnicodeFonts } from './pdfSupport';

beforeAll(registerTestFonts);

type Row = { n: number };
const COLUMNS: TableColumn<Row>[] = [
  { header: 'Colonne A', width: 1, cell: (r) => `Ligne ${r.n}` },
  { header: 'Colonne B', width: 1, align: 'right', cell: (r) => `${r.n},00 €` },
];

/** Pages of a sheet whose content starts `spacer` points down, then a table of `rows` rows. */
async function tablePages(spacer: number, rows: number): Promise<string[]> {
  const document = (
    <Document>
      <LetterPage footerLines={['Pied de page']}>
        <View style={{ height: spacer }} />
        <ItemsTable
          columns={COLUMNS}
          rows={Array.from({ length: rows }, (_, i) => ({ n: i + 1 }))}
          totals={[
            { label: 'Sous-total', value: '1,00 €' },
            { label: 'Total dû', value: '2,00 €', emphasis: true },
          ]}
          caption="Légende du tableau."
        />
      </LetterPage>
    </Document>
  );
  return (await extractPdfText(await renderPdfBytes(document))).pages;
}

/** Spacer heights that put the table's header, rows and totals across the foot of page 1. */
const NEAR_THE_FOOT = Array.from({ length: 14 }, (_, i) => 640 + 6 * i);

describe('a table header', () => {
  it.each(NEAR_THE_FOOT)(
    'is always followed by a row (spacer %i pt)',
    async (spacer) => {
      const pages = await tablePages(spacer, 4);
      pages.forEach((page, index) => {
        if (page.includes('Colonne A')) {
          expect({ page: index + 1, hasRow: /Ligne \d/.test(page) }).toEqual({
            page: index + 1,
            hasRow: true,
          });
        }
      });
      const all = pages.join('\n');
      for (const n of [1, 2, 3, 4]) expect(all).toContain(`Ligne ${n}`);
      expect(all).toContain('Total dû');
    },
    60_000,
  );

  it('is drawn again above the rows that go on to the next sheet', async () => {
    const pages = await tablePages(0, 80);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(0, -1)) expect(page).toContain('Colonne A');
  });

  it('is not drawn for a table with no rows', async () => {
    const pages = await tablePages(0, 0);
    expect(pages.join('\n')).not.toContain('Colonne A');
    expect(pages.join('\n')).toContain('Total dû');
  });
});

describe('the signature', () => {
  /** Lines of text before the closing paragraph: from well above the foot of page 1 to past it. */
  const FILLER_LINES = Array.from({ length: 14 }, (_, i) => 18 + 2 * i);

  it.each(FILLER_LINES)(
    'stays on the sheet of the closing paragraph (%i lines before it)',
    async (lines) => {
      const letter = demoLetter('relance-1');
      const document = (
        <Document>
          <LetterPages
            letter={{
              ...letter,
              // Only the closing paragraph, pushed down the sheet by `lines` lines of text.
              blocks: [
                {
                  kind: 'paragraph',
                  runs: [
                    { text: Array(lines).fill('Ligne de remplissage.').join('\n'), bold: false },
                  ],
                },
                ...letter.blocks.slice(-1),
              ],
            }}
            assets={{}}
          />
        </Document>
      );
      const pages = (await extractPdfText(await renderPdfBytes(document))).pages;
      const closing = letter.blocks.at(-1);
      const closingText = closing?.kind === 'paragraph' ? (closing.runs[0]?.text ?? '') : '';
      // The last sheet naming the signatory (the first may name them in its references too).
      const withSignature = pages.findLast((page) => page.includes(letter.signature.name));
      expect(closingText.slice(0, 20)).not.toBe('');
      expect(withSignature).toContain(closingText.slice(0, 20));
    },
    60_000,
  );

  it('block keeps its lines together', async () => {
    const document = (
      <Document>
        <LetterPage footerLines={[]}>
          <View style={{ height: 700 }} />
          <Text>Fin.</Text>
          <SignatureBlock onBehalfOf="Pour Dupont SAS" name="Claire Martin" title="Crédit" />
        </LetterPage>
      </Document>
    );
    const pages = (await extractPdfText(await renderPdfBytes(document))).pages;
    const page = pages.find((p) => p.includes('Claire Martin'));
    expect(page).toContain('Pour Dupont SAS');
  });
});

describe('drawn with pdf-lib (court dossier)', () => {
  async function flowAt(spacer: number) {
    const doc = await PDFDocument.create();
    const fonts = await unicodeFonts(doc, testUnicodeFonts);
    const flow = dossierFlow(fonts, () => doc.addPage(A4_SIZE), 'Essai');
    flow.space(spacer);
    return { doc, flow };
  }

  /** From high on page 1 to past its foot, in steps smaller than a row. */
  const SPACERS = Array.from({ length: 40 }, (_, i) => 560 + 5 * i);

  it('a table header is always followed by a row', async () => {
    for (const spacer of SPACERS) {
      const { doc, flow } = await flowAt(spacer);
      drawTable(flow, {
        columns: COLUMNS,
        rows: [1, 2, 3].map((n) => ({ n })),
        totals: [{ label: 'Total dû', value: '6,00 €', emphasis: true }],
        size: 8,
      });
      flow.end();
      const pages = (await extractPdfText(await doc.save())).pages;
      pages.forEach((page, index) => {
        if (page.includes('Colonne A')) {
          expect({ spacer, page: index + 1, hasRow: page.includes('Ligne') }).toEqual({
            spacer,
            page: index + 1,
            hasRow: true,
          });
        }
      });
    }
  }, 60_000);

  it('a table with no rows has no header', async () => {
    const { doc, flow } = await flowAt(0);
    drawTable(flow, {
      columns: COLUMNS,
      rows: [],
      totals: [{ label: 'Total dû', value: '0,00 €' }],
      size: 8,
    });
    flow.end();
    const { text } = await extractPdfText(await doc.save());
    expect(text).not.toContain('Colonne A');
    expect(text).toContain('Total dû');
  });

  it('the requête’s signature stays with its closing paragraph', async () => {
    const { plan } = fixtureDossier();
    const pieces = numberPieces(
      plan.pieces,
      plan.pieces.map(() => 1),
    );
    const content = requeteContent(plan, pieces);
    // One more piece line each time moves the end of the requête down by a line (without the
    // rule, the closing paragraph ends page 1 and the signature opens page 2 for a few counts).
    for (let count = 1; count <= 40; count += 1) {
      const { doc, flow } = await flowAt(0);
      const lines = Array.from({ length: count }, (_, i) => `Pièce n° ${i + 1} — Facture`);
      drawRequete(flow, { ...content, pieces: lines });
      flow.end();
      const pages = (await extractPdfText(await doc.save())).pages;
      const signed = pages.findIndex((page) => page.includes(content.placeAndDate));
      const closing = pages.findIndex((page) => page.includes('PAR CES MOTIFS'));
      expect({ count, signed }).toEqual({ count, signed: closing });
      // The last piece never stands alone at the top of a sheet.
      if (count >= 2) {
        const last = pages.findIndex((page) => page.includes(`Pièce n° ${count} — Facture`));
        const before = pages.findIndex((page) => page.includes(`Pièce n° ${count - 1} — Facture`));
        expect(last).toBeGreaterThanOrEqual(0);
        expect({ count, last }).toEqual({ count, last: before });
      }
    }
  }, 120_000);
});
