/**
 * Demo debtors: identity (name, SIREN/SIRET, VAT number, address), contacts, terms, owner and
 * tags. Each comes with the hidden traits the item generator needs (how it pays, how big it
 * is); those traits shape the ledger but are not stored.
 */
import { vatNumberForSiren } from '../domain/identifiers';
import type { Cents, Debtor, DebtorStatus } from '../domain/model';
import { cents } from '../domain/money';
import {
  BEHAVIOURS,
  BLOCKED_RATE,
  LITIGATION_RATE,
  type PaymentBehaviour,
  PRIVATE_BEHAVIOUR_WEIGHTS,
  PUBLIC_BEHAVIOUR_WEIGHTS,
} from './behaviours';
import { CompanyNamer } from './companyNames';
import { generateContacts } from './contacts';
import { randomSiren, siretFor } from './identifiers';
import { CITIES, CITY_WEIGHTS } from './pools/cities';
import type { NamePools } from './pools/names';
import { ASSIGNEES, DEBTOR_NOTES, PUBLIC_NOTES, SECOND_ADDRESS_LINES } from './pools/vocabulary';
import type { Random } from './random';

/** How the debtor writes its purchase order numbers on our invoices. */
export type PurchaseOrderStyle = 'sap' | 'order-form' | 'none';

export interface DebtorDraft {
  debtor: Debtor;
  behaviour: PaymentBehaviour;
  /** Relative share of the items: a few large accounts hold most of the invoices. */
  sizeWeight: number;
  /** Multiplies the typical invoice amount of this customer. */
  amountScale: number;
  poStyle: PurchaseOrderStyle;
  contractRef?: string;
}

const TERMS_DAYS: readonly number[] = [30, 45, 60];
const TERMS_WEIGHTS: readonly number[] = [45, 30, 25];
/** Share of debtors (the largest ones) tagged « grand compte ». */
const KEY_ACCOUNT_SHARE = 0.05;

function streetAddress(random: Random, names: NamePools): string {
  const suffix = random.chance(0.06) ? ' bis' : '';
  return `${random.int(1, 240)}${suffix} ${random.pick(names.streets)}`;
}

function pickStatus(random: Random, behaviour: PaymentBehaviour): DebtorStatus {
  if (random.chance(LITIGATION_RATE[behaviour])) return 'litigation';
  if (random.chance(BLOCKED_RATE[behaviour])) return 'blocked';
  return 'active';
}

/** Credit limit in round thousands of euros, growing with the size of the account. */
function creditLimitCents(sizeWeight: number): Cents {
  const euros = Math.min(500_000, Math.max(5_000, Math.round(sizeWeight * 20) * 1_000));
  return cents(euros * 100);
}

export function generateDebtors(
  random: Random,
  names: NamePools,
  count: number,
  idPrefix: string,
  referenceYear: number,
): DebtorDraft[] {
  const namer = new CompanyNamer(random, names);
  const sirens = new Set<string>();
  const drafts: DebtorDraft[] = [];

  for (let index = 0; index < count; index++) {
    const id = `${idPrefix}-d${index + 1}`;
    const city = random.pickWeighted(CITIES, CITY_WEIGHTS);
    const company = namer.next(city.name);
    let siren = randomSiren(random, company.sirenPrefix);
    while (sirens.has(siren)) siren = randomSiren(random, company.sirenPrefix);
    sirens.add(siren);

    const behaviour = random.pickWeighted(
      BEHAVIOURS,
      company.isPublic ? PUBLIC_BEHAVIOUR_WEIGHTS : PRIVATE_BEHAVIOUR_WEIGHTS,
    );
    // Log-normal account sizes: most customers are small, a handful are very large.
    const sizeWeight = Math.exp(random.normal() * 1.1);
    const addressLines = [streetAddress(random, names)];
    if (!company.isPublic && random.chance(0.25)) {
      addressLines.push(random.pick(SECOND_ADDRESS_LINES));
    }

    const debtor: Debtor = {
      id,
      accountNo: `411${String(index + 1).padStart(5, '0')}`,
      name: company.name,
      siren,
      // Most customers are invoiced at their head office; some at a branch.
      siret: siretFor(siren, random.chance(0.8) ? 1 : random.int(2, 60)),
      vatNumber: vatNumberForSiren(siren),
      addressLines,
      postalCode: random.pick(city.postalCodes),
      city: city.name,
      country: 'FR',
      contacts: generateContacts(random, names, {
        debtorId: id,
        domain: company.domain,
        landlinePrefix: city.phonePrefix,
      }),
      paymentTermsDays: company.publicPaymentDays ?? random.pickWeighted(TERMS_DAYS, TERMS_WEIGHTS),
      creditLimitCents: creditLimitCents(sizeWeight),
      assignee: random.pick(ASSIGNEES),
      tags: [],
      status: pickStatus(random, behaviour),
    };
    const notes = company.isPublic
      ? random.pick(PUBLIC_NOTES)
      : random.chance(0.15)
        ? random.pick(DEBTOR_NOTES)
        : undefined;
    if (notes) debtor.notes = notes;
    if (company.isPublic) debtor.tags.push('public');
    else if (random.chance(0.08)) debtor.tags.push('export');
    if (random.chance(0.04)) debtor.tags.push('nouveau client');
    if ((behaviour === 'struggling' || behaviour === 'defaulting') && random.chance(0.3)) {
      debtor.tags.push('sous surveillance');
    }

    const draft: DebtorDraft = {
      debtor,
      behaviour,
      sizeWeight,
      amountScale: Math.min(4, Math.max(0.3, Math.exp(random.normal() * 0.5))),
      poStyle: company.isPublic ? 'order-form' : random.pick(['sap', 'order-form', 'none']),
    };
    if (company.isPublic) {
      draft.contractRef = `Marché n° ${referenceYear - random.int(0, 2)}-${String(random.int(1, 150)).padStart(3, '0')}`;
    }
    drafts.push(draft);
  }

  tagKeyAccounts(drafts, random, referenceYear);
  return drafts;
}

/** The largest accounts are « grand compte », buy under a framework contract and use SAP. */
function tagKeyAccounts(drafts: DebtorDraft[], random: Random, referenceYear: number): void {
  const keyAccountCount = Math.max(1, Math.round(drafts.length * KEY_ACCOUNT_SHARE));
  const bySize = [...drafts].sort((a, b) => b.sizeWeight - a.sizeWeight);
  for (const draft of bySize.slice(0, keyAccountCount)) {
    draft.debtor.tags.unshift('grand compte');
    if (draft.debtor.tags.includes('public')) continue;
    draft.poStyle = 'sap';
    draft.contractRef = `CT-${referenceYear - random.int(0, 4)}-${String(random.int(1, 99)).padStart(3, '0')}`;
  }
}
