/**
 * Live queries of the collection screens (File d'actions, Appel guidé, Promesses, timeline,
 * settings of the ladder and scripts). `undefined` while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CallScript } from '../domain/callScripts';
import type { DebtorCollection } from '../domain/collectionView';
import type { Ladder } from '../domain/ladder';
import type { Activity, Case, Cents, IsoDate } from '../domain/model';
import { activitiesRepo } from './repositories/activities';
import { type AgendaData, agendaRepo } from './repositories/agenda';
import { type CallContext, loadCallContext } from './repositories/callContext';
import { casesRepo } from './repositories/cases';
import { collectionRepo, type QueueData } from './repositories/collection';
import {
  collectionSettingsRepo,
  type WorkstationUser,
  workstationUser,
} from './repositories/collectionSettings';
import { queueClaimsRepo } from './repositories/queueClaims';

/** The queue of the portfolio remembered on this workstation (« Mes débiteurs » at first). */
export function useQueueData(today: IsoDate): QueueData | undefined {
  return useLiveQuery(() => collectionRepo.queue(today), [today]);
}

/**
 * What a queue row's items come to today with interest and indemnities (computed for the rows
 * drawn only); undefined while loading or when the claim cannot be computed.
 */
export function useDueToday(
  debtorId: string,
  itemIds: readonly string[] | undefined,
  today: IsoDate,
): Cents | undefined {
  // `itemIds` is memoised by the row: a new array only when the row's step changes; undefined
  // until the row wants its claim read.
  return useLiveQuery(
    () => (itemIds ? queueClaimsRepo.dueToday(debtorId, itemIds, today) : undefined),
    [debtorId, itemIds, today],
  );
}

/** `null` when the debtor does not exist. */
export function useDebtorCollection(
  debtorId: string,
  today: IsoDate,
): DebtorCollection | null | undefined {
  return useLiveQuery(() => collectionRepo.debtor(debtorId, today), [debtorId, today]);
}

export function usePromiseDebtors(today: IsoDate): DebtorCollection[] | undefined {
  return useLiveQuery(() => collectionRepo.withPromises(today), [today]);
}

/** Newest first. */
export function useDebtorActivities(debtorId: string): Activity[] | undefined {
  return useLiveQuery(() => activitiesRepo.byDebtor(debtorId), [debtorId]);
}

export function useDebtorCases(debtorId: string): Case[] | undefined {
  return useLiveQuery(() => casesRepo.byDebtor(debtorId), [debtorId]);
}

export function useLadder(): Ladder | undefined {
  return useLiveQuery(() => collectionSettingsRepo.ladder());
}

export function useCallScript(): CallScript | undefined {
  return useLiveQuery(() => collectionSettingsRepo.callScript());
}

/** `{ name: null }` when nobody picked a name at this workstation. */
export function useCurrentUser(): { name: string | null } | undefined {
  return useLiveQuery(async () => ({ name: await collectionSettingsRepo.currentUser() }));
}

/** Who signs this workstation's changes: the team account in team mode, else the picked name. */
export function useWorkstationUser(): WorkstationUser | undefined {
  return useLiveQuery(() => workstationUser());
}

/** `null` when the debtor does not exist. */
export function useCallContext(debtorId: string, today: IsoDate): CallContext | null | undefined {
  return useLiveQuery(() => loadCallContext(debtorId, today), [debtorId, today]);
}

/** Promises, instalments, callbacks and payments for the Agenda page. */
export function useAgendaData(today: IsoDate): AgendaData | undefined {
  return useLiveQuery(() => agendaRepo.load(today), [today]);
}

/** Debtors of an « Envoi groupé » (see collectionRepo.batch); default template when absent. */
export function useBatchCandidates(
  today: IsoDate,
  templateId: string | undefined,
): Awaited<ReturnType<typeof collectionRepo.batch>> | undefined {
  return useLiveQuery(() => collectionRepo.batch(today, templateId), [today, templateId]);
}
