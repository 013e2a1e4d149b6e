/**
 * The rendered template cut into what a letter prints: paragraphs (with `**bold**` runs) and the
 * blocks a template places alone on their line (tables, bank details).
 */
import type { Creditor } from '../creditor';
import type { Decompte } from '../decompte';
import type { IsoDate } from '../model';
import { sumCents } from '../money';
import type { PlannedInstallment } from './installments';
import type { ItemRow, LetterBlock, TextRun } from './letterContent';
import { BLOCK_NAMES, type BlockName, blockMarker, typeset } from './letterView';

/** `**bold**` runs; the rest as plain text. */
function runsOf(text: string): TextRun[] {
  return text
    .split('**')
    .map((part, index) => ({ text: typeset(part), bold: index % 2 === 1 }))
    .filter((run) => run.text !== '');
}

export interface BlockSources {
  date: IsoDate;
  creditor: Creditor;
  installments?: readonly PlannedInstallment[];
}

/**
 * Stands, in the rendered text, for a value the template prints but the data leaves empty (a
 * control character a user cannot type): the sentence holding it is left out of the letter, so
 * a letter never prints « émises par  à l’ordre de … ».
 */
export const EMPTY_VALUE = '\u0002';

/** The data of a block named in the template; null when it has nothing to say (bank details without an IBAN). */
export function blockFor(
  name: BlockName,
  input: BlockSources,
  rows: ItemRow[],
  decompte: Decompte,
  reference: string,
): LetterBlock | null {
  switch (name) {
    case 'tableau_factures':
      return { kind: 'invoices', rows, totalCents: sumCents(rows.map((r) => r.openCents)) };
    case 'tableau_decompte':
      return { kind: 'decompte', decompte };
    case 'tableau_releve':
      return {
        kind: 'statement',
        rows,
        balanceCents: sumCents(rows.map((r) => r.openCents)),
        overdueCents: sumCents(rows.filter((r) => r.dueDate < input.date).map((r) => r.openCents)),
      };
    case 'tableau_echeances': {
      const plan = input.installments ?? [];
      return {
        kind: 'installments',
        rows: [...plan],
        totalCents: sumCents(plan.map((i) => i.cents)),
      };
    }
    case 'coordonnees_bancaires':
      if (!input.creditor.iban.trim()) return null;
      return {
        kind: 'bank',
        holder: input.creditor.name,
        iban: input.creditor.iban,
        bic: input.creditor.bic,
        reference,
      };
  }
}

const MARKER = new RegExp(`(${BLOCK_NAMES.map(blockMarker).join('|')})`);

/** Between two sentences: an end mark, spaces, then a capital or an opening guillemet. */
const SENTENCE_BREAK = /(?<=[.!?…])\s+(?=[«A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ])/u;

/**
 * The text without its sentences that hold an empty value. When a dropped sentence would leave
 * a `**bold**` run open, the whole text goes: never half a sentence, never a stray bold.
 */
function withoutEmptyValues(text: string): string {
  if (!text.includes(EMPTY_VALUE)) return text;
  const sentences = text.split(SENTENCE_BREAK);
  const dropped = sentences.filter((s) => s.includes(EMPTY_VALUE));
  if (dropped.some((s) => s.split('**').length % 2 === 0)) return '';
  return sentences.filter((s) => !s.includes(EMPTY_VALUE)).join(' ');
}

/**
 * Paragraphs (blank-line separated) and blocks, in the order the template wrote them. A block
 * with nothing to print (`null`) and a sentence with an empty value are left out.
 */
export function splitBlocks(
  text: string,
  blockOf: (name: BlockName) => LetterBlock | null,
): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    for (const piece of paragraph.split(MARKER)) {
      const name = BLOCK_NAMES.find((n) => blockMarker(n) === piece);
      const block = name ? blockOf(name) : null;
      if (block) blocks.push(block);
      else if (name) continue;
      else {
        const kept = withoutEmptyValues(piece).trim();
        if (kept) blocks.push({ kind: 'paragraph', runs: runsOf(kept) });
      }
    }
  }
  return blocks;
}
