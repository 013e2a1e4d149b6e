/** How a queue action reads in menus, on the timeline and in the guided call's title. */
import type { QueueAction } from '../../domain/actionQueue';
import { CHANNEL_LABELS } from '../../domain/ladder';

/** « Relance 2 — Courrier simple ». */
export function actionLabel(action: Pick<QueueAction, 'step' | 'channel'>): string {
  return `${action.step.label} — ${CHANNEL_LABELS[action.channel]}`;
}
