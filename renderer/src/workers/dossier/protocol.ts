/**
 * Messages between the window and the dossier worker: one request per export ('pdf' or 'zip'),
 * answered by progress messages then the result or the failure. Cancelling terminates the worker.
 */
import type { DossierPlan } from '../../domain/dossier';
import type { AssembledDossier, ZippedDossier } from '../../pdf/dossier';

export type DossierWorkerRequest =
  | { kind: 'pdf'; jobId: number; plan: DossierPlan; files: Uint8Array[] }
  | { kind: 'zip'; jobId: number; plan: DossierPlan; files: Uint8Array[] };

export type DossierWorkerResponse =
  | { kind: 'progress'; jobId: number; step: string; done: number; total: number }
  /** `sha256`: the file's fingerprint, taken in the worker (the export logs it). */
  | { kind: 'assembled'; jobId: number; dossier: AssembledDossier; sha256: string }
  | { kind: 'zipped'; jobId: number; zip: ZippedDossier; sha256: string }
  /** `reasons`: one French line per piece that cannot be read, when that is the cause. */
  | { kind: 'failed'; jobId: number; message: string; reasons?: string[] };
