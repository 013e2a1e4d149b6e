/** The ZIP for online filing: numbered, stamped pieces and the bordereau and décompte apart. */
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { zipDossier } from '../../../renderer/src/pdf/dossier';
import { extractPdfText, testUnicodeFonts } from '../pdf/pdfSupport';
import { fixtureDossier } from './dossierFixtures';

describe('dossier ZIP', () => {
  let files: Record<string, Uint8Array>;
  let names: string[];

  beforeAll(async () => {
    const dossier = fixtureDossier();
    const zip = await zipDossier(dossier.plan, dossier.files, { unicodeFonts: testUnicodeFonts });
    files = unzipSync(zip.bytes);
    names = zip.names;
  }, 120_000);

  it('names the pieces in bordereau order', () => {
    expect(Object.keys(files)).toEqual(names);
    expect(names).toEqual([
      'Bordereau de pièces.pdf',
      'Requête en injonction de payer (projet).pdf',
      'Décompte de créance.pdf',
      '01 - Contrat de fourniture.pdf',
      '02 - Conditions générales de vente.pdf',
      '03 - Bon de commande BC-7781.pdf',
      '04 - Bon de livraison BL-5521.pdf',
      '05 - Facture F-1023.pdf',
      '06 - Facture F-1024.pdf',
      '07 - Relevé de compte.pdf',
      '08 - Avis de réception LRAR.pdf',
    ]);
  });

  it('stamps each piece with its number', async () => {
    const contract = await extractPdfText(
      files['01 - Contrat de fourniture.pdf'] ?? new Uint8Array(),
    );
    expect(contract.pages).toHaveLength(3);
    expect(contract.pages[2]).toContain('Pièce n° 1 — page 3/3');
    const delivery = await extractPdfText(
      files['04 - Bon de livraison BL-5521.pdf'] ?? new Uint8Array(),
    );
    expect(delivery.text).toContain('Pièce n° 4 — page 1/1');
  });

  it('lists the pieces in the separate bordereau', async () => {
    const bordereau = await extractPdfText(files['Bordereau de pièces.pdf'] ?? new Uint8Array());
    expect(bordereau.text).toContain('Pièce n° 8 — Avis de réception LRAR du 09/11/2026 — 1 page');
  });

  it('puts the décompte and the requête draft apart, with their totals', async () => {
    const decompte = await extractPdfText(files['Décompte de créance.pdf'] ?? new Uint8Array());
    expect(decompte.text).toContain('Total dû au 23/11/2026');
    const requete = await extractPdfText(
      files['Requête en injonction de payer (projet).pdf'] ?? new Uint8Array(),
    );
    expect(requete.text).toContain('REQUÊTE EN INJONCTION DE PAYER');
    expect(requete.text).toContain('Total réclamé');
  });
});
