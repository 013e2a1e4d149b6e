import { Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import type { LetterBlock } from '../../domain/letters';
import { baseStyles } from '../base';
import { BankBlock } from './BankBlock';
import { DecompteBlock } from './DecompteBlock';
import { InstallmentsBlock } from './InstallmentsBlock';
import { InvoicesBlock } from './InvoicesBlock';
import { StatementBlock } from './StatementBlock';

function Block({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return (
        <Text style={baseStyles.paragraph}>
          {block.runs.map((run, i) =>
            run.bold ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are static text, never reordered
              <Text key={i} style={baseStyles.bold}>
                {run.text}
              </Text>
            ) : (
              run.text
            ),
          )}
        </Text>
      );
    case 'invoices':
      return <InvoicesBlock rows={block.rows} totalCents={block.totalCents} />;
    case 'decompte':
      return <DecompteBlock decompte={block.decompte} />;
    case 'statement':
      return (
        <StatementBlock
          rows={block.rows}
          balanceCents={block.balanceCents}
          overdueCents={block.overdueCents}
        />
      );
    case 'installments':
      return <InstallmentsBlock rows={block.rows} totalCents={block.totalCents} />;
    case 'bank':
      return (
        <BankBlock
          holder={block.holder}
          iban={block.iban}
          bic={block.bic}
          reference={block.reference}
        />
      );
  }
}

/**
 * The letter's paragraphs and blocks, in template order, then `signature`: it never sits on a
 * sheet of its own, the closing paragraph (« Nous vous prions d’agréer… ») goes with it.
 */
export function LetterBody({
  blocks,
  signature,
}: {
  blocks: readonly LetterBlock[];
  signature: ReactNode;
}) {
  const last = blocks.at(-1);
  const keepsLast = last?.kind === 'paragraph';
  const body = keepsLast ? blocks.slice(0, -1) : blocks;
  return (
    <>
      {body.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: blocks are static content, never reordered
        <Block key={i} block={block} />
      ))}
      <View wrap={false}>
        {keepsLast && last ? <Block block={last} /> : null}
        {signature}
      </View>
    </>
  );
}
