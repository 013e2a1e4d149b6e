/**
 * Portfolios by credit controller: which debtors a controller works today (« Mes débiteurs »),
 * and the hand-overs that entrust one controller's portfolio to a colleague for an absence
 * (« Confier le portefeuille de X à Y du … au … »). Hand-overs are data (a shared setting), read
 * with the day given by the caller's clock: nothing here reads the time.
 */
import { z } from 'zod';
import { formatDateFr, isIsoDate } from './dates';
import type { IsoDate } from './model';

const isoDate = z.string().refine(isIsoDate, 'Date attendue au format AAAA-MM-JJ');

export const handoverSchema = z.object({
  id: z.string().min(1),
  /** Whose debtors are entrusted (the absent controller). */
  from: z.string().trim().min(1),
  /** Who works them meanwhile. */
  to: z.string().trim().min(1),
  /** First and last day of the absence, inclusive. */
  start: isoDate,
  end: isoDate,
  /** The day `from` took the portfolio back before `end` (« Reprendre »). */
  resumedOn: isoDate.optional(),
  /** Who recorded it, and when (ISO instant). */
  by: z.string(),
  createdAt: z.string(),
});
export type Handover = z.infer<typeof handoverSchema>;

export const handoversSettingsSchema = z.object({
  handovers: z.array(handoverSchema).default([]),
});
export type HandoversSettings = z.infer<typeof handoversSettingsSchema>;

export type HandoverState = 'planned' | 'active' | 'ended';

export function handoverState(handover: Handover, today: IsoDate): HandoverState {
  if (handover.resumedOn !== undefined && handover.resumedOn <= today) return 'ended';
  if (today > handover.end) return 'ended';
  if (today < handover.start) return 'planned';
  return 'active';
}

/** Hand-overs in force on `today`. */
export function activeHandovers(handovers: readonly Handover[], today: IsoDate): Handover[] {
  return handovers.filter((h) => handoverState(h, today) === 'active');
}

/**
 * Why a new hand-over cannot be recorded, in French; null when it can. A controller's portfolio
 * is entrusted to one colleague at a time, and an absence that already ended is not recorded.
 */
export function handoverProblem(
  draft: Pick<Handover, 'from' | 'to' | 'start' | 'end'>,
  existing: readonly Handover[],
  today: IsoDate,
): string | null {
  const from = draft.from.trim();
  const to = draft.to.trim();
  if (!from || !to) return 'Choisissez qui s’absente et à qui confier son portefeuille.';
  if (from === to) return 'Un portefeuille ne peut pas être confié à son propre gestionnaire.';
  if (!isIsoDate(draft.start) || !isIsoDate(draft.end)) return 'Indiquez les dates de l’absence.';
  if (draft.end < draft.start) return 'La date de fin précède la date de début.';
  if (draft.end < today) return 'Cette absence est déjà terminée.';
  const overlap = existing.find(
    (h) =>
      h.from === from &&
      handoverState(h, today) !== 'ended' &&
      h.start <= draft.end &&
      draft.start <= h.end,
  );
  if (overlap) {
    return `Le portefeuille de ${from} est déjà confié à ${overlap.to} du ${formatDateFr(overlap.start)} au ${formatDateFr(overlap.end)}.`;
  }
  return null;
}

/** Who works a portfolio today, and on whose behalf when it was entrusted. */
export interface WorkingOwner {
  owner: string | undefined;
  /** The absent controller whose portfolio this is, when it was handed over. */
  entrustedBy?: string;
}

/**
 * Follows today's hand-overs from the debtor's controller: X entrusted to Y, Y absent too and
 * entrusted to Z: Z works X's debtors. A loop stops at the last controller before it closes.
 */
export function workingOwner(
  assignee: string | undefined,
  active: readonly Handover[],
): WorkingOwner {
  if (!assignee) return { owner: undefined };
  const next = new Map<string, string>();
  // The latest recorded wins when two overlap (handoverProblem keeps that from happening).
  for (const h of [...active].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    next.set(h.from, h.to);
  }
  const seen = new Set([assignee]);
  let owner = assignee;
  for (let to = next.get(owner); to !== undefined && !seen.has(to); to = next.get(owner)) {
    seen.add(to);
    owner = to;
  }
  return owner === assignee ? { owner } : { owner, entrustedBy: assignee };
}

/**
 * Whose debtors a screen shows: the current user's (« Mes débiteurs », hand-overs included),
 * everyone's, one controller's, or those assigned to nobody.
 */
export type PortfolioScope =
  | { kind: 'mine' }
  | { kind: 'all' }
  | { kind: 'assignee'; name: string }
  | { kind: 'unassigned' };

export const portfolioScopeSchema: z.ZodType<PortfolioScope> = z.union([
  z.object({ kind: z.literal('mine') }),
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('assignee'), name: z.string().trim().min(1) }),
  z.object({ kind: z.literal('unassigned') }),
]);

export const MINE: PortfolioScope = { kind: 'mine' };

export interface PortfolioMatch {
  /** The controller who works the debtor today (after hand-overs). */
  owner: string | undefined;
  entrustedBy?: string;
}

/**
 * Whether a debtor assigned to `assignee` is in the scope, and the hand-over that put it there.
 * « Mes débiteurs » without a known user shows everyone's (the screen asks for a name).
 */
export function matchPortfolio(
  assignee: string | undefined,
  scope: PortfolioScope,
  user: string | null,
  active: readonly Handover[],
): PortfolioMatch | null {
  const working = workingOwner(assignee, active);
  switch (scope.kind) {
    case 'all':
      return working;
    case 'unassigned':
      return assignee ? null : working;
    case 'mine':
      if (!user) return working;
      return working.owner === user ? working : null;
    case 'assignee':
      return working.owner === scope.name ? working : null;
  }
}

/** The scope's French label: « Mes débiteurs », « Tous », « Débiteurs de Julie Martin »… */
export function scopeLabel(scope: PortfolioScope): string {
  switch (scope.kind) {
    case 'mine':
      return 'Mes débiteurs';
    case 'all':
      return 'Tous';
    case 'unassigned':
      return 'Non attribués';
    case 'assignee':
      return `Débiteurs de ${scope.name}`;
  }
}

/** « confié par Marc Petit »: how a debtor worked on a colleague’s behalf is marked. */
export function entrustedLabel(entrustedBy: string): string {
  return `confié par ${entrustedBy}`;
}
