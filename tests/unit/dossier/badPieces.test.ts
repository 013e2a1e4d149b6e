/**
 * Bad pieces are refused when attached, in French and by name, and a dossier is never produced
 * with a piece silently missing: the export stops and lists every unreadable piece.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PIECE_BYTES } from '../../../renderer/src/domain/evidence/fileType';
import {
  assembleDossier,
  DossierRefusedError,
  inspectPiece,
  offeredBytes,
  zipDossier,
} from '../../../renderer/src/pdf/dossier';
import { testUnicodeFonts } from '../pdf/pdfSupport';
import { EVIDENCE, fixture, fixtureDossier, GOOD_PIECES } from './dossierFixtures';

const EXPECTED: Record<string, RegExp> = {
  'bad/protege.pdf': /«\sprotege\.pdf\s» est un PDF protégé \(chiffré ou par mot de passe\)/,
  'bad/coupe-en-deux.pdf': /«\scoupe-en-deux\.pdf\s» est un PDF (endommagé|incomplet)/,
  'bad/jpeg-interrompu.jpg': /«\sjpeg-interrompu\.jpg\s» est une image JPEG endommagée/,
  'bad/contrat.docx': /«\scontrat\.docx\s» est un document Word\s: format non pris en charge/,
  '../malformed/pdf/chiffre.pdf': /«\schiffre\.pdf\s» est un PDF protégé/,
  '../malformed/pdf/tronque.pdf': /«\stronque\.pdf\s» est un PDF endommagé/,
  '../malformed/pdf/html-renomme.pdf':
    /«\shtml-renomme\.pdf\s» est une page web bien que nommé \.pdf/,
  '../malformed/images/png-corrompu.png': /«\spng-corrompu\.png\s» est une image PNG endommagée/,
  '../malformed/images/jpeg-tronque.jpg': /«\sjpeg-tronque\.jpg\s» est une image JPEG endommagée/,
  '../malformed/images/exe-renomme.png': /«\sexe-renomme\.png\s» est un programme Windows/,
};

describe('attach-time checks', () => {
  it('covers every bad fixture', () => {
    const bad = readdirSync(join(EVIDENCE, 'bad')).map((name) => `bad/${name}`);
    expect(bad.every((name) => name in EXPECTED)).toBe(true);
  });

  it.each(Object.entries(EXPECTED))('refuses %s', async (path, reason) => {
    const name = path.split('/').at(-1) ?? path;
    const result = await inspectPiece(offeredBytes(name, fixture(path)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses an oversized file without reading it', async () => {
    const result = await inspectPiece({
      name: 'scan-geant.pdf',
      size: MAX_PIECE_BYTES + 1,
      bytes: () => Promise.reject(new Error('ne doit pas être lu')),
    });
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^«\sscan-geant\.pdf\s» pèse 200 Mo\s: au-delà de 200 Mo/),
    });
  });

  it.each(GOOD_PIECES.map((p) => [p.file, p.pages] as const))(
    'accepts %s (%i pages)',
    async (file, pages) => {
      const result = await inspectPiece(offeredBytes(file, fixture(file)));
      expect(result).toMatchObject({ ok: true, pageCount: pages });
    },
  );

  it('keeps an e-mail as a file (no pages)', async () => {
    const result = await inspectPiece(
      offeredBytes('courriel-F-1023.eml', fixture('courriel-F-1023.eml')),
    );
    expect(result).toMatchObject({ ok: true, mime: 'message/rfc822', pageCount: 0 });
  });
});

describe('export refuses a dossier whose creditor identity is incomplete', () => {
  it.each([
    ['PDF', assembleDossier],
    ['ZIP', zipDossier],
  ] as const)('%s: the missing fields named, nothing produced', async (_format, exporter) => {
    const { plan, files } = fixtureDossier();
    const incomplete = { ...plan, creditor: { ...plan.creditor, name: '', signatoryTitle: '' } };
    await expect(exporter(incomplete, files)).rejects.toThrow(
      'Identité du créancier incomplète pour le dossier contentieux\u00a0: il manque raison sociale, fonction du signataire.',
    );
  });
});

describe('export refuses a dossier with an unreadable piece', () => {
  const withBad = () => {
    const { plan, files } = fixtureDossier();
    const bad = fixture('bad/coupe-en-deux.pdf');
    const index = plan.pieces.findIndex((p) => p.title === 'Facture F-1023');
    files[index] = bad;
    const missing = plan.pieces.findIndex((p) => p.title === 'Conditions générales de vente');
    const withoutBytes = files.map((file, i) => (i === missing ? undefined : file)) as Uint8Array[];
    return { plan, files: withoutBytes };
  };

  it.each([
    ['PDF', assembleDossier],
    ['ZIP', zipDossier],
  ] as const)('%s: every bad piece named, nothing produced', async (_format, exporter) => {
    const { plan, files } = withBad();
    const error = await exporter(plan, files).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DossierRefusedError);
    const refused = error as DossierRefusedError;
    expect(refused.reasons).toHaveLength(2);
    expect(refused.reasons[0]).toMatch(
      /^Pièce n° 2 \(Conditions générales de vente\)\s: le fichier de «\scgv\.pdf\s» est introuvable/,
    );
    expect(refused.reasons[1]).toMatch(
      /^Pièce n° 5 \(Facture F-1023 du 30\/06\/2026\)\s: «\sfacture-F-1023\.pdf\s» est un PDF/,
    );
    expect(refused.message).toMatch(
      /^Le dossier n’a pas été produit\s: 2 pièces ne peuvent pas y être jointes\./,
    );
  });

  it('refuses an e-mail in a PDF dossier with a way out', async () => {
    const { plan, files } = fixtureDossier();
    plan.pieces.push({
      kind: 'correspondance',
      title: 'Courriel du débiteur',
      fileName: 'courriel-F-1023.eml',
      mime: 'message/rfc822',
      sha256: '0'.repeat(64),
    });
    files.push(fixture('courriel-F-1023.eml'));
    await expect(assembleDossier(plan, files, { unicodeFonts: testUnicodeFonts })).rejects.toThrow(
      /imprimez-le en PDF/,
    );
  });
});
