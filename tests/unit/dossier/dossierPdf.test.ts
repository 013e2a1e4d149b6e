/**
 * The court dossier built from real fixture pieces and read back with pdf.js: page count, stamps
 * on every page, bordereau order and page counts, décompte totals equal to the interest engine's,
 * one bookmark per piece.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cents, formatEuros } from '../../../renderer/src/domain/money';
import { type AssembledDossier, assembleDossier } from '../../../renderer/src/pdf/dossier';
import { extractPdfText, plainSpaces, testUnicodeFonts } from '../pdf/pdfSupport';
import { fixtureDossier, GOOD_PIECES } from './dossierFixtures';

const euros = (amount: number) => plainSpaces(formatEuros(cents(amount)));

let dossier: AssembledDossier;
let pages: string[];
const { plan, ordered, files } = fixtureDossier();

beforeAll(async () => {
  dossier = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
  pages = (await extractPdfText(dossier.bytes)).pages.map(plainSpaces);
}, 120_000);

describe('dossier PDF', () => {
  it('has the generated pages plus every page of every piece', () => {
    const generated = dossier.sections.reduce((sum, s) => sum + s.pageCount, 0);
    const piecePages = GOOD_PIECES.reduce((sum, p) => sum + p.pages, 0);
    expect(piecePages).toBe(12);
    expect(pages).toHaveLength(generated + piecePages);
    expect(dossier.pageCount).toBe(pages.length);
    expect(dossier.sections.map((s) => s.title)).toEqual([
      'Page de garde',
      'Requête en injonction de payer (projet)',
      'Décompte de créance',
      'Bordereau de pièces',
    ]);
  });

  it('lists on the cover where each part and the pieces start', () => {
    for (const section of dossier.sections.slice(1)) {
      expect(pages[0]).toContain(`${section.title} p. ${section.firstPage}`);
    }
    expect(pages[0]).toContain(`Pièces n° 1 à 8 p. ${dossier.pieceFirstPages[0]}`);
    expect(pages[(dossier.pieceFirstPages[0] ?? 0) - 1]).toContain('Pièce n° 1 — page 1/3');
  });

  it('stamps every page with its dossier page number', () => {
    pages.forEach((text, index) => {
      expect(text).toContain(`Dossier — page ${index + 1}/${pages.length}`);
    });
  });

  it('stamps every piece page with its piece number, in bordereau order', () => {
    ordered.forEach((piece, index) => {
      const first = dossier.pieceFirstPages[index] ?? 0;
      for (let page = 1; page <= piece.pages; page++) {
        expect(pages[first - 1 + page - 1]).toContain(
          `Pièce n° ${index + 1} — page ${page}/${piece.pages}`,
        );
      }
    });
    const stamped = pages.filter((text) => /Pièce n° \d+ — page \d+\/\d+/.test(text));
    expect(stamped).toHaveLength(12);
  });

  it('lists the pieces in order with their numbers and page counts', () => {
    const bordereau = dossier.sections.find((s) => s.title === 'Bordereau de pièces');
    const text = pages
      .slice(
        (bordereau?.firstPage ?? 1) - 1,
        (bordereau?.firstPage ?? 1) - 1 + (bordereau?.pageCount ?? 0),
      )
      .join(' ');
    const expected = [
      'Pièce n° 1 — Contrat de fourniture du 12/01/2025 — 3 pages',
      'Pièce n° 2 — Conditions générales de vente — 2 pages',
      'Pièce n° 3 — Bon de commande BC-7781 du 20/05/2026 — 1 page',
      'Pièce n° 4 — Bon de livraison BL-5521 du 02/06/2026 — 1 page',
      'Pièce n° 5 — Facture F-1023 du 30/06/2026 — 1 page',
      'Pièce n° 6 — Facture F-1024 du 15/07/2026 — 2 pages',
      'Pièce n° 7 — Relevé de compte du 31/10/2026 — 1 page',
      'Pièce n° 8 — Avis de réception LRAR du 09/11/2026 — 1 page',
    ];
    const positions = expected.map((line) => text.indexOf(line));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prints the décompte totals of the interest engine', () => {
    const decompte = dossier.sections.find((s) => s.title === 'Décompte de créance');
    const text = pages
      .slice(
        (decompte?.firstPage ?? 1) - 1,
        (decompte?.firstPage ?? 1) - 1 + (decompte?.pageCount ?? 0),
      )
      .join(' ');
    const t = plan.claim.decompte.totals;
    expect(t.totalDueCents).toBeGreaterThan(0);
    expect(text).toContain(`Total dû au 23/11/2026 ${euros(t.totalDueCents)}`);
    expect(text).toContain(`Intérêts de retard ${euros(t.interestDueCents)}`);
    expect(text).toContain(`Principal restant dû ${euros(t.outstandingPrincipalCents)}`);
    for (const invoice of plan.claim.decompte.invoices) expect(text).toContain(invoice.number);
    // The cover and the requête claim the same total.
    expect(pages[0]).toContain('Dossier d’injonction de payer');
    expect(pages[0]).toContain(`Montant réclamé ${euros(t.totalDueCents)}`);
    expect(pages[1]).toContain('REQUÊTE EN INJONCTION DE PAYER');
  });

  it('carries the CPC 1407 mentions in the requête draft', () => {
    const requete = pages.slice(1, 1 + (dossier.sections[1]?.pageCount ?? 1)).join(' ');
    expect(requete).toContain(
      'À Madame, Monsieur le Président du Tribunal des activités économiques de Lyon',
    );
    expect(requete).toContain('Fournitures Dupont SAS');
    expect(requete).toContain(plainSpaces(plan.debtor.name));
    expect(requete).toContain(`Total réclamé ${euros(plan.claim.decompte.totals.totalDueCents)}`);
    expect(requete).toContain('Fondement de la créance');
    expect(requete).toContain('Pièce n° 1 — Contrat de fourniture du 12/01/2025 — 3 pages');
    expect(requete).toContain('(pièces n° 1, 2 et 3)');
    // The court reads the requête as the creditor's: no word of the app, no placeholder.
    expect(requete).not.toMatch(/Recouvra|à relire|\(signature\)|…/);
  });

  it('has one bookmark per part and per piece', async () => {
    const task = getDocument({ data: new Uint8Array(dossier.bytes), verbosity: 0 });
    const document = await task.promise;
    const outline = (await document.getOutline()) ?? [];
    expect(outline.map((item) => item.title)).toEqual([
      'Page de garde',
      'Requête en injonction de payer (projet)',
      'Décompte de créance',
      'Bordereau de pièces',
      'Pièces',
    ]);
    const pieces = outline.at(-1)?.items ?? [];
    expect(pieces).toHaveLength(8);
    expect(pieces[0]?.title).toBe('Pièce n° 1 — Contrat de fourniture du 12/01/2025 — 3 pages');
    const destination = pieces[3]?.dest;
    const target = Array.isArray(destination) ? await document.getPageIndex(destination[0]) : -1;
    expect(target + 1).toBe(dossier.pieceFirstPages[3]);
    await task.destroy();
  });

  it('gives the same bytes for the same plan', async () => {
    const again = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    expect(Buffer.from(again.bytes).equals(Buffer.from(dossier.bytes))).toBe(true);
  });
});

describe('a dossier with names Helvetica cannot draw', () => {
  it('embeds the bundled Unicode faces and prints every name as written', async () => {
    const { plan, files } = fixtureDossier();
    plan.debtor = { ...plan.debtor, name: 'Łódź Sp. z o.o.', city: 'Łódź' };
    plan.pieces = plan.pieces.map((piece, i) =>
      i === 0 ? { ...piece, title: 'Contrat Ørsted A/S' } : piece,
    );
    const unicode = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    const text = (await extractPdfText(unicode.bytes)).pages.map(plainSpaces);
    const front = unicode.sections.reduce((sum, s) => sum + s.pageCount, 0);
    const generated = text.slice(0, front).join(' ');
    expect(text[0]).toContain('Łódź Sp. z o.o.');
    expect(generated).toContain('REQUÊTE EN INJONCTION DE PAYER');
    expect(generated).toContain('Décompte de créance — Fournitures Dupont SAS c/ Łódź Sp. z o.o.');
    expect(generated).toContain('Pièce n° 1 — Contrat Ørsted A/S du 12/01/2025 — 3 pages');
    text.forEach((page, index) => {
      expect(page).toContain(`Dossier — page ${index + 1}/${text.length}`);
    });
    const again = await assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts });
    expect(Buffer.from(again.bytes).equals(Buffer.from(unicode.bytes))).toBe(true);
  }, 60_000);
});

describe('the court on the cover and the requête', () => {
  it('prints the confirmed court, and its address only when the list gives a verified one', async () => {
    const small = fixtureDossier(GOOD_PIECES.slice(0, 1));
    const address = ['Tribunal test, 1 rue du Greffe', '69003 Lyon'];
    const withAddress = await assembleDossier(
      { ...small.plan, courtAddress: address },
      small.files,
      { unicodeFonts: testUnicodeFonts },
    );
    const text = (await extractPdfText(withAddress.bytes)).pages.map(plainSpaces);
    expect(text[0]).toContain('Tribunal des activités économiques de Lyon');
    expect(text[0]).toContain('Tribunal test, 1 rue du Greffe 69003 Lyon');
    expect(text[1]).toContain('Tribunal test, 1 rue du Greffe 69003 Lyon');
    // Without a verified address, nothing but the name.
    expect(pages[0]).not.toContain('rue du Greffe');
    expect(pages[0]).toContain('Tribunal des activités économiques de Lyon');
  }, 120_000);
});
