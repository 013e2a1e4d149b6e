/**
 * Messages between the window and the dossier worker: one request per export ('pdf' or 'zip'),
 * answered by progress messages then the result or the failure, then the result's fingerprint.
 * Cancelling terminates the worker.
 */
import type { DossierPlan } from '../../domain/dossier';
import type { AssembledDossier, ZippedDossier } from '../../pdf/dossier';

export type DossierWorkerRequest =
  /** Readies the engine before a first export (pdf/dossier/prepareEngine.ts). */
  | { kind: 'prepare'; jobId: number; plan?: DossierPlan }
  | { kind: 'pdf'; jobId: number; plan: DossierPlan; files: Uint8Array[] }
  | { kind: 'zip'; jobId: number; plan: DossierPlan; files: Uint8Array[] };

export type DossierWorkerResponse =
  | { kind: 'prepared'; jobId: number }
  | { kind: 'progress'; jobId: number; step: string; done: number; total: number }
  | { kind: 'assembled'; jobId: number; dossier: AssembledDossier }
  | { kind: 'zipped'; jobId: number; zip: ZippedDossier }
  /** The file's SHA-256 (lowercase hex), taken in the worker once the file was sent. */
  | { kind: 'fingerprinted'; jobId: number; sha256: string }
  /** `reasons`: one French line per piece that cannot be read, when that is the cause. */
  | { kind: 'failed'; jobId: number; message: string; reasons?: string[] };
