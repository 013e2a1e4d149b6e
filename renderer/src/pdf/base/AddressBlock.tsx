import { Text, View } from '@react-pdf/renderer';
import { ADDRESS_WINDOW, mm } from './geometry';
import { postalLines, type Recipient } from './parties';
import { COLORS, FONT_SIZES } from './styles';

export interface AddressBlockProps {
  recipient: Recipient;
  /** Service line above the address, e.g. « Lettre recommandée avec AR n° 1A 123 456 7890 1 ». */
  serviceLine?: string;
}

/** The recipient, sized to the envelope window (its left edge is placed by `LetterTop`). */
export function AddressBlock({ recipient, serviceLine }: AddressBlockProps) {
  return (
    <View
      style={{ width: ADDRESS_WINDOW.width, minHeight: ADDRESS_WINDOW.height, paddingTop: mm(2) }}
    >
      {serviceLine ? (
        <Text
          style={{
            fontSize: FONT_SIZES.note,
            fontWeight: 'bold',
            color: COLORS.accent,
            marginBottom: mm(2),
          }}
        >
          {serviceLine}
        </Text>
      ) : null}
      <Text style={{ fontWeight: 'bold' }}>{recipient.name}</Text>
      {recipient.attention ? <Text>{recipient.attention}</Text> : null}
      {postalLines(recipient).map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </View>
  );
}
