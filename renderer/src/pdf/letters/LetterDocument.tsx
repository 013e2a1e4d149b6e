import { Document } from '@react-pdf/renderer';
import type { LetterContent } from '../../domain/letters';
import { footerLines, LetterPage, LetterTop, SignatureBlock } from '../base';
import { LetterBody } from './LetterBody';

export interface LetterAssets {
  /** The creditor's logo as a data URI (see `logoDataUri`). */
  logo?: string;
}

/** One letter as a <LetterPage>, its page numbers left to `stampPageNumbers`. */
export function LetterPages({ letter, assets }: { letter: LetterContent; assets: LetterAssets }) {
  return (
    <LetterPage footerLines={footerLines(letter.creditor)} pageNumbers="stamped">
      <LetterTop
        creditor={letter.creditor}
        {...(assets.logo ? { logo: assets.logo } : {})}
        recipient={letter.recipient}
        {...(letter.serviceLine ? { serviceLine: letter.serviceLine } : {})}
        references={letter.references}
        place={letter.place}
        date={letter.date}
        subject={letter.subject}
      />
      <LetterBody
        blocks={letter.blocks}
        signature={
          <SignatureBlock
            onBehalfOf={letter.signature.onBehalfOf}
            name={letter.signature.name}
            title={letter.signature.title}
          />
        }
      />
    </LetterPage>
  );
}

/**
 * The PDF of one letter. The creation date is the letter's date (noon UTC) rather than the clock,
 * so the same letter rendered twice gives the same bytes, and the same SHA-256.
 */
export function LetterDocument({
  letter,
  assets,
}: {
  letter: LetterContent;
  assets: LetterAssets;
}) {
  return (
    <Document
      title={`${letter.templateName} — ${letter.recipient.name}`}
      author={letter.creditor.name}
      subject={letter.subject}
      creator="Recouvra"
      producer="Recouvra"
      language="fr-FR"
      creationDate={new Date(`${letter.date}T12:00:00Z`)}
    >
      <LetterPages letter={letter} assets={assets} />
    </Document>
  );
}
