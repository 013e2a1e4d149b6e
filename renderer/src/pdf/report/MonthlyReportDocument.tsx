import { Document, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { BUCKET_KEYS, type BucketKey } from '../../domain/aging';
import { formatDateFr } from '../../domain/dates';
import { formatEuros } from '../../domain/money';
import { formatCount, plural } from '../../domain/numbers';
import { UNASSIGNED_LABEL } from '../../domain/portfolio';
import {
  type ControllerReportRow,
  changeText,
  chartableDso,
  dsoText,
  formatMonthFr,
  formatShortMonthFr,
  type MonthlyReport,
  percentText,
  ratioText,
  type TrendMonth,
  trendNotes,
} from '../../domain/report';
import { COLORS, FONT_SIZES, ItemsTable, LetterPage, type TableColumn } from '../base';

export interface MonthlyReportDocumentProps {
  report: MonthlyReport;
  bucketLabels: Record<BucketKey, string>;
  /** The creditor's name for the title and footer; blank when not entered yet. */
  creditorName: string;
}

const styles = {
  title: { fontSize: 15, fontWeight: 'bold' as const, color: COLORS.accent, marginBottom: 2 },
  subtitle: { fontSize: FONT_SIZES.note, color: COLORS.muted, marginBottom: 12 },
  heading: {
    fontSize: FONT_SIZES.subject,
    fontWeight: 'bold' as const,
    color: COLORS.accent,
    marginTop: 6,
    marginBottom: 4,
  },
  reason: { fontSize: FONT_SIZES.note, color: COLORS.muted, marginBottom: 6 },
};

/** One key figure: label, value (or the sentence saying why there is none), detail. */
function KeyFigure({ label, value, detail }: { label: string; value?: string; detail: string }) {
  return (
    <View
      wrap={false}
      style={{
        flexGrow: 1,
        flexBasis: 0,
        borderTopWidth: 1,
        borderTopColor: COLORS.accent,
        paddingTop: 3,
        paddingRight: 6,
      }}
    >
      <Text style={{ fontSize: FONT_SIZES.small, color: COLORS.muted }}>{label}</Text>
      {value ? <Text style={{ fontSize: 11.5, fontWeight: 'bold' }}>{value}</Text> : null}
      <Text style={{ fontSize: FONT_SIZES.small, color: COLORS.muted, lineHeight: 1.3 }}>
        {detail}
      </Text>
    </View>
  );
}

function KeyFigures({ report }: { report: MonthlyReport }) {
  const { dso, cei, promises, movement } = report;
  return (
    <View style={{ flexDirection: 'row', gap: 8, marginBottom: 10 }}>
      <KeyFigure
        label="DSO"
        {...(dso.ok ? { value: dsoText(dso.value) } : {})}
        detail={
          dso.ok
            ? `au ${formatDateFr(dso.value.asOfDate)}, méthode de l’épuisement du CA`
            : dso.reason
        }
      />
      <KeyFigure
        label="CEI"
        {...(cei.ok && cei.value.percent !== null ? { value: percentText(cei.value.percent) } : {})}
        detail={
          cei.ok
            ? `${formatEuros(cei.value.collectedCents)} recouvrés sur ${formatEuros(cei.value.collectibleCents)}`
            : cei.reason
        }
      />
      <KeyFigure
        label="Promesses tenues"
        {...(promises.ok && promises.value.rate !== null
          ? { value: ratioText(promises.value.rate) }
          : {})}
        detail={
          promises.ok
            ? `${plural(promises.value.kept, 'échéance tenue', 'échéances tenues')} sur ${formatCount(promises.value.kept + promises.value.missed)}`
            : promises.reason
        }
      />
      <KeyFigure
        label="Encaissé"
        value={formatEuros(report.totals.collectedCents)}
        detail={`règlements datés du ${formatDateFr(report.from)} au ${formatDateFr(report.to)}`}
      />
      <KeyFigure
        label="Variation de l’encours"
        {...(movement.ok ? { value: changeText(movement.value.total.changeCents) } : {})}
        detail={
          movement.ok
            ? `de ${formatEuros(movement.value.total.openingCents)} à ${formatEuros(movement.value.total.closingCents)}`
            : movement.reason
        }
      />
    </View>
  );
}

/**
 * Twelve bars, one a month: the values on a row above, the months on a row below (text in the
 * document's font, searchable); a month without a value has no bar and no value.
 */
function BarChart({
  points,
  format,
  title,
}: {
  points: readonly { label: string; value: number | null }[];
  format: (value: number) => string;
  title: string;
}) {
  const width = 515;
  const height = 70;
  const slot = width / points.length;
  const max = Math.max(1, ...points.map((p) => (p.value !== null && p.value > 0 ? p.value : 0)));
  const cell = { width: slot, textAlign: 'center' as const, fontSize: 6.5 };
  return (
    <View wrap={false} style={{ marginBottom: 8 }}>
      <Text style={{ fontSize: FONT_SIZES.note, fontWeight: 'bold', marginBottom: 2 }}>
        {title}
      </Text>
      <View style={{ flexDirection: 'row' }}>
        {points.map((point) => (
          <Text key={point.label} style={cell}>
            {point.value === null ? '' : format(point.value)}
          </Text>
        ))}
      </View>
      <Svg width={width} height={height}>
        {points.map((point, i) => {
          const barHeight =
            point.value !== null && point.value > 0 ? (point.value / max) * (height - 2) : 0;
          return (
            <Rect
              key={point.label}
              x={i * slot + slot * 0.2}
              y={height - barHeight}
              width={slot * 0.6}
              height={barHeight}
              fill={COLORS.accent}
            />
          );
        })}
      </Svg>
      <View style={{ flexDirection: 'row', borderTopWidth: 0.5, borderTopColor: COLORS.rule }}>
        {points.map((point) => (
          <Text key={point.label} style={{ ...cell, color: COLORS.muted }}>
            {point.label}
          </Text>
        ))}
      </View>
    </View>
  );
}

const TREND_COLUMNS: readonly TableColumn<TrendMonth>[] = [
  { header: 'Mois', width: 1.2, cell: (t) => formatShortMonthFr(t.month) },
  {
    header: 'Balance au',
    width: 1.2,
    cell: (t) => (t.dso.ok ? formatDateFr(t.dso.value.asOfDate) : '—'),
  },
  {
    header: 'Encours',
    width: 1.8,
    align: 'right',
    cell: (t) => (t.dso.ok ? formatEuros(t.dso.value.receivablesCents) : '—'),
  },
  {
    header: 'DSO',
    width: 1,
    align: 'right',
    cell: (t) => (t.dso.ok ? dsoText(t.dso.value) : '—'),
  },
  {
    header: 'Ventes',
    width: 1.8,
    align: 'right',
    cell: (t) => (t.cei.ok ? formatEuros(t.cei.value.creditSalesCents) : '—'),
  },
  {
    header: 'CEI',
    width: 1,
    align: 'right',
    cell: (t) =>
      t.cei.ok && t.cei.value.percent !== null ? percentText(t.cei.value.percent) : '—',
  },
];

const CONTROLLER_COLUMNS: readonly TableColumn<ControllerReportRow>[] = [
  { header: 'Gestionnaire', width: 2, cell: (r) => r.controller || UNASSIGNED_LABEL },
  { header: 'Encaissé', width: 1.8, align: 'right', cell: (r) => formatEuros(r.collectedCents) },
  { header: 'Actions faites', width: 1.2, align: 'right', cell: (r) => formatCount(r.actions) },
  {
    header: 'Échéances tenues',
    width: 1.3,
    align: 'right',
    cell: (r) => formatCount(r.promises.kept),
  },
  {
    header: 'Échéances manquées',
    width: 1.4,
    align: 'right',
    cell: (r) => formatCount(r.promises.missed),
  },
  {
    header: 'Taux tenu',
    width: 1.1,
    align: 'right',
    cell: (r) => (r.promises.rate === null ? '—' : ratioText(r.promises.rate)),
  },
];

/**
 * The monthly report for the finance director, A4: key figures, DSO and CEI over twelve months,
 * the aged balance movement, the figures per controller and the limits of the figures. Every
 * figure that cannot be computed is replaced by the sentence that says why.
 */
export function MonthlyReportDocument({
  report,
  bucketLabels,
  creditorName,
}: MonthlyReportDocumentProps) {
  const monthLabel = formatMonthFr(report.month);
  const footer = [
    [creditorName.trim(), `Rapport mensuel de recouvrement, ${monthLabel}`]
      .filter(Boolean)
      .join(' — '),
  ];
  const balances =
    report.opening && report.closing
      ? `balances âgées du ${formatDateFr(report.opening.asOfDate)} et du ${formatDateFr(report.closing.asOfDate)}`
      : report.closing
        ? `balance âgée du ${formatDateFr(report.closing.asOfDate)}`
        : 'aucune balance âgée importée ce mois-ci';
  const { movement } = report;
  return (
    <Document
      title={`Rapport mensuel de recouvrement — ${monthLabel}`}
      author={creditorName || 'Recouvra'}
      creator="Recouvra"
      language="fr-FR"
    >
      <LetterPage footerLines={footer}>
        <Text style={styles.title}>Rapport mensuel de recouvrement — {monthLabel}</Text>
        <Text style={styles.subtitle}>
          {creditorName ? `${creditorName} · ` : ''}Période du {formatDateFr(report.from)} au{' '}
          {formatDateFr(report.to)} · {balances} · établi le {formatDateFr(report.today)}
        </Text>

        <KeyFigures report={report} />

        <Text style={styles.heading} minPresenceAhead={60}>
          DSO et CEI sur douze mois
        </Text>
        <BarChart
          title="DSO (jours)"
          points={report.trend.map((t) => ({
            label: formatShortMonthFr(t.month),
            value: chartableDso(t),
          }))}
          format={(days) => dsoText({ days, complete: true })}
        />
        <BarChart
          title="CEI (%)"
          points={report.trend.map((t) => ({
            label: formatShortMonthFr(t.month),
            value: t.cei.ok ? t.cei.value.percent : null,
          }))}
          format={percentText}
        />
        <ItemsTable
          columns={TREND_COLUMNS}
          rows={report.trend}
          caption={trendNotes(report.trend)
            .map(({ months, note }) => `${months}\u00a0: ${note}`)
            .join('\n')}
        />

        <Text style={styles.heading} minPresenceAhead={60}>
          Mouvement de la balance âgée
        </Text>
        {movement.ok ? (
          <ItemsTable
            columns={[
              {
                header: 'Tranche',
                width: 1.4,
                cell: (key: BucketKey | 'total') => (key === 'total' ? 'Total' : bucketLabels[key]),
              },
              {
                header: `Au ${formatDateFr(movement.value.openingDate)}`,
                width: 2,
                align: 'right',
                cell: (key) =>
                  formatEuros(
                    (key === 'total' ? movement.value.total : movement.value.buckets[key])
                      .openingCents,
                  ),
              },
              {
                header: `Au ${formatDateFr(movement.value.closingDate)}`,
                width: 2,
                align: 'right',
                cell: (key) =>
                  formatEuros(
                    (key === 'total' ? movement.value.total : movement.value.buckets[key])
                      .closingCents,
                  ),
              },
              {
                header: 'Variation',
                width: 2,
                align: 'right',
                cell: (key) =>
                  changeText(
                    (key === 'total' ? movement.value.total : movement.value.buckets[key])
                      .changeCents,
                  ),
              },
            ]}
            rows={[...BUCKET_KEYS, 'total' as const]}
          />
        ) : (
          <Text style={styles.reason}>{movement.reason}</Text>
        )}

        <Text style={styles.heading} minPresenceAhead={60}>
          Par gestionnaire
        </Text>
        <ItemsTable
          columns={CONTROLLER_COLUMNS}
          rows={[...report.controllers, { ...report.totals, controller: 'Équipe' }]}
          caption={report.promises.ok ? undefined : `Promesses\u00a0: ${report.promises.reason}`}
        />

        <Text style={styles.heading} minPresenceAhead={60}>
          Limites des chiffres
        </Text>
        {report.caveats.map((caveat) => (
          <Text
            key={caveat}
            style={{ fontSize: FONT_SIZES.note, marginBottom: 3, lineHeight: 1.3 }}
          >
            {caveat}
          </Text>
        ))}
      </LetterPage>
    </Document>
  );
}
