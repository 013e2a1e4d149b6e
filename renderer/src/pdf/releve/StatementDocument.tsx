import { Document, Text, View } from '@react-pdf/renderer';
import { BUCKET_KEYS, type BucketKey } from '../../domain/aging';
import type { Claim } from '../../domain/claim';
import { CONTACT_ROLE_LABELS } from '../../domain/contacts';
import type { Creditor } from '../../domain/creditor';
import { formatDateFr, formatLongDateFr } from '../../domain/dates';
import { INVOICE_KIND_LABELS } from '../../domain/debtorFile';
import { groupIban } from '../../domain/identifiers';
import { deName } from '../../domain/letters/french';
import { formatEuros } from '../../domain/money';
import { formatDays } from '../../domain/numbers';
import type { Statement, StatementLine } from '../../domain/statement';
import {
  baseStyles,
  COLORS,
  FONT_SIZES,
  footerLines,
  ItemsTable,
  LetterPage,
  LetterTop,
  type TableColumn,
} from '../base';
import { decompteCaption, decompteTotals } from '../letters/decompteTable';

export interface StatementDocumentProps {
  statement: Statement;
  creditor: Creditor;
  bucketLabels: Record<BucketKey, string>;
  /** The creditor's logo as a data URI. */
  logo?: string;
}

const COLUMNS: readonly TableColumn<StatementLine>[] = [
  { header: 'Pièce', width: 2, cell: (l) => (l.disputed ? `${l.number} (litige)` : l.number) },
  { header: 'Nature', width: 1.5, cell: (l) => INVOICE_KIND_LABELS[l.kind] },
  { header: 'Date', width: 1.2, cell: (l) => formatDateFr(l.issueDate) },
  { header: 'Échéance', width: 1.2, cell: (l) => formatDateFr(l.dueDate) },
  { header: 'Montant TTC', width: 1.6, align: 'right', cell: (l) => formatEuros(l.amountCents) },
  { header: 'Reste dû', width: 1.6, align: 'right', cell: (l) => formatEuros(l.openCents) },
  {
    header: 'Retard',
    width: 0.9,
    align: 'right',
    cell: (l) => (l.daysPastDue > 0 ? formatDays(l.daysPastDue) : ''),
  },
];

/** The aged breakdown under the table: one small cell per bucket. */
function AgedSummary({
  statement,
  labels,
}: {
  statement: Statement;
  labels: Record<BucketKey, string>;
}) {
  return (
    <View
      wrap={false}
      style={{
        flexDirection: 'row',
        marginTop: 4,
        marginBottom: 10,
        fontSize: FONT_SIZES.note,
        lineHeight: 1.3,
      }}
    >
      {BUCKET_KEYS.map((key) => (
        <View
          key={key}
          style={{
            flexGrow: 1,
            flexBasis: 0,
            borderTopWidth: 0.75,
            borderTopColor: COLORS.accent,
            paddingTop: 2,
            paddingRight: 4,
          }}
        >
          <Text style={{ color: COLORS.muted }}>{labels[key]}</Text>
          <Text>{formatEuros(statement.buckets[key])}</Text>
        </View>
      ))}
    </View>
  );
}

/** What is due at the statement's date: the same totals as the letters and the dossier. */
function ClaimSummary({ claim }: { claim: Claim }) {
  const { decompte } = claim;
  if (decompte.invoices.length === 0) return null;
  return (
    <View wrap={false} style={{ marginBottom: 10 }}>
      <Text style={[baseStyles.paragraph, baseStyles.bold, { marginBottom: 2 }]}>
        Sommes échues au {formatLongDateFr(claim.asOf)}, intérêts de retard et indemnités compris
      </Text>
      {decompteTotals(decompte).map((total) => (
        <View
          key={total.label}
          style={{
            flexDirection: 'row',
            justifyContent: 'space-between',
            fontSize: FONT_SIZES.small,
          }}
        >
          <Text style={total.emphasis ? baseStyles.bold : {}}>{total.label}</Text>
          <Text style={total.emphasis ? baseStyles.bold : {}}>{total.value}</Text>
        </View>
      ))}
      <Text style={{ fontSize: FONT_SIZES.note, color: COLORS.muted, marginTop: 3 }}>
        {decompteCaption(decompte)}
      </Text>
    </View>
  );
}

/** Relevé de compte: an A4 letter with the creditor's letterhead, addressed to the debtor. */
export function StatementDocument({
  statement,
  creditor,
  bucketLabels,
  logo,
}: StatementDocumentProps) {
  const { debtor, contact } = statement;
  const attention = contact
    ? `À l’attention ${deName(contact.name)}, ${CONTACT_ROLE_LABELS[contact.role].toLowerCase()}`
    : undefined;
  return (
    <Document
      title={`Relevé de compte — ${debtor.name}`}
      author={creditor.name}
      creator="Recouvra"
      producer="Recouvra"
      language="fr-FR"
    >
      <LetterPage footerLines={footerLines(creditor)}>
        <LetterTop
          creditor={creditor}
          {...(logo ? { logo } : {})}
          recipient={{
            name: debtor.name,
            ...(attention ? { attention } : {}),
            addressLines: debtor.addressLines,
            postalCode: debtor.postalCode,
            city: debtor.city,
            country: debtor.country,
          }}
          references={[
            { label: 'Votre compte client', value: debtor.accountNo },
            { label: 'Situation arrêtée au', value: formatDateFr(statement.asOfDate) },
          ]}
          date={statement.date}
          subject={`Relevé de compte au ${formatLongDateFr(statement.asOfDate)}`}
        />
        <Text style={baseStyles.paragraph}>Madame, Monsieur,</Text>
        <Text style={baseStyles.paragraph}>
          Veuillez trouver ci-dessous le relevé de votre compte dans nos livres au{' '}
          {formatLongDateFr(statement.asOfDate)}. Sauf erreur ou omission de notre part, il présente
          un solde de <Text style={baseStyles.bold}>{formatEuros(statement.balanceCents)}</Text>,
          dont {formatEuros(statement.overdueCents)} échus.
        </Text>
        <ItemsTable
          columns={COLUMNS}
          rows={statement.lines}
          totals={[
            { label: 'Échu', value: formatEuros(statement.overdueCents) },
            { label: 'Non échu', value: formatEuros(statement.notDueCents) },
            {
              label: 'Solde du compte',
              value: formatEuros(statement.balanceCents),
              emphasis: true,
            },
          ]}
        />
        <AgedSummary statement={statement} labels={bucketLabels} />
        <ClaimSummary claim={statement.claim} />
        <Text style={baseStyles.paragraph}>
          Nous vous remercions de rapprocher ce relevé de vos écritures et de nous signaler toute
          différence. Les sommes échues sont à régler dès réception
          {creditor.iban ? ` par virement sur le compte IBAN ${groupIban(creditor.iban)}` : ''}, en
          rappelant votre numéro de compte client {debtor.accountNo}.
        </Text>
        {/* The closing formula and who signs stay on one sheet. */}
        <View wrap={false}>
          <Text style={baseStyles.paragraph}>
            Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.
          </Text>
          <Text style={[baseStyles.paragraph, baseStyles.muted]}>
            {creditor.name
              ? `${creditor.name} — service comptabilité clients`
              : 'Service comptabilité clients'}
          </Text>
        </View>
      </LetterPage>
    </Document>
  );
}
