/** The first page: what the dossier is, for whom, against whom, for how much, and its contents. */
import { formatLongDateFr } from '../../../domain/dates';
import {
  claimedAmounts,
  creditorParty,
  type DossierPlan,
  debtorParty,
  dossierHeading,
} from '../../../domain/dossier';
import { formatEuros, ZERO_CENTS } from '../../../domain/money';
import { mm } from '../../base/geometry';
import { COLORS, FONT_SIZES, pdfColor } from '../../base/palette';
import type { Flow } from '../../draw';
import { drawParties } from './parties';
import { STYLES, sectionTitle } from './sheet';

export interface ContentsLine {
  title: string;
  /** First page in the dossier. */
  page: number;
}

const PAGE_COLUMN = mm(20);

function drawClaimedAmount(flow: Flow, plan: DossierPlan): void {
  const total = claimedAmounts(plan).find((line) => line.emphasis);
  const style = { size: FONT_SIZES.title, color: pdfColor(COLORS.text) };
  const padding = mm(4);
  const height = 2 * padding + flow.lineHeight(style);
  flow.keep(height);
  flow.box(flow.left, flow.y, flow.width, height, { fill: pdfColor(COLORS.headerFill) });
  const inner = flow.width - 2 * padding;
  flow.drawAligned('Montant réclamé', flow.left + padding, flow.y + padding, inner, style);
  flow.drawAligned(
    formatEuros(total?.cents ?? ZERO_CENTS),
    flow.left + padding,
    flow.y + padding,
    inner,
    {
      ...style,
      bold: true,
      align: 'right',
    },
  );
  flow.y += height;
}

export function drawCover(flow: Flow, plan: DossierPlan, contents: readonly ContentsLine[]): void {
  flow.paragraph(plan.creditor.name, STYLES.note);
  flow.space(mm(25));
  flow.paragraph(dossierHeading(plan.procedure), {
    size: 20,
    bold: true,
    lineHeight: 1.2,
    color: pdfColor(COLORS.accent),
  });
  flow.space(mm(3));
  flow.paragraph(plan.court, {
    ...STYLES.body,
    size: FONT_SIZES.title,
    lineHeight: 1.3,
  });
  for (const line of plan.courtAddress ?? []) flow.paragraph(line, STYLES.body);
  flow.space(mm(2));
  flow.paragraph(`Établi le ${formatLongDateFr(plan.date)}`, {
    ...STYLES.muted,
    spaceAfter: mm(10),
  });
  drawParties(flow, [
    { heading: 'Demandeur', party: creditorParty(plan.creditor) },
    { heading: 'Défendeur', party: debtorParty(plan.debtor) },
  ]);
  flow.space(mm(8));
  drawClaimedAmount(flow, plan);
  flow.space(2);
  flow.paragraph(
    `Principal, intérêts de retard et indemnités arrêtés au ${formatLongDateFr(plan.claim.asOf)}, ` +
      'selon le décompte joint.',
    STYLES.note,
  );
  sectionTitle(flow, 'Sommaire');
  const lineHeight = flow.lineHeight(STYLES.body);
  for (const line of contents) {
    flow.keep(lineHeight);
    const titleWidth = flow.width - PAGE_COLUMN;
    flow.drawAligned(line.title, flow.left, flow.y, titleWidth, STYLES.body);
    flow.drawAligned(`p. ${line.page}`, flow.left + titleWidth, flow.y, PAGE_COLUMN, {
      ...STYLES.body,
      align: 'right',
    });
    flow.y += lineHeight + 2;
  }
}
