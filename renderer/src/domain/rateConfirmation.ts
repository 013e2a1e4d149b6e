/**
 * Confirming a semester's rate in Paramètres › Taux: the user types the published value and the
 * text that publishes it, and gets a user row marked confirmed with its reference.
 * - taux de l'intérêt légal (C. mon. fin. L313-2): the value fixed by an arrêté, with the date of
 *   the arrêté and the Journal officiel that published it (date, and text number when known);
 * - L441-10: the ECB main refinancing (MRO) rate in force on 1 January or 1 July, with the date
 *   of the Governing Council decision that set it; the rate is that value + 10 points.
 */
import { compareDates, formatDateFr, isIsoDate } from './dates';
import type { IsoDate } from './model';
import {
  formatRateFr,
  type RateTableId,
  toMilliPercent,
  type UserRate,
  validateUserRate,
} from './rates';
import { isSemesterId, semesterBounds, semesterLabelFr } from './semesters';

/** L441-10 II: the ECB rate + 10 points. */
export const L441_10_MARGIN_MILLI = 10_000;

export interface EcbRateConfirmation {
  table: 'l441-10';
  semester: string;
  /** The MRO rate in force on the first day of the semester, in percent. */
  ecbRatePercent: number | null;
  /** Date of the Governing Council decision that set it (YYYY-MM-DD). */
  decisionDate: string;
}

export interface LegalRateConfirmation {
  table: Exclude<RateTableId, 'l441-10'>;
  semester: string;
  ratePercent: number | null;
  /** Date of the arrêté fixing the rate (YYYY-MM-DD). */
  arreteDate: string;
  /** Date of the Journal officiel that published it (YYYY-MM-DD). */
  journalDate: string;
  /** « texte n° 23 » of that Journal officiel, when the user has it. */
  journalNumber: string;
}

export type RateConfirmation = EcbRateConfirmation | LegalRateConfirmation;

export type RateConfirmationResult = { ok: true; rate: UserRate } | { ok: false; errors: string[] };

function confirmEcb(input: EcbRateConfirmation, start: IsoDate | '', errors: string[]) {
  if (input.ecbRatePercent === null || !Number.isFinite(input.ecbRatePercent)) {
    errors.push('Indiquez le taux BCE des opérations principales de refinancement.');
  }
  if (!isIsoDate(input.decisionDate)) {
    errors.push('Indiquez la date de la décision du Conseil des gouverneurs de la BCE.');
  } else if (start && compareDates(input.decisionDate, start) > 0) {
    errors.push(
      `La décision du ${formatDateFr(input.decisionDate)} est postérieure au ` +
        `${formatDateFr(start)} : le taux retenu est celui en vigueur au premier jour du semestre.`,
    );
  }
  if (errors.length > 0 || input.ecbRatePercent === null) return null;
  const ecb = toMilliPercent(input.ecbRatePercent);
  const inForce = `${formatRateFr(ecb)} en vigueur au ${formatDateFr(start)}`;
  return {
    ratePercent: (ecb + L441_10_MARGIN_MILLI) / 1000,
    source: `Taux BCE en vigueur au ${formatDateFr(start)} : ${formatRateFr(ecb)} + 10 points`,
    reference:
      `Décision du Conseil des gouverneurs de la BCE du ${formatDateFr(input.decisionDate)} : ` +
      `taux des opérations principales de refinancement de ${inForce}`,
  };
}

function confirmLegal(input: LegalRateConfirmation, label: string, errors: string[]) {
  if (input.ratePercent === null || !Number.isFinite(input.ratePercent)) {
    errors.push('Indiquez le taux publié.');
  }
  const arrete = isIsoDate(input.arreteDate) ? input.arreteDate : null;
  const journal = isIsoDate(input.journalDate) ? input.journalDate : null;
  if (!arrete) errors.push('Indiquez la date de l’arrêté qui fixe le taux.');
  if (!journal) errors.push('Indiquez la date du Journal officiel qui a publié l’arrêté.');
  if (arrete && journal && compareDates(journal, arrete) < 0) {
    errors.push('Le Journal officiel ne peut pas précéder l’arrêté qu’il publie.');
  }
  if (errors.length > 0 || input.ratePercent === null || !arrete || !journal) return null;
  const number = input.journalNumber.trim().replace(/^(texte\s*)?n°\s*/i, '');
  return {
    ratePercent: input.ratePercent,
    source: `Taux de l’intérêt légal, ${label} (arrêté publié au Journal officiel)`,
    reference:
      `Arrêté du ${formatDateFr(arrete)} relatif à la fixation du taux de l’intérêt légal, ` +
      `Journal officiel du ${formatDateFr(journal)}${number ? `, texte n° ${number}` : ''}`,
  };
}

/** The confirmed user row, or every reason it cannot be, in French. */
export function confirmRate(input: RateConfirmation): RateConfirmationResult {
  const errors: string[] = [];
  const semester = input.semester.trim();
  if (!isSemesterId(semester)) errors.push('Semestre attendu au format AAAA-S1 ou AAAA-S2');
  const start = isSemesterId(semester) ? semesterBounds(semester).from : '';
  const label = isSemesterId(semester) ? semesterLabelFr(semester) : '';
  const row =
    input.table === 'l441-10'
      ? confirmEcb(input, start, errors)
      : confirmLegal(input, label, errors);
  if (!row) return { ok: false, errors };
  return validateUserRate({ table: input.table, semester, verified: true, ...row });
}
