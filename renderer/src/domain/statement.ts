/**
 * The relevé de compte (statement of account): every open item of a debtor as of a date,
 * invoices, credit notes and unapplied payments alike, with the balance, what is overdue and
 * the aged breakdown. What the statement says, independent of how it is printed.
 */
import { type BucketBoundaries, bucketTotals } from './aging';
import type { Claim } from './claim';
import type { OpenItemLine } from './debtorFile';
import type { BucketTotals, Cents, Contact, Debtor, Invoice, IsoDate } from './model';
import { subtractCents, sumCents } from './money';

export interface StatementLine {
  number: string;
  kind: OpenItemLine['invoice']['kind'];
  issueDate?: IsoDate;
  dueDate: IsoDate;
  amountCents: Cents;
  openCents: Cents;
  daysPastDue: number;
  disputed: boolean;
}

export interface Statement {
  debtor: Debtor;
  /** Who it is addressed to at the debtor, if anyone. */
  contact?: Contact;
  /** The ledger date the items are stated at (the import's as-of date). */
  asOfDate: IsoDate;
  /** The date printed on the statement (the day it is drawn up). */
  date: IsoDate;
  lines: StatementLine[];
  buckets: BucketTotals;
  balanceCents: Cents;
  overdueCents: Cents;
  notDueCents: Cents;
  /** What is due at `date`, interest and indemnities included: the claim every document states. */
  claim: Claim;
}

/**
 * The items a relevé claims, as a mise en demeure would by default: overdue undisputed invoices,
 * and every open credit deducted. Not-yet-due and disputed items are listed, not claimed.
 */
export function statementClaimItems(items: readonly Invoice[], date: IsoDate): Invoice[] {
  return items.filter(
    (i) => i.status === 'open' && (i.openCents < 0 || (i.openCents > 0 && i.dueDate < date)),
  );
}

const CONTACT_ORDER: readonly Contact['role'][] = ['comptabilite-fournisseurs', 'daf', 'dirigeant'];

/** The accounts-payable clerk first: that is who reconciles a statement. */
export function statementContact(contacts: readonly Contact[]): Contact | undefined {
  for (const role of CONTACT_ORDER) {
    const contact = contacts.find((c) => c.role === role);
    if (contact) return contact;
  }
  return contacts[0];
}

export function buildStatement(input: {
  debtor: Debtor;
  lines: readonly OpenItemLine[];
  asOfDate: IsoDate;
  date: IsoDate;
  boundaries: BucketBoundaries;
  claim: Claim;
}): Statement {
  const lines = input.lines.map(({ invoice, daysPastDue }) => ({
    number: invoice.number,
    kind: invoice.kind,
    issueDate: invoice.issueDate,
    dueDate: invoice.dueDate,
    amountCents: invoice.amountCents,
    openCents: invoice.openCents,
    daysPastDue,
    disputed: invoice.status === 'disputed',
  }));
  const buckets = bucketTotals(
    input.lines.map((l) => l.invoice),
    input.asOfDate,
    input.boundaries,
  );
  const balanceCents = sumCents(lines.map((l) => l.openCents));
  return {
    debtor: input.debtor,
    contact: statementContact(input.debtor.contacts),
    asOfDate: input.asOfDate,
    date: input.date,
    lines,
    buckets,
    balanceCents,
    overdueCents: subtractCents(balanceCents, buckets.notDue),
    notDueCents: buckets.notDue,
    claim: input.claim,
  };
}
