/**
 * Messages between the dossier worker and the worker it has draw a dossier's generated parts
 * (cover, requête, décompte, bordereau) while it copies the pieces.
 */
import type { BordereauEntry, DossierPlan } from '../../domain/dossier';
import type { FrontMatter } from '../../pdf/dossier';

export interface FrontMatterRequest {
  id: number;
  plan: DossierPlan;
  pieces: BordereauEntry[];
}

export type FrontMatterResponse =
  | { id: number; front: FrontMatter }
  | { id: number; error: string };
