import { Alert, Badge, Group, Loader, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconScale } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { BUCKET_KEYS, BUCKET_LABELS } from '../../domain/aging';
import { EUR, formatMoney } from '../../domain/currency';
import { formatDateFr } from '../../domain/dates';
import type { BalanceClaim } from '../../domain/import/balanceClaim';
import type { BalancePreview, PreviewSummary } from '../../domain/import/preview';
import type { Cents } from '../../domain/model';
import { formatEuros } from '../../domain/money';
import { formatCount } from '../../domain/numbers';
import { StatCard } from '../../shared/ui/StatCard';

interface ImportPreviewProps {
  preview: BalancePreview;
  /** Totals per currency and the rates to enter (a file holding other currencies than EUR). */
  currencyTotals?: ReactNode;
  /** undefined while it is computed; null when the balance has no date yet. */
  claim: BalanceClaim | null | undefined;
}

export function ImportPreview({ preview, claim, currencyTotals }: ImportPreviewProps) {
  const { summary } = preview;
  const buckets = summary.buckets;
  const foreign = summary.currencies.some((c) => c.currency !== EUR);
  return (
    <>
      <SimpleGrid cols={{ base: 2, md: 4 }} mb="md">
        <StatCard label="Débiteurs" value={formatCount(summary.debtors)} />
        <StatCard label="Pièces" value={formatCount(summary.items)} />
        <StatCard label="Avoirs et règlements" value={formatCount(summary.creditNotes)} />
        <StatCard
          label={foreign ? 'Total importé (contre-valeur EUR)' : 'Total importé'}
          testId="Total importé"
          value={formatEuros(summary.totalCents)}
          hint={
            summary.unconvertedItems > 0
              ? `hors ${formatCount(summary.unconvertedItems)} pièce${summary.unconvertedItems > 1 ? 's' : ''} en devise sans taux`
              : undefined
          }
        />
      </SimpleGrid>
      <BalanceSource preview={preview} />
      {!(summary.currencies.length > 1 && preview.fileTotalCents === undefined) && (
        <Reconciliation summary={summary} fileTotal={preview.fileTotalCents} />
      )}
      {currencyTotals}
      {preview.asOfDate && <ClaimOfBalance claim={claim} />}
      <Paper withBorder p="sm" mb="md">
        <Text fw={600} size="sm" mb="xs">
          Répartition par ancienneté
        </Text>
        {buckets === null ? (
          <Text size="sm" c="dimmed" data-testid="aging-awaiting-date">
            L’ancienneté se calcule à la date d’arrêté de la balance : indiquez-la pour voir la
            répartition par tranche.
          </Text>
        ) : (
          <Table fz="sm" aria-label="Totaux par tranche">
            <Table.Thead>
              <Table.Tr>
                {BUCKET_KEYS.map((key) => (
                  <Table.Th key={key} ta="right">
                    {BUCKET_LABELS[key]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                {BUCKET_KEYS.map((key) => (
                  <Table.Td key={key} ta="right" data-testid={`bucket-${key}`}>
                    {formatEuros(buckets[key])}
                    {summary.approximate && summary.approximate[key] !== 0 && (
                      <Text size="xs" c="orange.8">
                        dont {formatEuros(summary.approximate[key])} d’ancienneté approximative
                      </Text>
                    )}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {summary.approximate && (
          <Text size="xs" c="dimmed" mt="xs" data-testid="approximate-aging">
            Les montants d’une tranche ouverte (« + 120 j », « Plus ancien ») ont une ancienneté
            exacte inconnue : ils sont comptés dans la plus jeune tranche possible et peuvent être
            plus anciens.
          </Text>
        )}
      </Paper>
      <Paper withBorder p="sm">
        <Text fw={600} size="sm" mb="xs">
          Aperçu des premières lignes
        </Text>
        <Table striped fz="sm" aria-label="Aperçu">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ligne</Table.Th>
              <Table.Th>Compte</Table.Th>
              <Table.Th>Pièce</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>Échéance</Table.Th>
              <Table.Th ta="right">Montant</Table.Th>
              <Table.Th ta="right">Reste dû</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sampleItems.map((item) => (
              <Table.Tr key={`${item.accountNo}-${item.number}-${item.sourceRow}`}>
                <Table.Td>{item.sourceRow}</Table.Td>
                <Table.Td>{item.accountNo}</Table.Td>
                <Table.Td>
                  {item.number}
                  {item.synthetic && (
                    <Badge ml={6} size="xs" variant="light">
                      tranche
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{formatDateFr(item.issueDate)}</Table.Td>
                <Table.Td>{formatDateFr(item.dueDate)}</Table.Td>
                <Table.Td ta="right">{formatMoney(item.amountCents, item.currency)}</Table.Td>
                <Table.Td ta="right">{formatMoney(item.openCents, item.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </>
  );
}

/** Which column gives the balance, and the rows left out because nothing is left to pay. */
function BalanceSource({ preview }: { preview: BalancePreview }) {
  const settled = preview.settled;
  const count = settled ? settled.nothingLeft + settled.paidStatus + settled.lettered : 0;
  if (!preview.balanceSource && count === 0) return null;
  const reasons = settled
    ? [
        settled.nothingLeft > 0 && `${formatCount(settled.nothingLeft)} sans reste à payer`,
        settled.paidStatus > 0 && `${formatCount(settled.paidStatus)} au statut payé`,
        settled.lettered > 0 && `${formatCount(settled.lettered)} lettrées`,
      ].filter(Boolean)
    : [];
  return (
    <Paper withBorder p="sm" mb="md" data-testid="balance-source">
      {preview.balanceSource && <Text size="sm">{preview.balanceSource}.</Text>}
      {count > 0 && (
        <Text size="sm" c="dimmed" data-testid="settled-rows">
          {count > 1
            ? `${formatCount(count)} lignes soldées ne sont pas importées`
            : '1 ligne soldée n’est pas importée'}{' '}
          ({reasons.join(', ')}).
        </Text>
      )}
    </Paper>
  );
}

function Reconciliation({ summary, fileTotal }: { summary: PreviewSummary; fileTotal?: Cents }) {
  if (summary.differenceCents === null || fileTotal === undefined) {
    return (
      <Alert color="gray" icon={<IconScale size={18} />} mb="md" title="Rapprochement">
        Le fichier n’a pas de ligne de total général : vérifiez le total importé avec votre ERP.
      </Alert>
    );
  }
  const balanced = summary.differenceCents === 0;
  // The file's single total is in the one currency of its items: compared in that currency.
  const only = summary.currencies.length === 1 ? summary.currencies[0] : undefined;
  const currency = only?.currency ?? EUR;
  const imported = only?.openCents ?? summary.totalCents;
  return (
    <Alert
      color={balanced ? 'teal' : 'orange'}
      icon={balanced ? <IconCircleCheck size={18} /> : <IconScale size={18} />}
      mb="md"
      title="Rapprochement avec le total du fichier"
      data-testid="reconciliation"
    >
      <Group gap="xl">
        <Text size="sm">Total du fichier : {formatMoney(fileTotal, currency)}</Text>
        <Text size="sm">Total importé : {formatMoney(imported, currency)}</Text>
        <Text size="sm" fw={600}>
          {balanced ? 'Écart : aucun' : `Écart : ${formatMoney(summary.differenceCents, currency)}`}
        </Text>
      </Group>
    </Alert>
  );
}

const CLAIM_FIGURES = [
  ['principalCents', 'Principal échu'],
  ['interestCents', 'Intérêts de retard'],
  ['indemnitiesCents', 'Indemnités forfaitaires'],
  ['creditsCents', 'Avoirs et règlements'],
  ['totalDueCents', 'Total exigible'],
] as const;

/** What the balance will be claimed for, as letters and dossiers will state it after import. */
function ClaimOfBalance({ claim }: { claim: BalanceClaim | null | undefined }) {
  if (claim === null) return null;
  return (
    <Paper withBorder p="sm" mb="md" data-testid="balance-claim">
      <Text fw={600} size="sm" mb="xs">
        {claim ? `Créance au ${formatDateFr(claim.asOf)}` : 'Créance à la date de la balance'}
      </Text>
      {claim === undefined ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            Calcul des intérêts et indemnités…
          </Text>
        </Group>
      ) : (
        <>
          <Table fz="sm" aria-label="Créance à la date de la balance">
            <Table.Thead>
              <Table.Tr>
                {CLAIM_FIGURES.map(([key, label]) => (
                  <Table.Th key={key} ta="right">
                    {label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              <Table.Tr>
                {CLAIM_FIGURES.map(([key]) => (
                  <Table.Td
                    key={key}
                    ta="right"
                    fw={key === 'totalDueCents' ? 600 : undefined}
                    data-testid={`claim-${key}`}
                  >
                    {formatEuros(claim[key])}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt="xs">
            Calculé comme dans les courriers et le dossier, avec les taux et réglages d’intérêts de
            Paramètres. Les règlements partiels dont le fichier ne donne pas la date sont comptés à
            l’échéance : aucun intérêt n’est réclamé sur ces sommes.
          </Text>
          {claim.otherCurrencies && (
            <Text size="xs" c="dimmed" mt={4} data-testid="claim-other-currencies">
              Pièces en euros seulement : les pièces en {claim.otherCurrencies.join(', ')} sont
              réclamées dans leur devise, débiteur par débiteur, jamais additionnées en euros.
            </Text>
          )}
          {claim.failedDebtors > 0 && (
            <Text size="xs" c="orange.8" mt={4}>
              {formatCount(claim.failedDebtors)} débiteur
              {claim.failedDebtors > 1 ? 's' : ''} sans calcul : {claim.firstError}
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}
