#!/usr/bin/env node
/**
 * Writes the evidence fixtures of the court dossier tests under tests/fixtures/evidence/: real,
 * small PDFs (pdf-lib), a JPEG and a PNG (scripts/evidence-fixtures/images.mjs), a saved e-mail,
 * and in bad/ the files a dossier must refuse. Deterministic: fixed dates, no randomness, so
 * running it again changes nothing.
 *
 *   node scripts/make-evidence-fixtures.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { degrees, PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { writeJpeg, writePng } from './evidence-fixtures/images.mjs';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures', 'evidence');
const WHEN = new Date('2026-11-20T09:00:00Z');
const A4 = [595.28, 841.89];

function write(name, bytes) {
  const path = join(root, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
}

/** A PDF of `pages` pages, each titled and numbered, as a scanner or ERP would produce it. */
async function textPdf(title, pages, { rotate = 0, size = A4, objectStreams = true } = {}) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage(size);
    const [, height] = size;
    page.drawText(title, { x: 60, y: height - 90, size: 18, font: bold });
    page.drawText(`Page ${n} sur ${pages}`, { x: 60, y: height - 115, size: 11, font });
    for (let line = 0; line < 18; line++) {
      page.drawText(
        `Article ${n}.${line + 1} - Clause de ${title.toLowerCase()} (texte de test).`,
        {
          x: 60,
          y: height - 160 - line * 22,
          size: 10,
          font,
          color: rgb(0.2, 0.2, 0.2),
        },
      );
    }
    if (rotate) page.setRotation(degrees(rotate));
  }
  doc.setTitle(title);
  doc.setProducer('Recouvra fixtures');
  doc.setCreator('Recouvra fixtures');
  doc.setCreationDate(WHEN);
  doc.setModificationDate(WHEN);
  return doc.save({ useObjectStreams: objectStreams });
}

/** A scanned delivery note: grey form with ruled lines, a stamp box and a signature stroke. */
function deliveryNoteJpeg() {
  const width = 424;
  const height = 600;
  return writeJpeg(width, height, (x, y) => {
    if (x < 8 || x > width - 9 || y < 8 || y > height - 9) return 40;
    if (y > 40 && y < 70 && x > 30 && x < 260) return 60; // heading band
    if (y > 120 && y < 420 && (y - 120) % 30 === 0 && x > 30 && x < width - 30) return 90;
    if (
      x > 260 &&
      x < 390 &&
      y > 470 &&
      y < 560 &&
      (x === 261 || x === 389 || y === 471 || y === 559)
    )
      return 70;
    if (Math.abs(y - (510 + 20 * Math.sin(x / 12))) < 2 && x > 280 && x < 380) return 30;
    return 235;
  });
}

/** A photographed avis de réception, landscape: pink card with a frame and a date box. */
function receiptPng() {
  const width = 600;
  const height = 380;
  return writePng(width, height, (x, y) => {
    if (x < 6 || x > width - 7 || y < 6 || y > height - 7) return [150, 40, 60];
    if (x > 40 && x < 300 && y > 40 && y < 90) return [200, 120, 140];
    if (
      x > 380 &&
      x < 560 &&
      y > 250 &&
      y < 330 &&
      (x === 381 || x === 559 || y === 251 || y === 329)
    ) {
      return [120, 30, 50];
    }
    if (y > 130 && y < 220 && (y - 130) % 18 === 0 && x > 40 && x < 560) return [170, 90, 110];
    return [250, 222, 228];
  });
}

const EML = [
  'From: Comptabilite Fournisseurs <compta@usinage-martin.example>',
  'To: Recouvrement <recouvrement@dupont.example>',
  'Date: Tue, 10 Nov 2026 10:12:00 +0100',
  'Subject: Re: Facture F-1023',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Bonjour, nous avons bien recu la facture F-1023 et la reglerons fin du mois.',
  '',
].join('\r\n');

// ---- Good pieces --------------------------------------------------------------------------
write('contrat-fourniture.pdf', await textPdf('Contrat de fourniture', 3));
write('cgv.pdf', await textPdf('Conditions generales de vente', 2));
write('bon-de-commande-BC-7781.pdf', await textPdf('Bon de commande BC-7781', 1));
write('bon-de-livraison-BL-5521.jpg', deliveryNoteJpeg());
write('facture-F-1023.pdf', await textPdf('Facture F-1023', 1));
write('facture-F-1024.pdf', await textPdf('Facture F-1024', 2));
write('releve-pivote.pdf', await textPdf('Releve de compte', 1, { rotate: 90 }));
write('accuse-reception.png', receiptPng());
write('courriel-F-1023.eml', new TextEncoder().encode(EML));

// ---- Bad pieces: each must be refused, by name, in French -----------------------------------
const contract = await textPdf('Contrat de fourniture', 3);
// Cut in the middle, as an interrupted download leaves it.
write('bad/coupe-en-deux.pdf', contract.subarray(0, Math.floor(contract.length / 2)));
// A real JPEG whose scan data stops halfway (header intact: only a full decode notices).
const jpeg = deliveryNoteJpeg();
write('bad/jpeg-interrompu.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2)));
// A Word document renamed: a zip container.
write(
  'bad/contrat.docx',
  new Uint8Array([
    0x50,
    0x4b,
    0x03,
    0x04,
    0x14,
    0,
    0,
    0,
    8,
    0,
    ...new TextEncoder().encode('word/document.xml'),
  ]),
);
// Encrypted with the standard security handler (the trailer names an /Encrypt dictionary).
// Classic cross-reference table, so that the trailer is a plain dictionary.
const encrypted = new TextDecoder('latin1').decode(
  await textPdf('Contrat confidentiel', 1, { objectStreams: false }),
);
if (!/trailer\s*<</.test(encrypted)) throw new Error('trailer introuvable');
write(
  'bad/protege.pdf',
  new Uint8Array(
    Buffer.from(
      encrypted.replace(
        /trailer\s*<</,
        'trailer\n<<\n/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <00> /U <00> >>\n',
      ),
      'latin1',
    ),
  ),
);

console.log('Pièces de test écrites dans tests/fixtures/evidence/.');
