import { Paper, Table, Text } from '@mantine/core';
import { formatMoney, formatRateText } from '../../domain/currency';
import type { ImportCurrencyTotal, ImportRecord } from '../../domain/model';
import { ZERO_CENTS } from '../../domain/money';
import { CurrencyHead, CurrencyRow } from './CurrencyRow';

const SOURCE: Record<ImportCurrencyTotal['eurSource'], string> = {
  eur: '—',
  file: 'colonne de contre-valeur du fichier',
  rate: 'taux saisi',
  'file-and-rate': 'colonne du fichier et taux saisi',
};

/** What an import brought per currency, and the EUR equivalent it kept (column or rate). */
export function ImportCurrencies({ record }: { record: ImportRecord }) {
  const list = record.currencies ?? [];
  const gaps = list.filter((c) => c.gapCents !== undefined && c.gapCents !== 0);
  return (
    <Paper withBorder p="sm" mb="md" data-testid="import-currencies">
      <Text fw={600} size="sm" mb="xs">
        Totaux par devise
      </Text>
      <Table fz="sm" aria-label="Totaux importés par devise">
        <CurrencyHead>
          <Table.Th>Contre-valeur</Table.Th>
          <Table.Th ta="right">En euros</Table.Th>
        </CurrencyHead>
        <Table.Tbody>
          {list.map((c) => (
            <CurrencyRow key={c.currency} figures={c} testId={`imported-${c.currency}`}>
              <Table.Td>
                {SOURCE[c.eurSource]}
                {c.rateText && ` : 1 ${c.currency} = ${formatRateText(c.rateText)} EUR`}
              </Table.Td>
              <Table.Td ta="right">{formatMoney(c.eurCents)}</Table.Td>
            </CurrencyRow>
          ))}
        </Table.Tbody>
      </Table>
      {gaps.length > 0 && (
        <Text size="sm" c="orange.8" mt="xs" data-testid="import-currency-gap">
          Importé malgré un écart de{' '}
          {gaps.map((c) => formatMoney(c.gapCents ?? ZERO_CENTS, c.currency)).join(' et ')} avec les
          lignes de total du fichier{'\u00a0'}: « {record.gapReason} »
        </Text>
      )}
    </Paper>
  );
}
