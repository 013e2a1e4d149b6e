/**
 * The escalation ladder as data: its steps, their delays and channels, and the default ladder of
 * design.md. Stored in settings and edited in Paramètres → Relances; escalation.ts applies it.
 */
import { z } from 'zod';
import type { LadderOverrides } from './model';

export const CHANNELS = ['telephone', 'email', 'courrier-simple', 'lrar', 'dossier'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  telephone: 'Téléphone',
  email: 'Courriel',
  'courrier-simple': 'Courrier simple',
  lrar: 'Lettre recommandée AR',
  dossier: 'Dossier contentieux',
};

/**
 * The same channels in a word, for badges in a narrow column (the queue's stage cell, where
 * « Téléphone » and « Courrier simple » side by side ran over the next column); the full label
 * stays in the badge's title.
 */
export const CHANNEL_SHORT_LABELS: Record<Channel, string> = {
  telephone: 'Appel',
  email: 'Courriel',
  'courrier-simple': 'Courrier',
  lrar: 'LRAR',
  dossier: 'Contentieux',
};

/** Channels that carry a letter (the letters feature prints or e-mails them). */
export const WRITTEN_CHANNELS: readonly Channel[] = ['email', 'courrier-simple', 'lrar'];

export const DELAY_BASES = ['due-date', 'end-of-month', 'previous-step'] as const;
export type DelayBase = (typeof DELAY_BASES)[number];

export const DELAY_BASE_LABELS: Record<DelayBase, string> = {
  'due-date': 'après l’échéance',
  'end-of-month': 'après la fin du mois d’échéance',
  'previous-step': 'après l’étape précédente',
};

export const ladderStepSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'Identifiant en minuscules, chiffres et tirets')
    .min(1),
  label: z.string().trim().min(1, 'Donnez un nom à l’étape'),
  delayDays: z.number().int().min(0).max(3650),
  from: z.enum(DELAY_BASES),
  channels: z.array(z.enum(CHANNELS)).min(1, 'Choisissez au moins un canal'),
  /** Letter template id (letters feature) printed or e-mailed by the written channels. */
  templateId: z.string().optional(),
  /** Below this overdue amount the step is not worth doing: the ladder stops before it. */
  minimumCents: z.number().int().min(0),
});
export type LadderStep = z.infer<typeof ladderStepSchema>;

export const ladderSchema = z.object({
  steps: z
    .array(ladderStepSchema)
    .min(1, 'L’échelle doit compter au moins une étape')
    .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, {
      message: 'Deux étapes ont le même identifiant',
    }),
  /** Days after a promised date before a missing payment breaks the promise. */
  promiseGraceDays: z.number().int().min(0).max(60),
  /** Never two steps closer than this, even when catching up on a very late debtor. */
  minimumGapDays: z.number().int().min(0).max(90),
});
export type Ladder = z.infer<typeof ladderSchema>;

/** design.md: J+5 relance 1, J+15 relance 2, J+30 mise en demeure, J+45 dernière chance, procédure. */
export const DEFAULT_LADDER: Ladder = {
  steps: [
    {
      id: 'relance-1',
      label: 'Relance 1',
      delayDays: 5,
      from: 'due-date',
      channels: ['telephone', 'email'],
      templateId: 'relance-1',
      minimumCents: 0,
    },
    {
      id: 'relance-2',
      label: 'Relance 2',
      delayDays: 15,
      from: 'due-date',
      channels: ['courrier-simple', 'telephone'],
      templateId: 'relance-2',
      minimumCents: 0,
    },
    {
      id: 'mise-en-demeure',
      label: 'Mise en demeure',
      delayDays: 30,
      from: 'due-date',
      channels: ['lrar'],
      templateId: 'mise-en-demeure',
      minimumCents: 100_00,
    },
    {
      id: 'derniere-chance',
      label: 'Dernière chance',
      delayDays: 45,
      from: 'due-date',
      channels: ['telephone', 'courrier-simple'],
      templateId: 'proposition-echeancier',
      minimumCents: 100_00,
    },
    {
      id: 'procedure',
      label: 'Choix de la procédure',
      delayDays: 60,
      from: 'due-date',
      channels: ['dossier'],
      minimumCents: 100_00,
    },
  ],
  promiseGraceDays: 3,
  minimumGapDays: 7,
};

/** The debtor's own delays in place of the ladder's; strategic accounts get a call first. */
export function stepsFor(ladder: Ladder, overrides: LadderOverrides | undefined): LadderStep[] {
  if (!overrides) return ladder.steps;
  return ladder.steps.map((step) => {
    const delay = overrides?.delays?.[step.id];
    const withDelay = delay === undefined ? step : { ...step, delayDays: delay };
    if (!overrides?.strategic) return withDelay;
    const others = withDelay.channels.filter((channel) => channel !== 'telephone');
    return { ...withDelay, channels: ['telephone', ...others] };
  });
}
