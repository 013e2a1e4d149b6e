import type { TeamState } from '../../data/sync';
import { plural } from '../../domain/numbers';

/** « en ligne », « hors ligne », « non connecté », « reconnexion nécessaire ». */
export function connectionLabel(team: TeamState): string {
  if (!team.signedIn) return 'non connecté';
  if (team.status?.needsSignIn) return 'reconnexion nécessaire';
  return team.status?.online ? 'en ligne' : 'hors ligne';
}

const TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** « dernière synchronisation : 23/11/2026 10:42 », or « jamais synchronisé ». */
export function lastSyncLabel(at: string | null | undefined): string {
  return at ? `dernière synchronisation : ${TIME.format(new Date(at))}` : 'jamais synchronisé';
}

/** « 3 modifications en attente d’envoi », « aucune modification en attente ». */
export function pendingLabel(count: number): string {
  if (count === 0) return 'aucune modification en attente';
  return `${plural(count, 'modification')} en attente d’envoi`;
}
