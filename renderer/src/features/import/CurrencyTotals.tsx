import { Alert, Paper, Table, Text, TextInput } from '@mantine/core';
import { IconCurrencyEuro } from '@tabler/icons-react';
import { EUR, formatMoney, formatRateText, parseEurRate } from '../../domain/currency';
import type { CurrencySummary } from '../../domain/import/currencyTotals';
import { missingRates, missingRatesSentence } from '../../domain/import/currencyTotals';
import { CurrencyHead, CurrencyRow } from './CurrencyRow';

interface CurrencyTotalsProps {
  currencies: readonly CurrencySummary[];
  /** The rates typed so far, by currency (text as typed). */
  rates: Readonly<Record<string, string>>;
  onRateChange: (currency: string, text: string) => void;
}

/** Why the import cannot go ahead yet for want of rates, or null. */
export function ratesBlocker(
  currencies: readonly CurrencySummary[],
  rates: Readonly<Record<string, string>>,
): string | null {
  for (const c of currencies) {
    const typed = rates[c.currency];
    if (c.needRateItems > 0 && typed !== undefined && typed.trim() !== '') {
      const parsed = parseEurRate(typed, c.currency);
      if (!parsed.ok) return parsed.message;
    }
  }
  const missing = missingRates(
    currencies.map((c) => {
      const typed = rates[c.currency];
      const parsed = typed ? parseEurRate(typed, c.currency) : null;
      return parsed?.ok ? { ...c, rateText: parsed.text } : { ...c, rateText: undefined };
    }),
  );
  return missing.length > 0 ? missingRatesSentence(missing) : null;
}

function sourceText(c: CurrencySummary): string {
  if (c.currency === EUR) return '—';
  if (c.needRateItems === 0) return 'colonne de contre-valeur du fichier';
  if (c.eurFromFileItems > 0) return 'colonne du fichier et taux saisi';
  return 'taux saisi';
}

/**
 * Totals per currency (never added together), each reconciled with its own total row, and its
 * EUR equivalent: the file's counter-value column, or the rate typed here for this import.
 */
export function CurrencyTotals({ currencies, rates, onRateChange }: CurrencyTotalsProps) {
  if (!currencies.some((c) => c.currency !== EUR)) return null;
  const blocker = ratesBlocker(currencies, rates);
  return (
    <Paper withBorder p="sm" mb="md" data-testid="currency-totals">
      <Text fw={600} size="sm" mb="xs">
        Totaux par devise
      </Text>
      <Table fz="sm" aria-label="Totaux par devise">
        <CurrencyHead>
          <Table.Th ta="right">Écart</Table.Th>
          <Table.Th>Taux de conversion</Table.Th>
          <Table.Th ta="right">Contre-valeur EUR</Table.Th>
        </CurrencyHead>
        <Table.Tbody>
          {currencies.map((c) => (
            <CurrencyRow key={c.currency} figures={c} testId={`currency-${c.currency}`}>
              <Table.Td
                ta="right"
                c={c.differenceCents ? 'orange.8' : undefined}
                data-testid={`currency-${c.currency}-gap`}
              >
                {c.differenceCents === undefined
                  ? '—'
                  : c.differenceCents === 0
                    ? 'aucun'
                    : formatMoney(c.differenceCents, c.currency)}
              </Table.Td>
              <Table.Td>
                {c.needRateItems > 0 ? (
                  <TextInput
                    size="xs"
                    w={170}
                    leftSection={<Text size="xs">1 {c.currency} =</Text>}
                    leftSectionWidth={58}
                    rightSection={<Text size="xs">EUR</Text>}
                    aria-label={`Taux : 1 ${c.currency} = … EUR`}
                    placeholder="1,0000"
                    value={rates[c.currency] ?? ''}
                    onChange={(event) => onRateChange(c.currency, event.currentTarget.value)}
                  />
                ) : (
                  <Text size="xs" c="dimmed">
                    {sourceText(c)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" data-testid={`currency-${c.currency}-eur`}>
                {c.eurCents === null ? '—' : formatMoney(c.eurCents)}
                {c.rateText && (
                  <Text size="xs" c="dimmed">
                    au taux de {formatRateText(c.rateText)}
                  </Text>
                )}
              </Table.Td>
            </CurrencyRow>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        Chaque pièce garde sa devise. Les montants de devises différentes ne sont jamais additionnés
        : seules leurs contre-valeurs en euros le sont (tableau de bord, ancienneté), calculées
        pièce par pièce.
      </Text>
      {blocker && (
        <Alert
          color="red"
          icon={<IconCurrencyEuro size={18} />}
          mt="xs"
          p="xs"
          data-testid="rates-blocker"
        >
          {blocker}
        </Alert>
      )}
    </Paper>
  );
}
