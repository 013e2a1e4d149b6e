/**
 * Builds the letters of a batch: one per debtor, grouping all its items the template proposes
 * (never one letter per invoice). Debtors with nothing to claim, or whose letter cannot be built,
 * are listed with the reason instead of silently dropped.
 */
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
  // Read all at once: IndexedDB serves the reads together instead of one debtor at a time.
  const allSources = await Promise.all(debtorIds.map((id) => letterSourcesRepo.forDebtor(id)));
  for (const [index, debtorId] of debtorIds.entries()) {
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
