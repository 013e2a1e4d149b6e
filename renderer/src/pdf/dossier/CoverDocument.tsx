import { Document, Text, View } from '@react-pdf/renderer';
import { formatLongDateFr } from '../../domain/dates';
import {
  claimedAmounts,
  creditorParty,
  type DossierPlan,
  debtorParty,
  PROCEDURE_LABELS,
} from '../../domain/dossier';
import { formatEuros } from '../../domain/money';
import { COLORS, FONT_SIZES, mm } from '../base';
import { DossierSheet, SectionTitle } from './DossierSheet';
import { PartyBlock } from './PartyBlock';

export interface ContentsLine {
  title: string;
  /** First page in the dossier. */
  page: number;
}

export interface CoverProps {
  plan: DossierPlan;
  contents: readonly ContentsLine[];
}

/** The first page: what the dossier is, for whom, against whom, for how much, and its contents. */
export function CoverDocument({ plan, contents }: CoverProps) {
  const total = claimedAmounts(plan).find((line) => line.emphasis);
  return (
    <Document
      title={`Dossier — ${plan.debtor.name}`}
      author={plan.creditor.name}
      creator="Recouvra"
    >
      <DossierSheet running={`Page de garde — ${plan.creditor.name}`}>
        <Text style={{ fontSize: FONT_SIZES.note, color: COLORS.muted }}>{plan.creditor.name}</Text>
        <View style={{ marginTop: mm(25), marginBottom: mm(10) }}>
          <Text style={{ fontSize: 20, fontWeight: 'bold', color: COLORS.accent, lineHeight: 1.2 }}>
            Dossier de {PROCEDURE_LABELS[plan.procedure].toLocaleLowerCase('fr-FR')}
          </Text>
          <Text style={{ fontSize: FONT_SIZES.title, lineHeight: 1.3, marginTop: mm(3) }}>
            {plan.court || 'Juridiction à préciser'}
          </Text>
          <Text style={{ marginTop: mm(2), color: COLORS.muted }}>
            Établi le {formatLongDateFr(plan.date)}
          </Text>
        </View>
        <View style={{ flexDirection: 'row' }}>
          <PartyBlock heading="Demandeur" party={creditorParty(plan.creditor)} />
          <View style={{ width: mm(5) }} />
          <PartyBlock heading="Défendeur" party={debtorParty(plan.debtor)} />
        </View>
        <View
          style={{
            marginTop: mm(8),
            padding: mm(4),
            backgroundColor: COLORS.headerFill,
            flexDirection: 'row',
            justifyContent: 'space-between',
          }}
        >
          <Text style={{ fontSize: FONT_SIZES.title }}>Montant réclamé</Text>
          <Text style={{ fontSize: FONT_SIZES.title, fontWeight: 'bold' }}>
            {formatEuros(total?.cents ?? 0)}
          </Text>
        </View>
        <Text style={{ fontSize: FONT_SIZES.note, color: COLORS.muted, marginTop: 2 }}>
          Principal, intérêts de retard et indemnités arrêtés au{' '}
          {formatLongDateFr(plan.decompte.asOf)}, selon le décompte joint.
        </Text>
        <SectionTitle>Sommaire</SectionTitle>
        {contents.map((line) => (
          <View key={line.title} style={{ flexDirection: 'row', marginBottom: 2 }}>
            <Text style={{ flexGrow: 1 }}>{line.title}</Text>
            <Text style={{ width: mm(20), textAlign: 'right' }}>p. {line.page}</Text>
          </View>
        ))}
      </DossierSheet>
    </Document>
  );
}
