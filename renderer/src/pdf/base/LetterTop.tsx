import { Text, View } from '@react-pdf/renderer';
import type { Creditor } from '../../domain/creditor';
import { formatLongDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { AddressBlock } from './AddressBlock';
import { LEFT_COLUMN_WIDTH, mm, WINDOW_INDENT } from './geometry';
import { Letterhead } from './Letterhead';
import type { Recipient } from './parties';
import { type Reference, References } from './References';
import { FONT_SIZES } from './styles';

export interface LetterTopProps {
  creditor: Creditor;
  logo?: string;
  recipient: Recipient;
  serviceLine?: string;
  references: readonly Reference[];
  /** Town of the « Lyon, le 23 novembre 2026 » line; the creditor's city by default. */
  place?: string;
  date: IsoDate;
  /** « Mise en demeure de payer »: printed « Objet : … » in bold. */
  subject: string;
  /** « Pièces jointes : … », under the subject. */
  enclosures?: string;
}

/**
 * Everything above the salutation on the first page: letterhead, references on the left and the
 * recipient in the envelope window on the right, the place and date, then the subject.
 */
export function LetterTop(props: LetterTopProps) {
  const place = props.place || props.creditor.city;
  return (
    <View>
      <Letterhead creditor={props.creditor} {...(props.logo ? { logo: props.logo } : {})} />
      <View style={{ flexDirection: 'row' }}>
        <View style={{ width: LEFT_COLUMN_WIDTH, marginRight: WINDOW_INDENT - LEFT_COLUMN_WIDTH }}>
          <References references={props.references} />
        </View>
        <AddressBlock
          recipient={props.recipient}
          {...(props.serviceLine ? { serviceLine: props.serviceLine } : {})}
        />
      </View>
      <Text style={{ marginLeft: WINDOW_INDENT, marginTop: mm(4) }}>
        {place ? `${place}, le ` : 'Le '}
        {formatLongDateFr(props.date)}
      </Text>
      <View style={{ marginTop: mm(8), marginBottom: mm(5) }}>
        <Text style={{ fontWeight: 'bold', fontSize: FONT_SIZES.subject }}>
          Objet : {props.subject}
        </Text>
        {props.enclosures ? <Text>Pièces jointes : {props.enclosures}</Text> : null}
      </View>
    </View>
  );
}
