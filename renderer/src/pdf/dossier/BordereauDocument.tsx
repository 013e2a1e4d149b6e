import { Document, Text, View } from '@react-pdf/renderer';
import { type BordereauEntry, bordereauLine, type DossierPlan } from '../../domain/dossier';
import { COLORS, FONT_SIZES, mm } from '../base';
import { DossierSheet, SectionTitle } from './DossierSheet';

export interface BordereauProps {
  plan: DossierPlan;
  pieces: readonly BordereauEntry[];
}

/**
 * The numbered list of pieces with their page counts. Where each piece sits in the dossier is
 * stamped on its pages and bookmarked; leaving it out here lets the bordereau be laid out while
 * the other parts are, without a second pass.
 */
export function BordereauDocument({ plan, pieces }: BordereauProps) {
  return (
    <Document title="Bordereau de pièces" creator="Recouvra">
      <DossierSheet running={`Bordereau de pièces — ${plan.creditor.name} c/ ${plan.debtor.name}`}>
        <SectionTitle>Bordereau des pièces communiquées</SectionTitle>
        <Text style={{ marginBottom: mm(4) }}>
          Pièces produites par {plan.creditor.name} à l’appui de sa demande contre{' '}
          {plan.debtor.name} ({pieces.length} pièce{pieces.length > 1 ? 's' : ''}).
        </Text>
        {pieces.map((piece) => (
          <View
            key={piece.number}
            wrap={false}
            style={{
              flexDirection: 'row',
              paddingVertical: 3,
              borderBottomWidth: 0.25,
              borderBottomColor: COLORS.rule,
            }}
          >
            <View style={{ flexGrow: 1, flexBasis: 0 }}>
              <Text>{bordereauLine(piece)}</Text>
              <Text style={{ fontSize: FONT_SIZES.small, color: COLORS.muted }}>
                Fichier {piece.fileName} — SHA-256 {piece.sha256.slice(0, 16)}…
              </Text>
            </View>
          </View>
        ))}
      </DossierSheet>
    </Document>
  );
}
