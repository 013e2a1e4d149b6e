import { Text, View } from '@react-pdf/renderer';
import type { PartyLines } from '../../domain/dossier';
import { COLORS, FONT_SIZES, mm } from '../base';

export interface PartyBlockProps {
  /** « Demandeur », « Défendeur ». */
  heading: string;
  party: PartyLines;
  /** « représentée par … ». */
  extra?: string;
}

/** One party of the claim: role, name, identifiers, registered address. */
export function PartyBlock({ heading, party, extra }: PartyBlockProps) {
  return (
    <View
      wrap={false}
      style={{
        flexGrow: 1,
        flexBasis: 0,
        borderWidth: 0.5,
        borderColor: COLORS.rule,
        padding: mm(3),
      }}
    >
      <Text style={{ fontSize: FONT_SIZES.note, color: COLORS.muted, marginBottom: 2 }}>
        {heading.toLocaleUpperCase('fr-FR')}
      </Text>
      <Text style={{ fontWeight: 'bold' }}>{party.name}</Text>
      {party.identifiers.map((line) => (
        <Text key={line} style={{ fontSize: FONT_SIZES.note }}>
          {line}
        </Text>
      ))}
      {party.address.map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      {extra ? <Text style={{ fontSize: FONT_SIZES.note, marginTop: 2 }}>{extra}</Text> : null}
    </View>
  );
}
