/**
 * The competent court, chosen from the shipped list (resources/courts/courts.json), never made up
 * from the debtor's town: a court's territory is not the town it is named after (Saint-Herblain
 * 44800 belongs to the tribunal de commerce de Nantes). Recouvra proposes the courts of the
 * debtor's département for the kind of court the procedure goes to; the user confirms one.
 */
import courtData from '../../../../resources/courts/courts.json';
import { COURT_LABELS, type CourtKind } from '../dossier/labels';
import { type Court, type CourtFile, type CourtType, courtFileSchema } from './schema';

export type ParsedCourts = { ok: true; file: CourtFile } | { ok: false; errors: string[] };

/** Validates a court list; never throws. */
export function parseCourtFile(data: unknown): ParsedCourts {
  const result = courtFileSchema.safeParse(data);
  if (result.success) return { ok: true, file: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((i) => `${i.path.join('.') || 'fichier'} : ${i.message}`),
  };
}

let shipped: CourtFile | null = null;

/** The shipped list, validated once (a broken file fails the unit tests, not a user's export). */
export function courtFile(): CourtFile {
  if (!shipped) shipped = courtFileSchema.parse(courtData);
  return shipped;
}

export function courtById(id: string | undefined): Court | undefined {
  if (!id) return undefined;
  return courtFile().courts.find((court) => court.id === id);
}

/** Court types that hear commercial matters in each part of France. */
const COMMERCIAL: readonly CourtType[] = [
  'tribunal-de-commerce',
  'tribunal-activites-economiques',
  'chambre-commerciale-tj',
  'tribunal-mixte-de-commerce',
];
const CIVIL: readonly CourtType[] = ['tribunal-judiciaire', 'tribunal-premiere-instance'];

/** Whether a court of the list can take a procedure that goes to `kind`. */
export function courtFits(court: Court, kind: CourtKind): boolean {
  switch (kind) {
    case 'tribunal-de-commerce':
      return COMMERCIAL.includes(court.kind) || court.commercial === true;
    case 'tribunal-judiciaire':
    case 'juge-contentieux-protection':
      return CIVIL.includes(court.kind);
    default:
      return false;
  }
}

/** Whether the procedure's kind is a court chosen from the list (not a commissaire de justice). */
export function needsCourt(kind: CourtKind): boolean {
  return (
    kind === 'tribunal-de-commerce' ||
    kind === 'tribunal-judiciaire' ||
    kind === 'juge-contentieux-protection'
  );
}

const byName = (a: Court, b: Court) => a.name.localeCompare(b.name, 'fr');

/**
 * The candidate courts of a département for a kind of court: in Bas-Rhin, Haut-Rhin and Moselle
 * the commercial chambers of the tribunaux judiciaires, in the twelve experimental towns the
 * tribunaux des activités économiques, overseas the tribunaux mixtes de commerce.
 */
export function courtsFor(kind: CourtKind, departement: string | null): Court[] {
  if (!departement || !needsCourt(kind)) return [];
  return courtFile()
    .courts.filter((court) => court.departements.includes(departement) && courtFits(court, kind))
    .sort(byName);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .toLowerCase();
}

/** Every court of the list that fits the kind, matching a name, seat or département typed. */
export function searchCourts(kind: CourtKind, query = ''): Court[] {
  const words = fold(query)
    .split(/[\s-]+/)
    .filter(Boolean);
  return courtFile()
    .courts.filter((court) => {
      if (!courtFits(court, kind)) return false;
      const text = fold(`${court.name} ${court.seat} ${court.departements.join(' ')}`);
      return words.every((word) => text.includes(word));
    })
    .sort(byName);
}

/**
 * The name printed for a court and a kind: the court's own name, or, before the juge des
 * contentieux de la protection, that judge of the tribunal judiciaire chosen.
 */
export function courtNameFor(court: Court, kind: CourtKind): string {
  if (kind === 'juge-contentieux-protection') {
    return `Juge des contentieux de la protection du ${court.name.charAt(0).toLowerCase()}${court.name.slice(1)}`;
  }
  return court.name;
}

/** The address lines to print: only a verified address. */
export function printableAddress(court: Court): string[] | undefined {
  return court.addressVerified && court.address ? [...court.address] : undefined;
}

export type ConfirmedCourt =
  | { ok: true; court: Court; name: string; address?: string[] }
  | { ok: false; reason: string };

/** Whether the court confirmed on the case can go on the dossier, with a French reason if not. */
export function checkConfirmedCourt(kind: CourtKind, courtId: string | undefined): ConfirmedCourt {
  if (!courtId) {
    return {
      ok: false,
      reason:
        'Confirmez la juridiction compétente (carte « Procédure ») : le dossier ne peut pas être exporté sans elle.',
    };
  }
  const court = courtById(courtId);
  if (!court) {
    return {
      ok: false,
      reason:
        'La juridiction enregistrée pour ce dossier ne figure plus dans la liste des juridictions : confirmez-en une autre.',
    };
  }
  if (!courtFits(court, kind)) {
    return {
      ok: false,
      reason: `La juridiction confirmée (${court.name}) ne correspond pas à la procédure retenue, qui relève du ${COURT_LABELS[kind].toLocaleLowerCase('fr-FR')} : confirmez une juridiction compétente.`,
    };
  }
  const address = printableAddress(court);
  return { ok: true, court, name: courtNameFor(court, kind), ...(address ? { address } : {}) };
}

/** Key of the court last confirmed for a kind of court and a département, offered next time. */
export function courtChoiceKey(kind: CourtKind, departement: string): string {
  return `${kind}|${departement}`;
}
