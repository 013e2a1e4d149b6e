/**
 * Interest rate tables, kept as data with their source (resources/rates/*.json): the L441-10
 * rate (ECB + 10 points) and the taux de l'intérêt légal for both creditor categories, one row
 * per semester. The user adds a new semester, or confirms a default, in Paramètres › Taux without
 * a new release: those rows are stored in settings and override the shipped ones.
 */
import { z } from 'zod';
import l441Rates from '../../../resources/rates/l441-10.json';
import legalRates from '../../../resources/rates/taux-legal.json';
import { compareSemesters, isSemesterId, type SemesterId, semesterLabelFr } from './semesters';

export const RATE_TABLE_IDS = ['l441-10', 'taux-legal-autres', 'taux-legal-particulier'] as const;
export type RateTableId = (typeof RATE_TABLE_IDS)[number];

/** Rates are handled as integer thousandths of a percent (12,15 % = 12 150): no float drift. */
export type MilliPercent = number;

export const MAX_RATE_PERCENT = 100;

const semesterSchema = z.custom<SemesterId>(isSemesterId, {
  message: 'Semestre attendu au format AAAA-S1 ou AAAA-S2',
});

const ratePercentSchema = z
  .number()
  .min(0, 'Le taux ne peut pas être négatif')
  .max(MAX_RATE_PERCENT, `Le taux ne peut pas dépasser ${MAX_RATE_PERCENT} %`)
  .refine((rate) => Number.isInteger(Number((rate * 1000).toPrecision(12))), {
    message: 'Le taux a au plus trois décimales',
  });

export const semesterRateSchema = z.object({
  semester: semesterSchema,
  ratePercent: ratePercentSchema,
  /** False for a default the user should confirm (legal-facts: « unverified »). */
  verified: z.boolean(),
  source: z.string().min(1, 'Indiquez la source du taux'),
});
export type SemesterRate = z.infer<typeof semesterRateSchema>;

export const rateTableSchema = z.object({
  id: z.enum(RATE_TABLE_IDS),
  label: z.string(),
  legalBasis: z.string(),
  rates: z.array(semesterRateSchema),
});
export type RateTable = z.infer<typeof rateTableSchema>;

/**
 * A row the user added or corrected in Paramètres › Taux. `reference` names the published text
 * the value comes from (the arrêté and its Journal officiel for the taux légal, the ECB decision
 * for L441-10): optional in storage (rows saved before it existed stay readable), required by
 * `validateUserRate` to confirm a row.
 */
export const userRateSchema = semesterRateSchema.extend({
  table: z.enum(RATE_TABLE_IDS),
  reference: z.string().optional(),
});
export type UserRate = z.infer<typeof userRateSchema>;
export const userRatesSchema = z.array(userRateSchema);

/** Where a rate comes from, for the décompte and the settings table. */
export interface ResolvedRate extends SemesterRate {
  milliPercent: MilliPercent;
  origin: 'shipped' | 'user';
  /** The published text the user confirmed the value with. */
  reference?: string;
}

/** Every table, each semester resolved once: shipped rows overridden by the user's. */
export type RateBook = Record<RateTableId, ReadonlyMap<SemesterId, ResolvedRate>>;

export function toMilliPercent(ratePercent: number): MilliPercent {
  return Math.round(Number((ratePercent * 1000).toPrecision(12)));
}

const rateFormat = new Intl.NumberFormat('fr-FR', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 3,
});

/** 12150 -> « 12,15 % » (two decimals at least, three when needed). */
export function formatRateFr(milliPercent: MilliPercent): string {
  return `${rateFormat.format(milliPercent / 1000)}\u00a0%`;
}

/** The tables shipped in resources/rates, validated (a broken file fails the tests, not users). */
export function shippedRateTables(): RateTable[] {
  return [...l441Rates.tables, ...legalRates.tables].map((table) => rateTableSchema.parse(table));
}

export function buildRateBook(
  tables: readonly RateTable[] = shippedRateTables(),
  userRates: readonly UserRate[] = [],
): RateBook {
  const book = Object.fromEntries(
    RATE_TABLE_IDS.map((id) => [id, new Map<SemesterId, ResolvedRate>()]),
  ) as Record<RateTableId, Map<SemesterId, ResolvedRate>>;
  const add = (table: RateTableId, rate: SemesterRate, origin: ResolvedRate['origin']) =>
    book[table].set(rate.semester, {
      ...rate,
      milliPercent: toMilliPercent(rate.ratePercent),
      origin,
    });
  for (const table of tables) for (const rate of table.rates) add(table.id, rate, 'shipped');
  for (const { table, ...rate } of userRates) add(table, rate, 'user');
  return book;
}

/** The rows of one table in chronological order (settings screen, exports). */
export function ratesOf(book: RateBook, table: RateTableId): ResolvedRate[] {
  return [...book[table].values()].sort((a, b) => compareSemesters(a.semester, b.semester));
}

export type RateLookup = { ok: true; rate: ResolvedRate } | { ok: false; reason: string };

const TABLE_NAMES: Record<RateTableId, string> = {
  'l441-10': 'le taux L441-10 (BCE + 10 points)',
  'taux-legal-autres': 'le taux de l’intérêt légal (créancier professionnel)',
  'taux-legal-particulier': 'le taux de l’intérêt légal (créancier particulier)',
};

/** « le taux L441-10 (BCE + 10 points) », to be put in a French sentence. */
export function rateTableNameFr(table: RateTableId): string {
  return TABLE_NAMES[table];
}

export function lookupRate(book: RateBook, table: RateTableId, semester: SemesterId): RateLookup {
  const rate = book[table].get(semester);
  if (rate) return { ok: true, rate };
  return {
    ok: false,
    reason:
      `Aucun taux connu pour ${TABLE_NAMES[table]} au ${semesterLabelFr(semester)}. ` +
      'Ajoutez-le dans Paramètres › Taux.',
  };
}

/** Checks a row typed by the user; French messages, field by field. */
export function validateUserRate(input: unknown):
  | { ok: true; rate: UserRate }
  | {
      ok: false;
      errors: string[];
    } {
  const parsed = userRateSchema
    .refine((rate) => !rate.verified || (rate.reference ?? '').trim() !== '', {
      message:
        'Indiquez la référence du texte publié (arrêté et Journal officiel, ou décision de la BCE)',
    })
    .safeParse(input);
  if (parsed.success) return { ok: true, rate: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => issue.message) };
}

/** Adds or replaces the user's row for that table and semester (one row per semester). */
export function upsertUserRate(rates: readonly UserRate[], rate: UserRate): UserRate[] {
  return [...rates.filter((r) => !(r.table === rate.table && r.semester === rate.semester)), rate];
}
