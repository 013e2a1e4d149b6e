/**
 * Messages between the window and the dossier workers. A PDF export spreads over several
 * workers: one reads the pieces and copies their pages ('prepare', then 'finish' once the
 * generated parts arrive) while the others lay out the décompte, requête, bordereau and cover
 * ('render', one part per request). A ZIP export is one 'zip' request. Cancelling terminates them.
 */
import type { BordereauEntry, DossierPlan, PlannedPiece } from '../../domain/dossier';
import type {
  AssembledDossier,
  SectionBytes,
  SectionRequest,
  ZippedDossier,
} from '../../pdf/dossier';

export type DossierWorkerRequest =
  | { kind: 'prepare'; jobId: number; pieces: PlannedPiece[]; files: Uint8Array[] }
  | { kind: 'render'; jobId: number; section: SectionRequest }
  | {
      kind: 'finish';
      jobId: number;
      plan: DossierPlan;
      pieces: BordereauEntry[];
      sections: SectionBytes[];
    }
  | { kind: 'zip'; jobId: number; plan: DossierPlan; files: Uint8Array[] };

export type DossierWorkerResponse =
  | { kind: 'progress'; jobId: number; step: string; done: number; total: number }
  /** The pieces are read: their page counts, while their pages are being copied. */
  | { kind: 'counted'; jobId: number; pageCounts: number[] }
  | { kind: 'copied'; jobId: number; done: number }
  | { kind: 'rendered'; jobId: number; section: SectionBytes }
  | { kind: 'assembled'; jobId: number; dossier: AssembledDossier }
  | { kind: 'zipped'; jobId: number; zip: ZippedDossier }
  /** `reasons`: one French line per piece that cannot be read, when that is the cause. */
  | { kind: 'failed'; jobId: number; message: string; reasons?: string[] };
