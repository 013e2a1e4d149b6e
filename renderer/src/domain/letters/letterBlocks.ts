/**
 * The rendered template cut into what a letter prints: paragraphs (with `**bold**` runs) and the
 * blocks a template places alone on their line (tables, bank details).
 */
import type { Creditor } from '../creditor';
import type { Decompte } from '../decompte';
import type { IsoDate } from '../model';
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

/** The data of a block named in the template. */
export function blockFor(
  name: BlockName,
  input: BlockSources,
  rows: ItemRow[],
  decompte: Decompte,
  reference: string,
): LetterBlock {
  switch (name) {
    case 'tableau_factures':
      return { kind: 'invoices', rows, totalCents: rows.reduce((sum, r) => sum + r.openCents, 0) };
    case 'tableau_decompte':
      return { kind: 'decompte', decompte };
    case 'tableau_releve':
      return {
        kind: 'statement',
        rows,
        balanceCents: rows.reduce((sum, r) => sum + r.openCents, 0),
        overdueCents: rows
          .filter((r) => r.dueDate < input.date)
          .reduce((sum, r) => sum + r.openCents, 0),
      };
    case 'tableau_echeances': {
      const plan = input.installments ?? [];
      return {
        kind: 'installments',
        rows: [...plan],
        totalCents: plan.reduce((s, i) => s + i.cents, 0),
      };
    }
    case 'coordonnees_bancaires':
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

/** Paragraphs (blank-line separated) and blocks, in the order the template wrote them. */
export function splitBlocks(
  text: string,
  blockOf: (name: BlockName) => LetterBlock,
): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const paragraph of text.split(/\n[ \t]*\n/)) {
    for (const piece of paragraph.split(MARKER)) {
      const name = BLOCK_NAMES.find((n) => blockMarker(n) === piece);
      if (name) blocks.push(blockOf(name));
      else if (piece.trim()) blocks.push({ kind: 'paragraph', runs: runsOf(piece.trim()) });
    }
  }
  return blocks;
}
