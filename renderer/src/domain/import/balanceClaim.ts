/**
 * What the balance under review would be claimed for on its date: the one claim computation
 * (domain/claim) run on the file's items, debtor by debtor, before anything is written. The
 * review screen shows it so the controller sees principal, late-payment interest and indemnities
 * as every letter and dossier will state them after the import.
 *
 * As on the relevé, what is claimed is what fell due before that date, less every open credit.
 * The file only gives each item's balance: a partial payment has no day yet, so it is counted at
 * the due date (no interest claimed on it), as the claim does for any undated payment.
 */
import { type ClaimPolicy, computeClaim, type SentLetter } from '../claim';
import { EUR } from '../currency';
import type { Cents, Invoice, IsoDate } from '../model';
import { addCents, ZERO_CENTS } from '../money';
import { statementClaimItems } from '../statement';
import type { ParsedItem } from './types';

/** What the ledger already knows of a debtor of the file, matched by account number. */
export interface KnownDebtorFacts {
  isConsumer?: boolean;
  letters: readonly SentLetter[];
}

export interface BalanceClaimInput {
  items: readonly ParsedItem[];
  asOf: IsoDate;
  policy: ClaimPolicy;
  known: ReadonlyMap<string, KnownDebtorFacts>;
}

export interface BalanceClaim {
  asOf: IsoDate;
  /** Debtors with something due whose claim was computed. */
  debtors: number;
  principalCents: Cents;
  interestCents: Cents;
  indemnitiesCents: Cents;
  creditsCents: Cents;
  totalDueCents: Cents;
  /** Debtors whose claim cannot be computed (a missing rate), with the first reason. */
  failedDebtors: number;
  firstError?: string;
  /**
   * Currencies other than the euro left out of these euro figures (their items are claimed in
   * their own currency, debtor by debtor): never added to a sum in euros.
   */
  otherCurrencies?: string[];
}

function asInvoice(item: ParsedItem, index: number): Invoice {
  return {
    id: `${item.accountNo}#${index}`,
    debtorId: item.accountNo,
    number: item.number,
    kind: item.kind,
    dueDate: item.dueDate,
    amountCents: item.amountCents,
    openCents: item.openCents,
    currency: item.currency,
    status: 'open',
    ...(item.issueDate ? { issueDate: item.issueDate } : {}),
  };
}

function itemsByAccount(items: readonly ParsedItem[]): Map<string, Invoice[]> {
  const groups = new Map<string, Invoice[]>();
  items.forEach((item, index) => {
    const invoice = asInvoice(item, index);
    const group = groups.get(item.accountNo);
    if (group) group.push(invoice);
    else groups.set(item.accountNo, [invoice]);
  });
  return groups;
}

export function balanceClaim({ items, asOf, policy, known }: BalanceClaimInput): BalanceClaim {
  const summary: BalanceClaim = {
    asOf,
    debtors: 0,
    principalCents: ZERO_CENTS,
    interestCents: ZERO_CENTS,
    indemnitiesCents: ZERO_CENTS,
    creditsCents: ZERO_CENTS,
    totalDueCents: ZERO_CENTS,
    failedDebtors: 0,
  };
  const others = [...new Set(items.map((i) => i.currency))].filter((c) => c !== EUR).sort();
  if (others.length > 0) summary.otherCurrencies = others;
  const euroItems = others.length > 0 ? items.filter((i) => i.currency === EUR) : items;
  for (const [accountNo, all] of itemsByAccount(euroItems)) {
    const invoices = statementClaimItems(all, asOf);
    if (!invoices.some((i) => i.openCents > 0)) continue;
    const facts = known.get(accountNo);
    const result = computeClaim({
      debtor: { isConsumer: facts?.isConsumer === true },
      items: invoices,
      payments: [],
      letters: facts?.letters ?? [],
      asOf,
      policy,
    });
    if (!result.ok) {
      summary.failedDebtors += 1;
      summary.firstError ??= result.errors[0];
      continue;
    }
    const { totals } = result.claim.decompte;
    summary.debtors += 1;
    summary.principalCents = addCents(summary.principalCents, totals.outstandingPrincipalCents);
    summary.interestCents = addCents(summary.interestCents, totals.interestDueCents);
    summary.indemnitiesCents = addCents(summary.indemnitiesCents, totals.indemnitiesCents);
    summary.creditsCents = addCents(summary.creditsCents, totals.creditsCents);
    summary.totalDueCents = addCents(summary.totalDueCents, totals.totalDueCents);
  }
  return summary;
}
