import { Divider, Stack, Text, Title } from '@mantine/core';
import { useInterestSettings, useRateBook, useUserRates } from '../../../../data/letterHooks';
import { PageLoader } from '../../../../shared/ui/PageLoader';
import { InterestSettingsForm } from './InterestSettingsForm';
import { RateTableEditor } from './RateTableEditor';

/** Paramètres › Taux: how interest is computed, and the rate tables with their sources. */
export function RatesSettings() {
  const interest = useInterestSettings();
  const book = useRateBook();
  const userRates = useUserRates();
  if (!interest || !book || !userRates) return <PageLoader />;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={4}>Calcul des intérêts de retard</Title>
        <Text size="sm" c="dimmed">
          Intérêts simples du lendemain de l’échéance à la date du calcul incluse, ligne par ligne
          (facture × période de taux) arrondie au centime.
        </Text>
      </Stack>
      <InterestSettingsForm key={JSON.stringify(interest)} initial={interest} rates={book} />
      <Divider />
      <Stack gap={4}>
        <Title order={4}>Taux par semestre</Title>
        <Text size="sm" c="dimmed">
          Ajoutez chaque nouveau semestre dès sa publication. Un taux « non confirmé » est une
          valeur provisoire : les courriers peuvent l’utiliser, pas les dossiers contentieux, tant
          que la valeur publiée et sa référence ne sont pas saisies.
        </Text>
      </Stack>
      <RateTableEditor book={book} userRates={userRates} />
    </Stack>
  );
}
