import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconPercentage } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { UnconfirmedRate } from '../../domain/decompte';
import { formatRateFr, rateTableNameFr } from '../../domain/rates';
import { semesterLabelFr } from '../../domain/semesters';

/** Paramètres, « Taux » tab (SettingsPage reads `onglet`). */

/** The rates of several letters, once each. */
export function distinctRates(lists: readonly (readonly UnconfirmedRate[])[]): UnconfirmedRate[] {
  const byKey = new Map<string, UnconfirmedRate>();
  for (const rate of lists.flat()) byKey.set(`${rate.table} ${rate.semester}`, rate);
  return [...byKey.values()].sort((a, b) =>
    `${a.semester} ${a.table}`.localeCompare(`${b.semester} ${b.table}`),
  );
}

/**
 * On screen only: letters computed with a provisional rate may go, the PDF says nothing of it,
 * and this says which value was used and where to confirm it.
 */
export function UnconfirmedRatesAlert({
  rates,
  letterCount,
}: {
  rates: readonly UnconfirmedRate[];
  /** In a batch, how many letters use one of these rates. */
  letterCount?: number;
}) {
  if (rates.length === 0) return null;
  return (
    <Alert color="yellow" title="Taux non confirmé" data-testid="unconfirmed-rates">
      <Stack gap="xs">
        <Text size="sm">
          {letterCount === undefined
            ? 'Ce courrier est calculé avec une valeur provisoire :'
            : `${letterCount} courrier${letterCount > 1 ? 's sont calculés' : ' est calculé'} avec une valeur provisoire :`}
        </Text>
        <List size="sm">
          {rates.map((rate) => (
            <List.Item key={`${rate.table} ${rate.semester}`}>
              {rateTableNameFr(rate.table)} du {semesterLabelFr(rate.semester)} :{' '}
              {formatRateFr(rate.milliPercent)}
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          Un courrier peut partir avec cette valeur ; un dossier contentieux ne pourra être produit
          qu’une fois le taux confirmé par sa valeur publiée et sa référence.
        </Text>
        <Button
          component={Link}
          to={paths.settings('taux')}
          variant="light"
          size="xs"
          leftSection={<IconPercentage size={14} />}
          style={{ alignSelf: 'flex-start' }}
        >
          Confirmer dans Paramètres › Taux
        </Button>
      </Stack>
    </Alert>
  );
}
