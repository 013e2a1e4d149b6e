/**
 * Company names as they appear on a French customer list: a trade and a family name
 * (« Transports Girard SAS »), two partners (« Maillard et Benoit SARL »), a regional outfit
 * (« Négoce de l'Ouest SA ») or a coined brand (« Batinord SAS »). Names are unique within a
 * portfolio: two customers with the same name would confuse the demo.
 */
import type { NamePools } from './pools/names';
import {
  BRAND_HEADS,
  BRAND_TAILS,
  LEGAL_FORM_WEIGHTS,
  LEGAL_FORMS,
  NAME_QUALIFIERS,
  PUBLIC_BODIES,
  REGION_SUFFIXES,
  TRADES,
} from './pools/vocabulary';
import type { Random } from './random';
import { slugify } from './text';

export interface CompanyIdentity {
  /** Full name as written on invoices, legal form included. */
  name: string;
  /** E-mail domain derived from the name. */
  domain: string;
  /** First digits of the SIREN: public bodies have their own ranges. */
  sirenPrefix: string;
  isPublic: boolean;
  /** Legal payment period of a public buyer; undefined for companies (terms are negotiated). */
  publicPaymentDays?: number;
}

const PUBLIC_SHARE = 0.06;

/** French elision and contraction: « de Lyon », « d'Angers », « du Havre », « de La Rochelle ». */
export function ofCity(cityName: string): string {
  if (cityName.startsWith('Le ')) return `du ${cityName.slice(3)}`;
  if (cityName.startsWith('Les ')) return `des ${cityName.slice(4)}`;
  if (/^[AEIOUYÂÉÈÊÎÔ]/.test(cityName)) return `d'${cityName}`;
  return `de ${cityName}`;
}

function privateBaseName(random: Random, names: NamePools): string {
  const lastName = () => random.pick(names.lastNames);
  switch (random.int(0, 5)) {
    case 0:
    case 1:
      return `${random.pick(TRADES)} ${lastName()}`;
    case 2:
      return `${lastName()} et ${lastName()}`;
    case 3:
      return `${lastName()} & Fils`;
    case 4:
      return `${random.pick(TRADES)} ${random.pick(REGION_SUFFIXES)}`;
    default:
      return random.pick(BRAND_HEADS) + random.pick(BRAND_TAILS);
  }
}

export class CompanyNamer {
  private readonly taken = new Set<string>();

  constructor(
    private readonly random: Random,
    private readonly names: NamePools,
  ) {}

  /** A unique public body or company of `cityName`. */
  next(cityName: string): CompanyIdentity {
    if (this.random.chance(PUBLIC_SHARE)) {
      const body = this.random.pick(PUBLIC_BODIES);
      const name = `${body.prefix} ${ofCity(cityName)}`;
      // A city has one town hall: when it is taken, the customer is a company instead.
      if (!this.taken.has(name)) {
        this.taken.add(name);
        return {
          name,
          domain: `${body.domainPrefix}-${slugify(cityName)}.fr`,
          sirenPrefix: body.sirenPrefix,
          isPublic: true,
          publicPaymentDays: body.paymentDays,
        };
      }
    }
    const base = this.uniqueBase(privateBaseName(this.random, this.names));
    const legalForm = this.random.pickWeighted(LEGAL_FORMS, LEGAL_FORM_WEIGHTS);
    return {
      name: `${base} ${legalForm}`,
      domain: `${slugify(base)}.${this.random.chance(0.7) ? 'fr' : 'com'}`,
      sirenPrefix: String(this.random.int(3, 9)),
      isPublic: false,
    };
  }

  private uniqueBase(base: string): string {
    for (const candidate of [base, ...NAME_QUALIFIERS.map((q) => `${base} ${q}`)]) {
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
    // Only reached in portfolios of tens of thousands of debtors.
    for (let n = 2; ; n++) {
      const candidate = `${base} ${n}`;
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }
}
