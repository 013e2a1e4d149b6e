/**
 * The benchmark's dossier: 50 pieces totalling 300 pages, each a PDF as a scanner makes them
 * (every page a grey 100 dpi « scan » JPEG of ~100 Ko, with a line of text), and a plan with a
 * ten-invoice décompte. Generated once per page load, deterministic.
 */

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { isoDate } from '../domain/dates';
import type { DossierPlan, PlannedPiece } from '../domain/dossier';
import { computeDecompte } from '../domain/interest';
import { defaultInterestSettings } from '../domain/interestSettings';
import type { DocumentKind } from '../domain/model';
import { cents } from '../domain/money';
import { buildRateBook } from '../domain/rates';
import { benchCreditor } from './benchCreditor';

export const BENCH_PIECES = 50;
export const BENCH_PAGES = 300;

/** Page counts of the 50 pieces: from 1 to 11 pages, 300 in all. */
export function pageCounts(): number[] {
  const counts = Array.from({ length: BENCH_PIECES }, (_, i) => 1 + ((i * 7) % 11));
  const total = counts.reduce((a, b) => a + b, 0);
  counts[BENCH_PIECES - 1] = (counts[BENCH_PIECES - 1] ?? 1) + (BENCH_PAGES - total);
  return counts;
}

/** A grey JPEG with ruled lines, ~100 Ko, as a 100 dpi scan of an A4 form. */
async function scanJpeg(seed: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(827, 1169);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D indisponible');
  context.fillStyle = '#f2f2ee';
  context.fillRect(0, 0, canvas.width, canvas.height);
  let state = seed * 2654435761;
  for (let i = 0; i < 6000; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    context.fillStyle = `rgba(60,60,60,${(state % 100) / 400})`;
    context.fillRect(state % canvas.width, (state >>> 10) % canvas.height, 3, 2);
  }
  for (let y = 150; y < 1100; y += 38) context.fillRect(70, y, 690, 1);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  return new Uint8Array(await blob.arrayBuffer());
}

/** Each page is its own scan, as a scanner writes a multi-page PDF. */
async function piecePdf(index: number, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n++) {
    const image = await doc.embedJpg(await scanJpeg(index * 100 + n));
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(image, { x: 20, y: 20, width: 555, height: 785 });
    page.drawText(`Pièce de test ${index + 1} — page ${n}/${pages}`, {
      x: 40,
      y: 815,
      size: 10,
      font,
    });
  }
  return doc.save();
}

const KINDS: DocumentKind[] = [
  'contrat',
  'bon-de-commande',
  'bon-de-livraison',
  'facture',
  'correspondance',
];

let cached: { plan: DossierPlan; files: Uint8Array[] } | undefined;

export async function benchDossier(): Promise<{ plan: DossierPlan; files: Uint8Array[] }> {
  if (cached) return cached;
  const counts = pageCounts();
  const files = await Promise.all(counts.map((pages, i) => piecePdf(i, pages)));
  const pieces: PlannedPiece[] = files.map((_, i) => ({
    kind: KINDS[i % KINDS.length] ?? 'autre',
    title: `Pièce de test ${i + 1}`,
    date: isoDate(`2026-${String(1 + (i % 12)).padStart(2, '0')}-15`),
    fileName: `piece-${i + 1}.pdf`,
    mime: 'application/pdf',
    sha256: String(i).padStart(64, '0'),
  }));
  const result = computeDecompte({
    invoices: Array.from({ length: 10 }, (_, i) => ({
      invoiceId: `i${i}`,
      number: `F-${1000 + i}`,
      issueDate: isoDate(`2026-0${1 + (i % 8)}-01`),
      dueDate: isoDate(`2026-0${1 + (i % 8)}-28`),
      principalCents: cents(123_456 + i * 10_000),
    })),
    asOf: isoDate('2026-11-23'),
    settings: defaultInterestSettings(),
    rates: buildRateBook(),
  });
  if (!result.ok) throw new Error(result.errors.join(' '));
  const plan: DossierPlan = {
    date: isoDate('2026-11-23'),
    procedure: 'injonction-de-payer',
    court: 'Tribunal des activités économiques de Lyon',
    creditor: benchCreditor(),
    debtor: {
      id: 'd1',
      accountNo: '411MARTIN',
      name: 'Usinage Martin SAS',
      addressLines: ['132 voie Pastourelle'],
      postalCode: '34070',
      city: 'Montpellier',
      contacts: [],
      tags: [],
      status: 'active',
    },
    claim: {
      asOf: result.decompte.asOf,
      consumer: false,
      decompte: result.decompte,
      reminders: [],
    },
    pieces,
  };
  cached = { plan, files };
  return cached;
}
