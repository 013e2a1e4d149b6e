/**
 * Builds the letters of a batch: one per debtor, grouping all its items the template proposes
 * (never one letter per invoice). Debtors with nothing to claim, or whose letter cannot be built,
 * are listed with the reason instead of silently dropped.
 */
import { sliceTurn } from '../../../data/backgroundTurn';
import type { LetterCommons } from '../../../data/repositories/letterSources';
import { letterSourcesRepo } from '../../../data/repositories/letterSources';
import { incompleteCreditorMessage, missingCreditorFields } from '../../../domain/creditor';
import {
  buildLetter,
  defaultItemSelection,
  type LetterContent,
  type LetterTemplate,
} from '../../../domain/letters';
import type { IsoDate } from '../../../domain/model';

export interface SkippedDebtor {
  debtorId: string;
  name: string;
  reason: string;
}

/**
 * Debtors per slice of the page's work: issuing the reads of 200 debtors took 180 ms in one task,
 * building their letters 150 ms; 25 at a time is about 20 ms.
 */
const DEBTORS_PER_SLICE = 25;

/** The reads of every debtor, issued 25 debtors per task; IndexedDB still serves them together. */
async function readAllSources(debtorIds: readonly string[]) {
  const reads: ReturnType<typeof letterSourcesRepo.forDebtor>[] = [];
  for (const [index, id] of debtorIds.entries()) {
    await sliceTurn(index, DEBTORS_PER_SLICE);
    const read = letterSourcesRepo.forDebtor(id);
    // Its failure is thrown by Promise.all below, not reported as unhandled while reads go out.
    read.catch(() => undefined);
    reads.push(read);
  }
  return Promise.all(reads);
}

export interface PreparedBatch {
  letters: LetterContent[];
  skipped: SkippedDebtor[];
}

export async function prepareBatch(
  debtorIds: readonly string[],
  template: LetterTemplate,
  date: IsoDate,
  commons: LetterCommons,
  /** Per debtor, items a live promise or plan holds: the letter never claims them. */
  held: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<PreparedBatch> {
  if (template.legal) {
    const missing = missingCreditorFields(commons.creditor, 'legal-letter');
    if (missing.length > 0) throw new Error(incompleteCreditorMessage(missing, 'legal-letter'));
  }
  const letters: LetterContent[] = [];
  const skipped: SkippedDebtor[] = [];
  const allSources = await readAllSources(debtorIds);
  for (const [index, debtorId] of debtorIds.entries()) {
    await sliceTurn(index, DEBTORS_PER_SLICE);
    const sources = allSources[index];
    if (!sources) continue;
    const kept = new Set(held.get(debtorId) ?? []);
    const items = defaultItemSelection(sources.items, template, date).filter(
      (item) => !kept.has(item.id),
    );
    if (!items.some((item) => item.kind === 'invoice' && item.openCents > 0)) {
      skipped.push({ debtorId, name: sources.debtor.name, reason: 'Aucune facture à réclamer' });
      continue;
    }
    const result = buildLetter({
      template,
      creditor: commons.creditor,
      debtor: sources.debtor,
      items,
      date,
      sendMethod: template.sendMethod,
      payments: sources.payments,
      letters: sources.letters,
      policy: commons.policy,
    });
    if (result.ok) letters.push(result.letter);
    else skipped.push({ debtorId, name: sources.debtor.name, reason: result.errors.join(' ') });
  }
  return { letters, skipped };
}
