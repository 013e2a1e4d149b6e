/**
 * Builds the letters of a batch: one per debtor, grouping all its items the template proposes
 * (never one letter per invoice). Debtors with nothing to claim, or whose letter cannot be built,
 * are listed with the reason instead of silently dropped.
 *
 * Envoi groupé builds them ahead (`warmBatch`), in idle time while the user reads the list: the
 * click on « Générer » then goes straight to rendering. Reading and building 200 letters took
 * 330-530 ms before the first one reached a worker. What was built ahead is used only while
 * nothing was written since its reads, for the same template, date and settings.
 */
import { backgroundTurn, sliceTurn } from '../../../data/backgroundTurn';
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

/** What a debtor's letter came to: the letter, or why there is none (null: no such debtor). */
type Outcome = { letter: LetterContent } | { skipped: SkippedDebtor } | null;

/**
 * Debtors per slice of the page's work: issuing the reads of 200 debtors took 180 ms in one task,
 * building their letters 150 ms; 25 at a time is about 20 ms.
 */
const DEBTORS_PER_SLICE = 25;

interface BatchInputs {
  template: LetterTemplate;
  date: IsoDate;
  commons: LetterCommons;
  /** Per debtor, items a live promise or plan holds: the letter never claims them. */
  held: ReadonlyMap<string, readonly string[]>;
}

/** Outcomes built since the stamp, for these inputs; each under the held items it left out. */
interface Kept extends Omit<BatchInputs, 'held'> {
  stamp: ReturnType<typeof letterSourcesRepo.stamp>;
  byDebtor: Map<string, { heldKey: string; outcome: Promise<Outcome> }>;
}

let kept: Kept | null = null;

/** The outcomes kept for these inputs, emptied when anything was written since they were read. */
function keptFor({ template, date, commons }: BatchInputs): Kept['byDebtor'] {
  const stamp = letterSourcesRepo.stamp();
  const same =
    kept?.stamp.owner === stamp.owner &&
    kept.stamp.generation === stamp.generation &&
    kept.template === template &&
    kept.date === date &&
    kept.commons === commons;
  if (!same || !kept) kept = { stamp, template, date, commons, byDebtor: new Map() };
  return kept.byDebtor;
}

async function outcomeOf(debtorId: string, inputs: BatchInputs): Promise<Outcome> {
  const sources = await letterSourcesRepo.forDebtor(debtorId);
  if (!sources) return null;
  const { template, date, commons } = inputs;
  const held = new Set(inputs.held.get(debtorId) ?? []);
  const items = defaultItemSelection(sources.items, template, date).filter(
    (item) => !held.has(item.id),
  );
  const skipped = (reason: string) => ({
    skipped: { debtorId, name: sources.debtor.name, reason },
  });
  if (!items.some((item) => item.kind === 'invoice' && item.openCents > 0)) {
    return skipped('Aucune facture à réclamer');
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
  return result.ok ? { letter: result.letter } : skipped(result.errors.join(' '));
}

/**
 * Each debtor's outcome, those kept reused and the others read and built, `DEBTORS_PER_SLICE`
 * per task (`turn`); IndexedDB still serves the reads together. Stops issuing when `signal` aborts.
 */
async function outcomesOf(
  debtorIds: readonly string[],
  inputs: BatchInputs,
  turn: (index: number) => Promise<void>,
  signal?: AbortSignal,
): Promise<Promise<Outcome>[]> {
  const byDebtor = keptFor(inputs);
  const outcomes: Promise<Outcome>[] = [];
  for (const [index, debtorId] of debtorIds.entries()) {
    const heldKey = (inputs.held.get(debtorId) ?? []).join(',');
    const found = byDebtor.get(debtorId);
    if (found?.heldKey === heldKey) {
      outcomes.push(found.outcome);
      continue;
    }
    await turn(index);
    if (signal?.aborted) break;
    const outcome = outcomeOf(debtorId, inputs);
    // Its failure is thrown where it is awaited (not reported as unhandled meanwhile), and is
    // not kept: the next try reads again.
    outcome.catch(() => {
      if (byDebtor.get(debtorId)?.outcome === outcome) byDebtor.delete(debtorId);
    });
    byDebtor.set(debtorId, { heldKey, outcome });
    outcomes.push(outcome);
  }
  return outcomes;
}

function refuseIncompleteCreditor({ template, commons }: BatchInputs): void {
  if (!template.legal) return;
  const missing = missingCreditorFields(commons.creditor, 'legal-letter');
  if (missing.length > 0) throw new Error(incompleteCreditorMessage(missing, 'legal-letter'));
}

export async function prepareBatch(
  debtorIds: readonly string[],
  template: LetterTemplate,
  date: IsoDate,
  commons: LetterCommons,
  held: ReadonlyMap<string, readonly string[]> = new Map(),
): Promise<PreparedBatch> {
  const inputs = { template, date, commons, held };
  refuseIncompleteCreditor(inputs);
  const outcomes = await outcomesOf(debtorIds, inputs, (index) =>
    sliceTurn(index, DEBTORS_PER_SLICE),
  );
  const letters: LetterContent[] = [];
  const skipped: SkippedDebtor[] = [];
  for (const outcome of await Promise.all(outcomes)) {
    if (outcome && 'letter' in outcome) letters.push(outcome.letter);
    else if (outcome) skipped.push(outcome.skipped);
  }
  return { letters, skipped };
}

/**
 * Builds the batch's letters ahead, at background priority (a click or a frame goes first), so
 * that `prepareBatch` with the same inputs finds them; stops when `signal` aborts. Does nothing
 * for a legal letter whose creditor is incomplete (the screen says so).
 */
export async function warmBatch(
  debtorIds: readonly string[],
  template: LetterTemplate,
  date: IsoDate,
  commons: LetterCommons,
  held: ReadonlyMap<string, readonly string[]>,
  signal: AbortSignal,
): Promise<void> {
  const inputs = { template, date, commons, held };
  try {
    refuseIncompleteCreditor(inputs);
  } catch {
    return;
  }
  await outcomesOf(
    debtorIds,
    inputs,
    (index) => (index % DEBTORS_PER_SLICE === 0 ? backgroundTurn() : Promise.resolve()),
    signal,
  );
}
