/**
 * The monthly report as an Excel file: a summary sheet, the twelve-month trend, the aged
 * balance movement and the figures per controller. Amounts are real numbers in euros, dates
 * real Excel dates, percentages real percentages, so the director can chart and sum them; a
 * figure that cannot be computed leaves its cell empty and says why in the « Remarque » column.
 */
import * as XLSX from 'xlsx';
import { BUCKET_KEYS, type BucketKey } from '../../domain/aging';
import type { Cents, IsoDate } from '../../domain/model';
import { eurosFromCents } from '../../domain/money';
import { plural } from '../../domain/numbers';
import { UNASSIGNED_LABEL } from '../../domain/portfolio';
import {
  formatMonthFr,
  formatShortMonthFr,
  type MonthlyReport,
  trendMonthNote,
} from '../../domain/report';

/** `null`: no cell at all (an empty cell, not an empty string). */
type Cell = XLSX.CellObject | null;

const text = (v: string): Cell => ({ t: 's', v });
const empty = (): Cell => null;
const euros = (cents: Cents): Cell => ({ t: 'n', v: eurosFromCents(cents), z: '#,##0.00 "€"' });
const count = (v: number): Cell => ({ t: 'n', v, z: '0' });
const days = (v: number): Cell => ({ t: 'n', v: Math.round(v * 10) / 10, z: '0.0' });
/** A ratio (0.875) shown as 87,5 %. */
const percent = (ratio: number): Cell => ({ t: 'n', v: ratio, z: '0.0%' });

/** `2026-11-30` -> an Excel date cell, without a time zone shift. */
function date(iso: IsoDate): Cell {
  const serial = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
  return { t: 'n', v: serial + 25_569, z: 'dd/mm/yyyy' };
}

function sheet(rows: Cell[][], widths: number[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

function summary(report: MonthlyReport): XLSX.WorkSheet {
  const rows: Cell[][] = [
    [text(`Rapport mensuel de recouvrement — ${formatMonthFr(report.month)}`)],
    [text('Établi le'), date(report.today)],
    [text('Balance de début'), report.opening ? date(report.opening.asOfDate) : empty()],
    [text('Balance de fin'), report.closing ? date(report.closing.asOfDate) : empty()],
    [],
    [text('Indicateur'), text('Valeur'), text('Remarque')],
  ];
  const { dso, cei, promises, movement } = report;
  rows.push(
    dso.ok
      ? [
          text('DSO (jours, méthode de l’épuisement du CA)'),
          days(dso.value.days),
          text(dso.value.complete ? '' : 'Minimum\u00a0: l’historique des ventes est trop court.'),
        ]
      : [text('DSO (jours, méthode de l’épuisement du CA)'), empty(), text(dso.reason)],
  );
  rows.push(
    cei.ok && cei.value.percent !== null
      ? [text('CEI (indice d’efficacité du recouvrement)'), percent(cei.value.percent / 100)]
      : [
          text('CEI (indice d’efficacité du recouvrement)'),
          empty(),
          text(cei.ok ? '' : cei.reason),
        ],
  );
  rows.push(
    promises.ok && promises.value.rate !== null
      ? [
          text('Taux de promesses tenues'),
          percent(promises.value.rate),
          text(
            `${plural(promises.value.kept, 'échéance tenue', 'échéances tenues')} sur ${plural(promises.value.kept + promises.value.missed, 'connue', 'connues')}`,
          ),
        ]
      : [text('Taux de promesses tenues'), empty(), text(promises.ok ? '' : promises.reason)],
  );
  rows.push([text('Encaissé dans le mois'), euros(report.totals.collectedCents)]);
  rows.push([text('Actions faites'), count(report.totals.actions)]);
  if (movement.ok) {
    rows.push([text('Encours de début'), euros(movement.value.total.openingCents)]);
    rows.push([text('Encours de fin'), euros(movement.value.total.closingCents)]);
    rows.push([text('Variation de l’encours'), euros(movement.value.total.changeCents)]);
  } else {
    rows.push([text('Variation de l’encours'), empty(), text(movement.reason)]);
  }
  rows.push([], [text('Limites des chiffres')], ...report.caveats.map((c) => [text(c)]));
  return sheet(rows, [44, 16, 90]);
}

function trend(report: MonthlyReport): XLSX.WorkSheet {
  const rows: Cell[][] = [
    [
      text('Mois'),
      text('Balance au'),
      text('Encours'),
      text('DSO (j)'),
      text('CEI'),
      text('Encaissé (CEI)'),
      text('Ventes du mois'),
      text('Remarque'),
    ],
  ];
  for (const point of report.trend) {
    const remarks = [
      trendMonthNote(point),
      point.dso.ok && point.dso.value.singleImport
        ? 'DSO calculé sur un seul import\u00a0: surestimé.'
        : null,
    ].filter((r): r is string => r !== null);
    rows.push([
      text(formatShortMonthFr(point.month)),
      point.dso.ok ? date(point.dso.value.asOfDate) : empty(),
      point.dso.ok ? euros(point.dso.value.receivablesCents) : empty(),
      point.dso.ok ? days(point.dso.value.days) : empty(),
      point.cei.ok && point.cei.value.percent !== null
        ? percent(point.cei.value.percent / 100)
        : empty(),
      point.cei.ok ? euros(point.cei.value.collectedCents) : empty(),
      point.cei.ok ? euros(point.cei.value.creditSalesCents) : empty(),
      text(remarks.join(' ')),
    ]);
  }
  return sheet(rows, [12, 12, 16, 9, 9, 16, 16, 90]);
}

function movementSheet(report: MonthlyReport, labels: Record<BucketKey, string>): XLSX.WorkSheet {
  const { movement } = report;
  if (!movement.ok) return sheet([[text(movement.reason)]], [100]);
  const { openingDate, closingDate } = movement.value;
  const rows: Cell[][] = [
    [text('Tranche'), text('Début'), text('Fin'), text('Variation')],
    [empty(), date(openingDate), date(closingDate), empty()],
  ];
  for (const key of BUCKET_KEYS) {
    const row = movement.value.buckets[key];
    rows.push([
      text(labels[key]),
      euros(row.openingCents),
      euros(row.closingCents),
      euros(row.changeCents),
    ]);
  }
  const total = movement.value.total;
  rows.push([
    text('Total'),
    euros(total.openingCents),
    euros(total.closingCents),
    euros(total.changeCents),
  ]);
  return sheet(rows, [14, 16, 16, 16]);
}

function controllers(report: MonthlyReport): XLSX.WorkSheet {
  const rows: Cell[][] = [
    [
      text('Gestionnaire'),
      text('Encaissé'),
      text('Actions faites'),
      text('Échéances tenues'),
      text('Échéances manquées'),
      text('À vérifier'),
      text('Taux de promesses tenues'),
    ],
  ];
  for (const row of [...report.controllers, report.totals]) {
    rows.push([
      text(row === report.totals ? 'Équipe' : row.controller || UNASSIGNED_LABEL),
      euros(row.collectedCents),
      count(row.actions),
      count(row.promises.kept),
      count(row.promises.missed),
      count(row.promises.unknown),
      row.promises.rate === null ? empty() : percent(row.promises.rate),
    ]);
  }
  return sheet(rows, [24, 16, 14, 16, 18, 12, 22]);
}

export function reportWorkbook(
  report: MonthlyReport,
  labels: Record<BucketKey, string>,
): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, summary(report), 'Synthèse');
  XLSX.utils.book_append_sheet(book, trend(report), 'Tendance 12 mois');
  XLSX.utils.book_append_sheet(book, movementSheet(report, labels), 'Balance âgée');
  XLSX.utils.book_append_sheet(book, controllers(report), 'Gestionnaires');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
