import { Image, Text, View } from '@react-pdf/renderer';
import type { Creditor } from '../../domain/creditor';
import { LETTERHEAD_HEIGHT, mm } from './geometry';
import { creditorContactLine, postalLines } from './parties';
import { COLORS, FONT_SIZES } from './styles';

export interface LetterheadProps {
  creditor: Creditor;
  /** `data:image/png;base64,…` (see `logoDataUri`); the letterhead prints without it too. */
  logo?: string;
}

/** The creditor's identity at the top left, exactly as tall as the space above the window. */
export function Letterhead({ creditor, logo }: LetterheadProps) {
  return (
    <View style={{ height: LETTERHEAD_HEIGHT, flexDirection: 'row' }}>
      {logo ? (
        <Image
          src={logo}
          style={{ maxWidth: mm(40), maxHeight: mm(24), objectFit: 'contain', marginRight: mm(5) }}
        />
      ) : null}
      <View style={{ flexShrink: 1 }}>
        {/* No name, no line: a letter never prints a placeholder for the creditor. */}
        {creditor.name ? (
          <Text style={{ fontSize: FONT_SIZES.title, fontWeight: 'bold', color: COLORS.accent }}>
            {creditor.name}
          </Text>
        ) : null}
        <View
          style={{ fontSize: FONT_SIZES.note, lineHeight: 1.3, color: COLORS.muted, marginTop: 2 }}
        >
          {postalLines(creditor, 'as-written').map((line) => (
            <Text key={line}>{line}</Text>
          ))}
          {creditorContactLine(creditor) ? <Text>{creditorContactLine(creditor)}</Text> : null}
        </View>
      </View>
    </View>
  );
}

/** A logo's bytes as a data URI, the one image source react-pdf reads the same everywhere. */
export function logoDataUri(bytes: Uint8Array, mime: string): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return `data:${mime};base64,${btoa(binary)}`;
}
