/**
 * Disputes (litiges) as the timeline records them: opened with a category, items and an owner,
 * followed by notes, closed by a resolution. The disputed items carry status `disputed` in the
 * ledger meanwhile, which takes them out of the ladder and out of a mise en demeure by default.
 */
import type { DisputeCategory, DisputeResolution } from './activityDetails';
import type { Activity, IsoInstant } from './model';

export const DISPUTE_CATEGORIES: readonly DisputeCategory[] = [
  'prix',
  'quantite',
  'qualite',
  'livraison',
  'facture-non-recue',
  'doublon',
  'autre',
];

export const DISPUTE_CATEGORY_LABELS: Record<DisputeCategory, string> = {
  prix: 'Prix',
  quantite: 'Quantité',
  qualite: 'Qualité',
  livraison: 'Livraison',
  'facture-non-recue': 'Facture non reçue',
  doublon: 'Doublon',
  autre: 'Autre',
};

export const DISPUTE_RESOLUTION_LABELS: Record<DisputeResolution, string> = {
  avoir: 'Avoir émis',
  rejetee: 'Réclamation rejetée',
  payee: 'Payée',
};

/** What each resolution does to the items: back into the ladder, or out of the balance. */
export const RESOLUTION_EFFECTS: Record<DisputeResolution, string> = {
  avoir: 'Les pièces sortent du solde : l’avoir les soldera au prochain import.',
  rejetee: 'Les pièces redeviennent exigibles et reprennent l’échelle de relance.',
  payee: 'Les pièces sont soldées.',
};

export interface DisputeNote {
  at: IsoInstant;
  by: string;
  text: string;
}

export interface Dispute {
  id: string;
  debtorId: string;
  category: DisputeCategory;
  invoiceIds: string[];
  owner?: string;
  openedAt: IsoInstant;
  openedBy: string;
  notes: DisputeNote[];
  resolution?: { resolution: DisputeResolution } & DisputeNote;
}

/** The debtor's disputes, newest first, rebuilt from the timeline. */
export function disputesFrom(activities: readonly Activity[]): Dispute[] {
  const byId = new Map<string, Dispute>();
  const sorted = [...activities].sort((a, b) => a.at.localeCompare(b.at));
  for (const activity of sorted) {
    const d = activity.details;
    const note = { at: activity.at, by: activity.by, text: activity.text };
    if (d?.kind === 'dispute-opened') {
      byId.set(d.disputeId, {
        id: d.disputeId,
        debtorId: activity.debtorId,
        category: d.category,
        invoiceIds: activity.invoiceIds ?? [],
        ...(d.owner ? { owner: d.owner } : {}),
        openedAt: activity.at,
        openedBy: activity.by,
        notes: [note],
      });
    } else if (d?.kind === 'dispute-note') {
      byId.get(d.disputeId)?.notes.push(note);
    } else if (d?.kind === 'dispute-resolved') {
      const dispute = byId.get(d.disputeId);
      if (dispute) dispute.resolution = { resolution: d.resolution, ...note };
    }
  }
  return [...byId.values()].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
}
