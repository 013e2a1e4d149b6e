import { Document, Text, View } from '@react-pdf/renderer';
import type { RequeteContent } from '../../domain/dossier';
import { formatEuros } from '../../domain/money';
import { baseStyles, COLORS, FONT_SIZES, mm, WINDOW_INDENT } from '../base';
import { DossierSheet, SectionTitle } from './DossierSheet';
import { PartyBlock } from './PartyBlock';

/** The requête en injonction de payer, a draft laid out as the court reads it. */
export function RequeteDocument({ content }: { content: RequeteContent }) {
  return (
    <Document title={content.title} creator="Recouvra">
      <DossierSheet running={`${content.title} — projet à relire`}>
        <View
          style={{ borderWidth: 0.75, borderColor: '#b45309', padding: mm(2), marginBottom: mm(5) }}
        >
          <Text style={{ fontSize: FONT_SIZES.note, color: '#92400e' }}>{content.draftNotice}</Text>
        </View>
        <Text style={{ fontWeight: 'bold', marginBottom: mm(5) }}>{content.addressee}</Text>
        <Text
          style={{
            fontSize: 16,
            lineHeight: 1.3,
            fontWeight: 'bold',
            color: COLORS.accent,
            textAlign: 'center',
          }}
        >
          {content.title.toLocaleUpperCase('fr-FR')}
        </Text>
        <Text style={{ textAlign: 'center', color: COLORS.muted, marginBottom: mm(5) }}>
          {content.legalBasis}
        </Text>
        <View style={{ flexDirection: 'row', marginBottom: mm(3) }}>
          <PartyBlock
            heading="Requérant"
            party={content.applicant}
            extra={content.representative}
          />
          <View style={{ width: mm(5) }} />
          <PartyBlock heading="Débiteur" party={content.respondent} />
        </View>
        <SectionTitle>Objet de la demande</SectionTitle>
        <Text style={baseStyles.paragraph}>{content.request}</Text>
        <View style={{ marginLeft: mm(10), marginRight: mm(10), marginBottom: mm(2) }}>
          {content.amounts.map((line) => (
            <View
              key={line.label}
              style={{
                flexDirection: 'row',
                paddingVertical: 1.5,
                fontWeight: line.emphasis ? 'bold' : 'normal',
                borderTopWidth: line.emphasis ? 0.75 : 0,
                borderTopColor: COLORS.accent,
              }}
            >
              <Text style={{ flexGrow: 1 }}>{line.label}</Text>
              <Text style={{ width: mm(35), textAlign: 'right' }}>{formatEuros(line.cents)}</Text>
            </View>
          ))}
        </View>
        <Text style={[baseStyles.paragraph, baseStyles.note]}>{content.amountsNote}</Text>
        <SectionTitle>Fondement de la créance</SectionTitle>
        {content.basis.map((paragraph) => (
          <Text key={paragraph} style={baseStyles.paragraph}>
            {paragraph}
          </Text>
        ))}
        <SectionTitle>Pièces produites</SectionTitle>
        {content.pieces.map((line) => (
          <Text key={line} style={{ fontSize: FONT_SIZES.note + 0.5, marginBottom: 1.5 }}>
            {line}
          </Text>
        ))}
        <Text style={[baseStyles.paragraph, { marginTop: mm(4) }]}>{content.closing}</Text>
        <View wrap={false} style={{ marginLeft: WINDOW_INDENT, marginTop: mm(4) }}>
          <Text>{content.placeAndDate}</Text>
          {content.signature.map((line) => (
            <Text key={line}>{line}</Text>
          ))}
          <Text style={{ marginTop: mm(14), color: COLORS.muted }}>(signature)</Text>
        </View>
      </DossierSheet>
    </Document>
  );
}
