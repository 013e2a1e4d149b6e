import { Text, View } from '@react-pdf/renderer';
import { mm } from './geometry';
import { COLORS, FONT_SIZES } from './styles';

export interface Reference {
  /** « Votre compte client », « Notre référence », « Dossier suivi par »… */
  label: string;
  value: string;
}

/** Label / value pairs beside the address (« N/Réf. », « V/Réf. » of French business letters). */
export function References({ references }: { references: readonly Reference[] }) {
  return (
    <View style={{ fontSize: FONT_SIZES.note, lineHeight: 1.3, paddingTop: mm(2) }}>
      {references.map(({ label, value }) => (
        <Text key={label} style={{ marginBottom: 1.5 }}>
          <Text style={{ color: COLORS.muted }}>{label} : </Text>
          {value}
        </Text>
      ))}
    </View>
  );
}
