/**
 * A dossier built from the real fixture pieces of tests/fixtures/evidence (written by
 * scripts/make-evidence-fixtures.mjs) for the demo debtor of the letter tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeClaim } from '../../../renderer/src/domain/claim';
import { isoDate } from '../../../renderer/src/domain/dates';
import {
  type DossierPlan,
  orderPieces,
  type PlannedPiece,
} from '../../../renderer/src/domain/dossier';
import { sniffPiece } from '../../../renderer/src/domain/evidence/fileType';
import type { DocumentKind } from '../../../renderer/src/domain/model';
import { testPolicy } from '../claimPolicy';
import { CREDITOR, demoDebtor, LETTER_DATE } from '../letters/letterFixtures';

export const EVIDENCE = join(import.meta.dirname, '..', '..', 'fixtures', 'evidence');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(EVIDENCE, name)));
}

export interface FixturePiece {
  file: string;
  kind: DocumentKind;
  title: string;
  date?: string;
  pages: number;
}

/** Deliberately listed out of order: the plan sorts them as a bordereau does. */
export const GOOD_PIECES: FixturePiece[] = [
  {
    file: 'facture-F-1024.pdf',
    kind: 'facture',
    title: 'Facture F-1024',
    date: isoDate('2026-07-15'),
    pages: 2,
  },
  {
    file: 'accuse-reception.png',
    kind: 'accuse-reception',
    title: 'Avis de réception LRAR',
    date: isoDate('2026-11-09'),
    pages: 1,
  },
  {
    file: 'contrat-fourniture.pdf',
    kind: 'contrat',
    title: 'Contrat de fourniture',
    date: isoDate('2025-01-12'),
    pages: 3,
  },
  {
    file: 'bon-de-livraison-BL-5521.jpg',
    kind: 'bon-de-livraison',
    title: 'Bon de livraison BL-5521',
    date: isoDate('2026-06-02'),
    pages: 1,
  },
  { file: 'cgv.pdf', kind: 'cgv', title: 'Conditions générales de vente', pages: 2 },
  {
    file: 'facture-F-1023.pdf',
    kind: 'facture',
    title: 'Facture F-1023',
    date: isoDate('2026-06-30'),
    pages: 1,
  },
  {
    file: 'bon-de-commande-BC-7781.pdf',
    kind: 'bon-de-commande',
    title: 'Bon de commande BC-7781',
    date: isoDate('2026-05-20'),
    pages: 1,
  },
  {
    file: 'releve-pivote.pdf',
    kind: 'releve-de-compte',
    title: 'Relevé de compte',
    date: isoDate('2026-10-31'),
    pages: 1,
  },
];

export function plannedPiece(
  piece: FixturePiece,
  bytes: Uint8Array,
): PlannedPiece & { pages: number; file: string } {
  const sniffed = sniffPiece(piece.file, bytes);
  return {
    kind: piece.kind,
    title: piece.title,
    ...(piece.date ? { date: isoDate(piece.date) } : {}),
    fileName: piece.file,
    mime: sniffed.ok ? sniffed.mime : 'application/octet-stream',
    sha256: piece.file.padEnd(64, '0').slice(0, 64),
    pages: piece.pages,
    file: piece.file,
  };
}

/** The plan and the files in bordereau order. */
export function fixtureDossier(pieces: FixturePiece[] = GOOD_PIECES) {
  const { debtor, items } = demoDebtor();
  const claimed = items.filter((i) => i.status === 'open' && i.dueDate < LETTER_DATE);
  const result = computeClaim({
    debtor,
    items: claimed,
    payments: [],
    letters: [],
    asOf: LETTER_DATE,
    policy: testPolicy(),
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const ordered = orderPieces(pieces.map((p) => plannedPiece(p, fixture(p.file))));
  const plan: DossierPlan = {
    date: LETTER_DATE,
    procedure: 'injonction-de-payer',
    court: 'Tribunal des activités économiques de Lyon',
    creditor: CREDITOR,
    debtor,
    claim: result.claim,
    pieces: ordered.map(({ pages: _pages, file: _file, ...piece }) => piece),
  };
  return { plan, ordered, files: ordered.map((p) => fixture(p.file)) };
}
