/**
 * Files offered as evidence, checked one by one (pdf/dossier/inspectPiece) and turned into drafts
 * the user completes (kind, title, date, invoices) before anything is stored. Refused files keep
 * their French reason.
 */
import { formatDateFr, parseDateFr } from '../../domain/dates';
import type { PieceMime } from '../../domain/evidence/fileType';
import { guessKind, guessTitle } from '../../domain/evidence/guess';
import type { DocumentKind, IsoDate } from '../../domain/model';
import { inspectPiece, type OfferedFile } from '../../pdf/dossier';

export interface PieceFields {
  kind: DocumentKind;
  title: string;
  /** The document's number (invoice, registered mail…), printed in its label; may be empty. */
  reference: string;
  /** As typed, « 12/01/2025 »; empty when undated. */
  dateText: string;
  invoiceIds: string[];
}

export interface PieceDraft extends PieceFields {
  key: string;
  fileName: string;
  mime: PieceMime;
  bytes: Uint8Array;
  pageCount: number;
}

export interface Intake {
  drafts: PieceDraft[];
  refused: { fileName: string; reason: string }[];
}

/** The date typed, or null when it is not a real date (undefined when left empty). */
export function parsedDate(dateText: string): IsoDate | undefined | null {
  if (!dateText.trim()) return undefined;
  return parseDateFr(dateText);
}

export function dateText(date: IsoDate | undefined): string {
  return date ? formatDateFr(date) : '';
}

export async function inspectOffered(
  files: readonly OfferedFile[],
  defaults: { invoiceIds: string[] },
): Promise<Intake> {
  const intake: Intake = { drafts: [], refused: [] };
  for (const [index, file] of files.entries()) {
    const result = await inspectPiece(file);
    if (!result.ok) {
      intake.refused.push({ fileName: file.name, reason: result.reason });
      continue;
    }
    intake.drafts.push({
      key: `${index}-${file.name}`,
      fileName: file.name,
      mime: result.mime,
      bytes: result.bytes,
      pageCount: result.pageCount,
      kind: guessKind(file.name, result.mime),
      title: guessTitle(file.name),
      reference: '',
      dateText: '',
      invoiceIds: defaults.invoiceIds,
    });
  }
  return intake;
}

/** From a File of a drop: the size is known before anything is read. */
export function offeredFromFile(file: File): OfferedFile {
  return {
    name: file.name,
    size: file.size,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  };
}
