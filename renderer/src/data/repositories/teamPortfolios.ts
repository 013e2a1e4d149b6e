/**
 * Portfolios by controller: who works at this workstation, the queue's remembered scope (a
 * setting of this workstation only), and the hand-overs for an absence (a setting shared by the
 * department: SHARED_SETTING_KEYS). Each hand-over change is written with its audit entry in one
 * transaction; the domain (domain/teamPortfolios.ts) decides, with the data layer's clock.
 */
import type { IsoDate } from '../../domain/model';
import { assigneeChoices } from '../../domain/portfolioSettings';
import {
  activeHandovers,
  type Handover,
  type HandoversSettings,
  handoverProblem,
  handoverState,
  handoversSettingsSchema,
  MINE,
  type PortfolioScope,
  portfolioScopeSchema,
} from '../../domain/teamPortfolios';
import { clock } from '../clock';
import { getDb, newId } from '../db';
import { currentUserName, signature } from './collectionSettings';
import { portfolioSettingsRepo } from './portfolioSettings';
import { settingsRepo } from './settings';

export const HANDOVERS_SETTINGS_KEY = 'handovers';
/** The File d'actions' scope, remembered on this workstation (not shared). */
export const QUEUE_SCOPE_SETTINGS_KEY = 'queue.portfolio';

const queueScopeSchema = portfolioScopeSchema;

export interface PortfolioContext {
  today: IsoDate;
  /** Who works at this workstation (team account, or the name picked); null: unknown. */
  user: string | null;
  /** Controllers to choose from: those of the settings, then any other name on a debtor. */
  controllers: string[];
  handovers: Handover[];
  /** The hand-overs in force today. */
  active: Handover[];
}

async function readHandovers(): Promise<Handover[]> {
  const value = await settingsRepo.get(HANDOVERS_SETTINGS_KEY, handoversSettingsSchema, {
    handovers: [],
  });
  return value.handovers;
}

async function writeHandovers(
  handovers: Handover[],
  audit: { action: string; details: string },
): Promise<void> {
  const db = getDb();
  const by = await signature();
  await db.transaction('rw', [db.settings, db.audit], async () => {
    const at = clock.nowIso();
    const value: HandoversSettings = { handovers };
    await db.settings.put({ key: HANDOVERS_SETTINGS_KEY, value, updatedAt: at });
    await db.audit.add({
      id: newId(),
      at,
      by,
      action: audit.action,
      entity: 'settings',
      entityId: HANDOVERS_SETTINGS_KEY,
      details: audit.details,
    });
  });
}

export const teamPortfoliosRepo = {
  handovers: readHandovers,

  /**
   * `namesOnDebtors`: the assignees of the debtors when the caller already reads them (the queue
   * summary holds them); read from the debtors' index otherwise.
   */
  async context(
    today: IsoDate = clock.today(),
    namesOnDebtors?: Promise<Iterable<string | undefined>>,
  ): Promise<PortfolioContext> {
    const [user, settings, handovers, assignees] = await Promise.all([
      currentUserName(),
      portfolioSettingsRepo.assignees(),
      readHandovers(),
      namesOnDebtors ??
        getDb()
          .debtors.orderBy('assignee')
          .uniqueKeys()
          .then((names) => names.map((name) => String(name))),
    ]);
    return {
      today,
      user,
      controllers: assigneeChoices(settings.names, assignees),
      handovers,
      active: activeHandovers(handovers, today),
    };
  },

  async queueScope(): Promise<PortfolioScope> {
    return settingsRepo.get(QUEUE_SCOPE_SETTINGS_KEY, queueScopeSchema, MINE);
  },
  saveQueueScope: (scope: PortfolioScope) =>
    settingsRepo.set(QUEUE_SCOPE_SETTINGS_KEY, queueScopeSchema.parse(scope)),

  /** « Confier le portefeuille de X à Y du … au … »; throws a French message when refused. */
  async handOver(draft: Pick<Handover, 'from' | 'to' | 'start' | 'end'>): Promise<Handover> {
    const today = clock.today();
    const existing = await readHandovers();
    const problem = handoverProblem(draft, existing, today);
    if (problem) throw new Error(problem);
    const handover: Handover = {
      id: newId(),
      from: draft.from.trim(),
      to: draft.to.trim(),
      start: draft.start,
      end: draft.end,
      by: await signature(),
      createdAt: clock.nowIso(),
    };
    await writeHandovers([...existing, handover], {
      action: 'portfolio.handover',
      details: handoverText(handover),
    });
    return handover;
  },

  /**
   * « Reprendre »: the absent controller takes the portfolio back today (a planned hand-over is
   * simply cancelled the same way).
   */
  async resume(handoverId: string): Promise<void> {
    const today = clock.today();
    const existing = await readHandovers();
    const handover = existing.find((h) => h.id === handoverId);
    if (!handover) throw new Error('Cette délégation n’existe plus.');
    if (handoverState(handover, today) === 'ended') {
      throw new Error(`Le portefeuille de ${handover.from} lui est déjà revenu.`);
    }
    await writeHandovers(
      existing.map((h) => (h.id === handoverId ? { ...h, resumedOn: today } : h)),
      {
        action: 'portfolio.resume',
        details: `${handover.from} reprend son portefeuille, confié à ${handover.to}`,
      },
    );
  },
};

/** « Portefeuille de Marc Petit confié à Julie Martin du 20/11/2026 au 27/11/2026 ». */
export function handoverText(h: Pick<Handover, 'from' | 'to' | 'start' | 'end'>): string {
  const day = (d: IsoDate) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
  return `Portefeuille de ${h.from} confié à ${h.to} du ${day(h.start)} au ${day(h.end)}`;
}
