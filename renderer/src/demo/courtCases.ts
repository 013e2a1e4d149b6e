/**
 * The demo's two court cases (injonction de payer): chosen among the defaulting debtors whose
 * whole balance is long overdue, so that « En contentieux » on the dashboard is exactly what the
 * Dossiers page lists. Each is opened when the debtor's ladder reaches its last step, in the
 * tribunal de commerce of the debtor's town, with its pieces: the framework contract, every
 * invoice and its signed delivery note, and the receipt of the registered mise en demeure. The
 * older one has its order served and is in enforcement.
 */
import { caseStepLabel } from '../domain/caseStages';
import { courtsFor, departementOfPostalCode } from '../domain/courts';
import { addDays, daysBetween, formatDateFr } from '../domain/dates';
import type {
  Case,
  Debtor,
  DocumentKind,
  EvidenceDocument,
  Invoice,
  IsoDate,
  Letter,
} from '../domain/model';
import { sumCents } from '../domain/money';
import type { PaymentBehaviour } from './behaviours';
import type { DebtorDraft } from './debtors';
import {
  contractPdf,
  courtOrderPdf,
  deliveryNotePdf,
  invoicePdf,
  type PieceContext,
  receiptPdf,
} from './pieces';
import type { Random } from './random';
import { DEMO_AUTHOR, type DemoTimeline, earlierDate, laterDate } from './timeline';

export interface DemoCourtCase {
  debtorId: string;
  courtId: string;
  courtName: string;
  /** The ladder's work on the debtor starts here: every item was already late. */
  startOn: IsoDate;
  /** Issue date of its newest invoice: the account was blocked after it. */
  invoicingStoppedOn: IsoDate;
  /** The order was served and the case moved to enforcement. */
  enforcement: boolean;
}

/** Who is taken to court first: those who do not pay at all. */
const COURT_BEHAVIOURS: readonly PaymentBehaviour[] = [
  'defaulting',
  'struggling',
  'slow',
  'punctual',
];
/** Every item claimed in court is at least this late. */
const MIN_DAYS_LATE = 60;
const MIN_ITEMS = 2;
const MAX_ITEMS = 10;
/** Days before today the ladder's work starts, for the recent case and the older one. */
const START_DAYS_AGO = [100, 170];

export interface CourtChoice {
  cases: DemoCourtCase[];
  /**
   * Items of the debtors taken to court that the case does not claim: invoices issued after
   * their account was blocked, credits, disputed items. The demo leaves them out, so that the
   * debtor's balance is exactly the case's (« En contentieux » equals the Dossiers page).
   */
  dropped: Set<string>;
}

/**
 * Up to `count` debtors to take to court, defaulting ones first: at least two undisputed
 * invoices 60 days late or more, and a commercial court that is surely theirs (seated in their
 * town, or the only one of their département).
 */
export function chooseCourtCases(
  drafts: readonly DebtorDraft[],
  items: readonly Invoice[],
  asOfDate: IsoDate,
  count = 2,
): CourtChoice {
  const byDebtor = new Map<string, Invoice[]>();
  for (const item of items) {
    const list = byDebtor.get(item.debtorId);
    if (list) list.push(item);
    else byDebtor.set(item.debtorId, [item]);
  }
  const latest = addDays(asOfDate, -MIN_DAYS_LATE);
  const candidates = drafts.flatMap((draft) => {
    const own = byDebtor.get(draft.debtor.id) ?? [];
    const claimed = own
      .filter(
        (item) =>
          item.kind === 'invoice' &&
          item.status === 'open' &&
          item.openCents > 0 &&
          item.dueDate <= latest,
      )
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    if (claimed.length < MIN_ITEMS || claimed.length > MAX_ITEMS) return [];
    const departement = departementOfPostalCode(draft.debtor.postalCode, draft.debtor.country);
    const courts = courtsFor('tribunal-de-commerce', departement);
    const court =
      courts.find((c) => c.seat === draft.debtor.city) ??
      (courts.length === 1 ? courts[0] : undefined);
    if (!court) return [];
    const kept = new Set(claimed.map((item) => item.id));
    return [
      {
        draft,
        court,
        claimed,
        others: own.filter((item) => !kept.has(item.id)),
        total: sumCents(claimed.map((item) => item.openCents)),
      },
    ];
  });
  const rank = (b: PaymentBehaviour) => COURT_BEHAVIOURS.indexOf(b);
  const chosen = candidates
    .sort((a, b) => rank(a.draft.behaviour) - rank(b.draft.behaviour) || b.total - a.total)
    .slice(0, count)
    // The one late for longest has been in court for longest.
    .sort((a, b) => (b.claimed[0]?.dueDate ?? '').localeCompare(a.claimed[0]?.dueDate ?? ''));
  const dropped = new Set(chosen.flatMap((c) => c.others.map((item) => item.id)));
  const cases = chosen.map((c, index) => {
    const daysAgo = START_DAYS_AGO[index] ?? START_DAYS_AGO.at(-1) ?? 100;
    const start = addDays(asOfDate, -daysAgo);
    const newest = c.claimed.at(-1);
    const afterNewest = addDays(newest?.dueDate ?? start, 3);
    return {
      debtorId: c.draft.debtor.id,
      courtId: c.court.id,
      courtName: c.court.name,
      startOn: laterDate(start, afterNewest),
      invoicingStoppedOn: newest?.issueDate ?? newest?.dueDate ?? start,
      enforcement: index > 0,
    };
  });
  return { cases, dropped };
}

export interface DemoDocument {
  document: Omit<EvidenceDocument, 'sha256' | 'size'>;
  pdf: Uint8Array;
}

export interface CaseWriterContext {
  random: Random;
  timeline: DemoTimeline;
  idPrefix: string;
  asOfDate: IsoDate;
  creditorName: string;
  cases: Case[];
  documents: DemoDocument[];
}

/**
 * Opens `courtCase` on `day` for `items` (the debtor's late items then), with its timeline, its
 * pieces and, for the older one, the order served and the move to enforcement.
 */
export function openCourtCase(
  ctx: CaseWriterContext,
  courtCase: DemoCourtCase,
  debtor: Debtor,
  items: readonly Invoice[],
  letters: readonly Letter[],
  day: IsoDate,
): Case {
  const { random, timeline } = ctx;
  const by = debtor.assignee ?? DEMO_AUTHOR;
  const yesterday = addDays(ctx.asOfDate, -1);
  const record: Case = {
    id: `${ctx.idPrefix}-case${ctx.cases.length + 1}`,
    debtorId: debtor.id,
    invoiceIds: items.map((item) => item.id),
    stage: 'procedure',
    procedure: 'injonction-de-payer',
    openedAt: timeline.instant(day),
    court: courtCase.courtName,
    courtId: courtCase.courtId,
  };
  const count = items.length;
  timeline.add(day, {
    at: record.openedAt,
    debtorId: debtor.id,
    caseId: record.id,
    type: 'stage-change',
    by,
    text: `Dossier contentieux ouvert au stade « ${caseStepLabel(record)} » le ${formatDateFr(day)} (${count} pièce${count > 1 ? 's' : ''}) — requête déposée au greffe du ${courtCase.courtName}`,
    invoiceIds: record.invoiceIds,
    details: {
      kind: 'stage-change',
      caseId: record.id,
      to: record.stage,
      procedure: record.procedure,
      date: day,
    },
  });
  timeline.add(day, {
    debtorId: debtor.id,
    caseId: record.id,
    type: 'note',
    by,
    text: `Juridiction confirmée pour le dossier : ${courtCase.courtName}`,
  });
  const pieces: PieceContext = { debtor, creditorName: ctx.creditorName };
  addPieces(ctx, record, pieces, items, letters, day);

  const servedOn = earlierDate(addDays(day, random.int(35, 55)), addDays(yesterday, -3));
  if (courtCase.enforcement && daysBetween(day, servedOn) >= 20) {
    const orderOn = addDays(servedOn, -random.int(8, 15));
    const total = sumCents(items.map((item) => item.openCents));
    addDocument(ctx, record, {
      kind: 'autre',
      title: 'Ordonnance d’injonction de payer',
      date: orderOn,
      invoiceIds: record.invoiceIds,
      fileName: `ordonnance-injonction-de-payer-${orderOn}.pdf`,
      pdf: courtOrderPdf(pieces, courtCase.courtName, orderOn, total),
    });
    timeline.add(servedOn, {
      debtorId: debtor.id,
      caseId: record.id,
      type: 'stage-change',
      by,
      text: `Dossier : Injonction de payer → Exécution le ${formatDateFr(servedOn)} — ordonnance du ${formatDateFr(orderOn)} signifiée, sans opposition ; exécution confiée au commissaire de justice`,
      invoiceIds: record.invoiceIds,
      details: {
        kind: 'stage-change',
        caseId: record.id,
        from: 'procedure',
        to: 'execution',
        procedure: 'execution',
        date: servedOn,
      },
    });
    record.stage = 'execution';
    record.procedure = 'execution';
  } else {
    // The order is awaited: the controller asks the clerk's office in a fortnight.
    record.nextActionDate = addDays(ctx.asOfDate, random.int(7, 21));
  }
  ctx.cases.push(record);
  return record;
}

function addDocument(
  ctx: CaseWriterContext,
  record: Case,
  piece: {
    kind: DocumentKind;
    title: string;
    reference?: string;
    date: IsoDate;
    invoiceIds: string[];
    fileName: string;
    pdf: Uint8Array;
  },
): void {
  const { pdf, ...fields } = piece;
  ctx.documents.push({
    document: {
      id: `${ctx.idPrefix}-doc${ctx.documents.length + 1}`,
      debtorId: record.debtorId,
      mime: 'application/pdf',
      addedAt: record.openedAt,
      ...fields,
    },
    pdf,
  });
}

function addPieces(
  ctx: CaseWriterContext,
  record: Case,
  pieces: PieceContext,
  items: readonly Invoice[],
  letters: readonly Letter[],
  day: IsoDate,
): void {
  const { random } = ctx;
  const oldest = [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  const signedOn = addDays(oldest?.issueDate ?? day, -random.int(200, 600));
  const contractRef = `CT-${signedOn.slice(0, 4)}-${String(random.int(1, 99)).padStart(3, '0')}`;
  addDocument(ctx, record, {
    kind: 'contrat',
    title: 'Contrat cadre de fourniture et conditions générales de vente',
    reference: contractRef,
    date: signedOn,
    invoiceIds: [],
    fileName: `contrat-cadre-${contractRef}.pdf`,
    pdf: contractPdf(pieces, contractRef, signedOn),
  });
  for (const item of items) {
    addDocument(ctx, record, {
      kind: 'facture',
      title: `Facture ${item.number}`,
      date: item.issueDate ?? item.dueDate,
      invoiceIds: [item.id],
      fileName: `facture-${item.number}.pdf`,
      pdf: invoicePdf(pieces, item),
    });
    const deliveredOn = addDays(item.issueDate ?? item.dueDate, -random.int(1, 4));
    const reference = `BL-${random.digits(6)}`;
    addDocument(ctx, record, {
      kind: 'bon-de-livraison',
      title: `Bon de livraison ${reference}`,
      reference,
      date: deliveredOn,
      invoiceIds: [item.id],
      fileName: `bon-de-livraison-${reference}.pdf`,
      pdf: deliveryNotePdf(pieces, item, reference, deliveredOn),
    });
  }
  const notice = letters.find((l) => l.template === 'mise-en-demeure' && l.trackingNumber);
  if (notice?.trackingNumber) {
    const deliveredOn = addDays(notice.date, random.int(2, 4));
    addDocument(ctx, record, {
      kind: 'accuse-reception',
      title: 'Accusé de réception de la mise en demeure',
      reference: notice.trackingNumber,
      date: deliveredOn,
      invoiceIds: notice.invoiceIds,
      fileName: `accuse-reception-${notice.trackingNumber.replace(/\s/g, '')}.pdf`,
      pdf: receiptPdf(pieces, notice.trackingNumber, notice.date, deliveredOn),
    });
  }
}
