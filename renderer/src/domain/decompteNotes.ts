/**
 * What a décompte states besides its figures: the calculation conventions printed under it, and
 * the points the user should check before sending it.
 */
import { formatDateFr } from './dates';
import type { InterestSettings } from './interestSettings';
import type { IsoDate } from './model';
import { basisLabelFr, type RatePeriod } from './ratePeriods';
import { formatRateFr } from './rates';
import { semesterLabelFr } from './semesters';

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
    `Intérêts simples : montant restant dû × taux × nombre de jours / ${divisor}.`,
    'Chaque ligne (facture × période de taux) est arrondie au centime le plus proche, le ' +
      'demi-centime étant arrondi au centime supérieur ; le total est la somme des lignes arrondies.',
    `Un règlement réduit la base de calcul à compter du lendemain de sa réception ; il est ${imputation}.`,
  ];
  if (settings.indemnityCents > 0) {
    conventions.push(
      'Indemnité forfaitaire pour frais de recouvrement de 40 € par facture payée en retard ' +
        '(C. com. L441-10 et D441-5).',
    );
  }
  return conventions;
}

/** Default rates used in the décompte that the user has not confirmed, as French warnings. */
export function unverifiedRateWarnings(rates: Map<string, RatePeriod>): string[] {
  return [...rates.values()]
    .filter((period) => !period.verified && period.semester)
    .map(
      (period) =>
        `Le taux du ${semesterLabelFr(period.semester ?? '2000-S1')} ` +
        `(${formatRateFr(period.milliPercent)}) est une valeur par défaut à confirmer dans ` +
        'Paramètres › Taux.',
    );
}
