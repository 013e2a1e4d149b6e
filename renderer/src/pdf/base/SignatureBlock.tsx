import { Text, View } from '@react-pdf/renderer';
import { mm, WINDOW_INDENT } from './geometry';

export interface SignatureBlockProps {
  /** « Pour Fournitures Dupont SAS ». */
  onBehalfOf?: string;
  name: string;
  title?: string;
}

/** Right-hand signature: room for a handwritten signature above the printed name. */
export function SignatureBlock({ onBehalfOf, name, title }: SignatureBlockProps) {
  return (
    <View wrap={false} style={{ marginLeft: WINDOW_INDENT, marginTop: mm(6) }}>
      {onBehalfOf ? <Text>{onBehalfOf}</Text> : null}
      {title ? <Text>{title}</Text> : null}
      <Text style={{ fontWeight: 'bold', marginTop: mm(14) }}>{name}</Text>
    </View>
  );
}
