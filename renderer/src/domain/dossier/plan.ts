/**
 * What a dossier export is made of, decided before any PDF is drawn: the parties, the procedure
 * and court, the décompte, and the pieces in filing order. The worker receives this plan with the
 * pieces' bytes, counts their pages and numbers the bordereau.
 */

import type { Claim } from '../claim';
import type { Creditor } from '../creditor';
import { creditorLegalMentions } from '../creditor';
import type { EvidencePiece } from '../evidence/pieces';
import { formatSiren, formatSiret } from '../identifiers';
import type { Debtor, IsoDate, Procedure } from '../model';
import type { BordereauEntry } from './bordereau';

/** A piece as planned: everything but its page count, known once the worker reads it. */
export type PlannedPiece = Omit<BordereauEntry, 'number' | 'pageCount'>;

export function plannedPieceOf(piece: EvidencePiece): PlannedPiece {
  return {
    kind: piece.kind,
    title: piece.title,
    ...(piece.reference ? { reference: piece.reference } : {}),
    ...(piece.date ? { date: piece.date } : {}),
    fileName: piece.fileName,
    mime: piece.mime,
    sha256: piece.sha256,
    invoiceIds: piece.invoiceIds,
    ...(piece.source === 'letter' ? { letterId: piece.sourceId } : {}),
  };
}

export interface DossierPlan {
  date: IsoDate;
  procedure: Procedure;
  /** The court the user confirmed from the shipped list, e.g. « Tribunal de commerce de Nantes ». */
  court: string;
  /** Its address lines, only when the list marks them verified. */
  courtAddress?: string[];
  creditor: Creditor;
  debtor: Debtor;
  /** What the debtor owes at `date`: décompte, reminders and notice as the ledger recorded them. */
  claim: Claim;
  /** In filing order. */
  pieces: PlannedPiece[];
}

export interface PartyLines {
  name: string;
  /** « SAS au capital de 50 000,00 € », « RCS Lyon 732 829 320 »… */
  identifiers: string[];
  address: string[];
}

function addressOf(lines: readonly string[], postalCode?: string, city?: string, country?: string) {
  const town = [postalCode, city].filter(Boolean).join(' ');
  const abroad = country && !/^(france|fr)$/i.test(country.trim()) ? country : '';
  return [...lines, town, abroad].map((l) => l.trim()).filter(Boolean);
}

/**
 * The creditor as the dossier names it. The export is refused while its identity is incomplete
 * (`missingCreditorFields(creditor, 'court-dossier')`): nothing here stands in for a missing name.
 */
export function creditorParty(creditor: Creditor): PartyLines {
  return {
    name: creditor.name,
    identifiers: creditorLegalMentions(creditor),
    address: addressOf(creditor.addressLines, creditor.postalCode, creditor.city, creditor.country),
  };
}

export function debtorParty(debtor: Debtor): PartyLines {
  const identifiers: string[] = [];
  if (debtor.siret) identifiers.push(`SIRET ${formatSiret(debtor.siret)}`);
  else if (debtor.siren) identifiers.push(`SIREN ${formatSiren(debtor.siren)}`);
  if (debtor.vatNumber) identifiers.push(`TVA intracommunautaire ${debtor.vatNumber}`);
  identifiers.push(`Compte client ${debtor.accountNo}`);
  return {
    name: debtor.name,
    identifiers,
    address: addressOf(debtor.addressLines, debtor.postalCode, debtor.city, debtor.country),
  };
}
