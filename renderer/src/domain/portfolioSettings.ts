/**
 * Stored shapes of the portfolio settings (Paramètres → Gestionnaires, and the debtor list's
 * remembered columns). Every field has a default so an older or damaged row still loads.
 */
import { z } from 'zod';
import {
  type BucketBoundaries,
  DEFAULT_BUCKET_BOUNDARIES,
  validateBucketBoundaries,
} from './aging';

/** Credit controllers debtors can be assigned to. */
export const assigneesSettingsSchema = z.object({
  names: z.array(z.string().trim().min(1)).default([]),
});
export type AssigneesSettings = z.infer<typeof assigneesSettingsSchema>;

const boundariesSchema = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine((values) => validateBucketBoundaries(values) === null);

export const agingSettingsSchema = z.object({
  boundaries: boundariesSchema.default([...DEFAULT_BUCKET_BOUNDARIES]),
});
export interface AgingSettings {
  boundaries: BucketBoundaries;
}
export const DEFAULT_AGING_SETTINGS: AgingSettings = { boundaries: DEFAULT_BUCKET_BOUNDARIES };

/** Visible columns of the debtor list, in order; null = the default choice. */
export const debtorListSettingsSchema = z.object({
  columns: z.array(z.string()).nullable().default(null),
});
export type DebtorListSettings = z.infer<typeof debtorListSettingsSchema>;

/** Names in settings first (their order), then any other name found on debtors, sorted. */
export function assigneeChoices(
  settingsNames: readonly string[],
  namesOnDebtors: Iterable<string | undefined>,
): string[] {
  const seen = new Set(settingsNames);
  const extra = new Set<string>();
  for (const name of namesOnDebtors) if (name && !seen.has(name)) extra.add(name);
  return [...settingsNames, ...[...extra].sort((a, b) => a.localeCompare(b, 'fr'))];
}
