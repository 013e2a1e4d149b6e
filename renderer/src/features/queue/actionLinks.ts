/** Where each queue action is carried out, as app links. */
import type { QueueAction } from '../../domain/actionQueue';
import { CHANNEL_LABELS } from '../../domain/ladder';

/** « Relance 2 — Courrier simple »: how the action reads in menus and on the timeline. */
export function actionLabel(action: Pick<QueueAction, 'step' | 'channel'>): string {
  return `${action.step.label} — ${CHANNEL_LABELS[action.channel]}`;
}

export function guidedCallHref(
  debtorId: string,
  action?: Pick<QueueAction, 'key' | 'step' | 'channel'>,
): string {
  const base = `/actions/appel/${encodeURIComponent(debtorId)}`;
  if (!action) return base;
  const params = new URLSearchParams({ action: action.key, libelle: actionLabel(action) });
  return `${base}?${params}`;
}

/** The letters feature's link contract (LettersPage): one letter, or a batch of debtors. */
export function letterHref(debtorId: string, templateId: string | undefined): string {
  const params = new URLSearchParams({ debiteur: debtorId, onglet: 'nouveau' });
  if (templateId) params.set('modele', templateId);
  return `/courriers?${params}`;
}

export function letterBatchHref(templateId: string, debtorIds: readonly string[]): string {
  return `/courriers?${new URLSearchParams({ onglet: 'lot', lot: debtorIds.join(','), modele: templateId })}`;
}
