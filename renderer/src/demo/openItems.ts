/**
 * Open items of the demo ledger: invoices spread over the aging buckets according to each
 * debtor's behaviour, plus a few credit notes and unapplied payments (negative), some disputes
 * and some partial payments. Everything is computed on day numbers and plain arrays: this loop
 * runs 100,000 times in the benchmark.
 */
import { DEFAULT_BUCKET_BOUNDARIES } from '../domain/aging';
import { fromDayNumber, toDayNumber } from '../domain/dates';
import type { Cents, Invoice, InvoiceKind, IsoDate } from '../domain/model';
import { multiplyCents, cents as toCents } from '../domain/money';
import { BUCKET_WEIGHTS, DISPUTE_RATE_BY_BUCKET } from './behaviours';
import type { DebtorDraft } from './debtors';
import { assignDocumentNumbers } from './numbering';
import { DISPUTE_REASONS } from './pools/vocabulary';
import type { Random } from './random';

const KINDS: readonly InvoiceKind[] = ['invoice', 'credit-note', 'unapplied-payment'];
const KIND_WEIGHTS: readonly number[] = [97.5, 1.5, 1];

/** Typical amount excluding VAT, in euros, before the debtor's own scale. */
const TYPICAL_NET_EUROS: Record<InvoiceKind, number> = {
  invoice: 1_500,
  'credit-note': 400,
  'unapplied-payment': 1_200,
};
const VAT_RATE = 0.2;
const MIN_CENTS = 15_000;
const MAX_CENTS = 8_000_000;
/** Beyond 180 days the tail is exponential, capped below the 5-year commercial prescription. */
const LONG_TAIL_MEAN_DAYS = 150;
const LONG_TAIL_MAX_DAYS = 1_000;
const PARTIAL_PAYMENT_RATE = 0.06;
const PURCHASE_ORDER_RATE = 0.85;

/**
 * Splits `total` items between debtors in proportion to their size, everyone getting at least
 * one when there are enough items. Cumulative rounding makes the parts add up exactly.
 */
export function allocateItems(drafts: readonly DebtorDraft[], total: number): number[] {
  const floor = total >= drafts.length ? 1 : 0;
  const spread = total - floor * drafts.length;
  const weightSum = drafts.reduce((sum, d) => sum + d.sizeWeight, 0);
  const counts: number[] = [];
  let cumulative = 0;
  let allocated = 0;
  for (const draft of drafts) {
    cumulative += draft.sizeWeight;
    const upTo = Math.round((cumulative / weightSum) * spread);
    counts.push(floor + upTo - allocated);
    allocated = upTo;
  }
  return counts;
}

/** Lower bounds, in days past due, of the aged balance's buckets (index as in BUCKET_KEYS). */
const BUCKET_STARTS: readonly number[] = [0, 1, ...DEFAULT_BUCKET_BOUNDARIES.map((d) => d + 1)];

/** Days past due for an item in `bucket` (zero or negative: not yet due). */
function drawDaysPastDue(random: Random, bucket: number, termsDays: number): number {
  if (bucket === 0) return -random.int(0, termsDays);
  const start = BUCKET_STARTS[bucket] ?? 1;
  const nextStart = BUCKET_STARTS[bucket + 1];
  if (nextStart !== undefined) return random.int(start, nextStart - 1);
  const tail = Math.floor(-Math.log(1 - random.next()) * LONG_TAIL_MEAN_DAYS);
  return start + Math.min(tail, LONG_TAIL_MAX_DAYS);
}

/** Log-normal TTC amount in whole cents, redrawn until it falls in the believable range. */
function drawAmountCents(random: Random, typicalNetEuros: number): Cents {
  let cents = 0;
  for (let attempt = 0; attempt < 10; attempt++) {
    const netCents = Math.round(typicalNetEuros * 100 * Math.exp(random.normal()));
    cents = Math.round(netCents * (1 + VAT_RATE));
    if (cents >= MIN_CENTS && cents <= MAX_CENTS) return toCents(cents);
  }
  return toCents(Math.min(MAX_CENTS, Math.max(MIN_CENTS, cents)));
}

function purchaseOrder(random: Random, draft: DebtorDraft): string | undefined {
  if (draft.poStyle === 'none' || !random.chance(PURCHASE_ORDER_RATE)) return undefined;
  return draft.poStyle === 'sap' ? `45${random.digits(8)}` : `BC-${random.digits(6)}`;
}

export function generateOpenItems(
  random: Random,
  drafts: readonly DebtorDraft[],
  itemCount: number,
  asOfDate: IsoDate,
  idPrefix: string,
): Invoice[] {
  const asOfDay = toDayNumber(asOfDate);
  // About a thousand distinct days for 100,000 items: format each once.
  const isoDates = new Map<number, IsoDate>();
  const isoOf = (day: number): IsoDate => {
    let iso = isoDates.get(day);
    if (iso === undefined) {
      iso = fromDayNumber(day);
      isoDates.set(day, iso);
    }
    return iso;
  };

  const counts = allocateItems(drafts, itemCount);
  const items: Invoice[] = [];
  drafts.forEach((draft, debtorIndex) => {
    const count = counts[debtorIndex] ?? 0;
    const terms = draft.debtor.paymentTermsDays ?? 30;
    const bucketWeights = BUCKET_WEIGHTS[draft.behaviour];
    for (let n = 0; n < count; n++) {
      // A debtor's only item is an invoice: a ledger line that is just a credit looks odd.
      const kind = count === 1 ? 'invoice' : random.pickWeighted(KINDS, KIND_WEIGHTS);
      const bucket = random.weightedIndex(bucketWeights);
      const daysLate = drawDaysPastDue(random, bucket, terms);
      const sign = kind === 'invoice' ? 1 : -1;
      const amountCents = multiplyCents(
        drawAmountCents(random, TYPICAL_NET_EUROS[kind] * draft.amountScale),
        sign,
      );
      const item: Invoice = {
        id: `${idPrefix}-i${items.length + 1}`,
        debtorId: draft.debtor.id,
        number: '', // assigned below, in issue-date order
        kind,
        // Both dates are set below, by kind.
        issueDate: isoOf(asOfDay),
        dueDate: isoOf(asOfDay),
        amountCents,
        openCents: amountCents,
        currency: 'EUR',
        status: 'open',
      };
      if (kind === 'invoice') {
        const dueDay = asOfDay - daysLate;
        item.issueDate = isoOf(dueDay - terms);
        item.dueDate = isoOf(dueDay);
        const po = purchaseOrder(random, draft);
        if (po) item.poNumber = po;
        if (draft.contractRef) item.contractRef = draft.contractRef;
        if (daysLate > 0 && random.chance(PARTIAL_PAYMENT_RATE)) {
          item.openCents = toCents(Math.round(amountCents * (0.2 + 0.6 * random.next())));
        }
        if (random.chance(DISPUTE_RATE_BY_BUCKET[bucket] ?? 0)) {
          item.status = 'disputed';
          item.disputeReason = random.pick(DISPUTE_REASONS).reason;
        }
      } else {
        // Credits are due the day they are issued; a « not yet due » draw means a recent one.
        const day = asOfDay - (daysLate > 0 ? daysLate : random.int(0, 20));
        item.issueDate = isoOf(day);
        item.dueDate = item.issueDate;
      }
      items.push(item);
    }
  });

  assignDocumentNumbers(random, items);
  return items;
}
