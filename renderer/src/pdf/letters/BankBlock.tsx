import { Text, View } from '@react-pdf/renderer';
import { groupIban } from '../../domain/identifiers';
import { COLORS, FONT_SIZES, mm } from '../base';

export interface BankBlockProps {
  holder: string;
  iban: string;
  bic: string;
  reference: string;
}

/**
 * How to pay: bank transfer details and the reference to quote, in a framed box. The letter
 * leaves the block out without an IBAN (`blockFor`); a missing line is never printed blank.
 */
export function BankBlock({ holder, iban, bic, reference }: BankBlockProps) {
  return (
    <View
      wrap={false}
      style={{
        borderWidth: 0.5,
        borderColor: COLORS.rule,
        backgroundColor: COLORS.headerFill,
        padding: mm(2.5),
        marginBottom: 8,
        fontSize: FONT_SIZES.note + 0.5,
        lineHeight: 1.35,
      }}
    >
      <Text style={{ fontWeight: 'bold' }}>Règlement par virement</Text>
      {holder ? <Text>Bénéficiaire : {holder}</Text> : null}
      {iban ? <Text>IBAN : {groupIban(iban)}</Text> : null}
      {bic ? <Text>BIC : {bic}</Text> : null}
      <Text>
        Référence à rappeler : <Text style={{ fontWeight: 'bold' }}>{reference}</Text>
      </Text>
    </View>
  );
}
