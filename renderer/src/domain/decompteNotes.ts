/**
 * What a décompte states besides its figures: the calculation conventions printed under it (with
 * the contractual floor, when it applied), and, for the screens only, the rates it used that are
 * not confirmed: a warning on a letter, a refusal for a court document.
 */
import { formatDateFr } from './dates';
import type { Decompte, UnconfirmedRate } from './decompte';
import type { InterestSettings } from './interestSettings';
import type { IsoDate } from './model';
import {
  type AppliedFloor,
  basisLabelFr,
  CONTRACTUAL_FLOOR_MULTIPLE,
  type RatePeriod,
} from './ratePeriods';
import { formatRateFr, rateTableNameFr } from './rates';
import { compareSemesters, type SemesterId, semesterLabelFr } from './semesters';

/** The conventions printed under every décompte. */
export function conventionsFr(settings: InterestSettings, asOf: IsoDate): string[] {
  const divisor =
    settings.dayCount === 'actual/actual'
      ? '365 (366 pour les jours d’une année bissextile)'
      : '365';
  const imputation =
    settings.imputation === 'interest-first'
      ? 'imputé d’abord sur les intérêts échus, puis sur le principal (C. civ. 1343-1)'
      : 'imputé sur le principal de la facture désignée par le payeur (C. civ. 1342-10)';
  const conventions = [
    `Intérêts de retard au ${basisLabelFr(settings.basis)}, courant du lendemain de l’échéance ` +
      `jusqu’au ${formatDateFr(asOf)} inclus.`,
    `Intérêts simples : montant restant dû × taux × nombre de jours / ${divisor}.`,
    'Chaque ligne (facture × période de taux) est arrondie au centime le plus proche, le ' +
      'demi-centime étant arrondi au centime supérieur ; le total est la somme des lignes arrondies.',
    `Un règlement réduit la base de calcul à compter du lendemain de sa réception ; il est ${imputation}.`,
  ];
  if (settings.indemnityCents > 0) {
    conventions.push(
      'Indemnité forfaitaire pour frais de recouvrement de 40 € par facture payée en retard ' +
        '(C. com. L441-10 et D441-5).',
    );
  }
  return conventions;
}

/**
 * The sentence printed with the conventions when a contractual rate was below its legal floor in
 * some semesters: the floor applied there (C. com. L441-10). Empty when it never was.
 */
export function floorNotesFr(floors: readonly AppliedFloor[]): string[] {
  const [first] = floors;
  if (!first) return [];
  const rate = formatRateFr(first.contractualMilliPercent);
  const minimum = (f: AppliedFloor) =>
    `${formatRateFr(f.floorMilliPercent)} (${CONTRACTUAL_FLOOR_MULTIPLE} × ${formatRateFr(f.legalMilliPercent)})`;
  if (floors.length === 1) {
    return [
      `Le taux contractuel de ${rate} étant inférieur au minimum légal de ${minimum(first)} ` +
        `pour le ${semesterLabelFr(first.semester)}, ce minimum est appliqué (C. com. L441-10).`,
    ];
  }
  const list = floors.map((f) => `${semesterLabelFr(f.semester)}, ${minimum(f)}`).join(' ; ');
  return [
    `Le taux contractuel de ${rate} étant inférieur au minimum légal (${CONTRACTUAL_FLOOR_MULTIPLE} × ` +
      `le taux de l’intérêt légal) pour les semestres suivants, ce minimum est appliqué ` +
      `(C. com. L441-10) : ${list}.`,
  ];
}

/** The floors among the periods used, once per semester, in chronological order. */
export function floorsOf(periods: Iterable<RatePeriod>): AppliedFloor[] {
  const bySemester = new Map<SemesterId, AppliedFloor>();
  for (const period of periods)
    if (period.floor) bySemester.set(period.floor.semester, period.floor);
  return [...bySemester.values()].sort((a, b) => compareSemesters(a.semester, b.semester));
}

/** The unconfirmed table rates among the periods used, once each, in chronological order. */
export function unconfirmedRatesOf(periods: Iterable<RatePeriod>): UnconfirmedRate[] {
  const found = new Map<string, UnconfirmedRate>();
  for (const period of periods) {
    if (period.verified || !period.table || !period.semester) continue;
    found.set(`${period.table} ${period.semester}`, {
      table: period.table,
      semester: period.semester,
      milliPercent: period.tableMilliPercent ?? period.milliPercent,
    });
  }
  return [...found.values()].sort(
    (a, b) => compareSemesters(a.semester, b.semester) || a.table.localeCompare(b.table),
  );
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function rateNameFr(rate: UnconfirmedRate): string {
  return `${rateTableNameFr(rate.table)} du ${semesterLabelFr(rate.semester)}`;
}

/**
 * Why a court document cannot be produced from this décompte: every rate it uses must be
 * confirmed (published value and reference entered in Paramètres › Taux). Null when they are.
 */
export function unconfirmedRateBlocker(
  decompte: Pick<Decompte, 'unconfirmedRates'>,
): string | null {
  const rates = decompte.unconfirmedRates;
  const [first] = rates;
  if (!first) return null;
  if (rates.length === 1) {
    return (
      `${capitalized(rateNameFr(first))} n’est pas confirmé : saisissez la valeur publiée et sa ` +
      'référence (Paramètres › Taux) avant de produire le dossier.'
    );
  }
  return (
    `Les taux suivants ne sont pas confirmés : ${rates.map(rateNameFr).join(', ')}. Saisissez ` +
    'la valeur publiée de chacun et sa référence (Paramètres › Taux) avant de produire le dossier.'
  );
}

/**
 * Why a court dossier cannot be produced from a décompte in another currency than the euro: the
 * requête, its total and the procedure's thresholds (petites créances ≤ 5 000 €) are stated in
 * euros, and the €40 indemnities cannot be added to a total in pounds or dollars. Letters and
 * the relevé state such a claim in its own currency; a court dossier is refused until the
 * creditor decides how to claim it. Null for a claim in euros.
 */
export function foreignCurrencyBlocker(decompte: Pick<Decompte, 'currency'>): string | null {
  const currency = decompte.currency;
  if (!currency || currency === 'EUR') return null;
  return `Les pièces de ce dossier sont en ${currency} : le dossier contentieux (requête, décompte et seuils de procédure) n’est produit que pour une créance en euros. Les courriers et le relevé de compte, eux, l’énoncent dans sa devise.`;
}
