import { Button, EmptyState, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport, IconFileSpreadsheet, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { formatCount } from '../../domain/numbers';

/** What every ledger page shows before the first import: two ways to get started. */
export function EmptyLedger() {
  const navigate = useNavigate();
  const [loading, setLoading] = useState(false);

  async function loadDemo() {
    setLoading(true);
    try {
      // Lazy: the generator and its name pools stay out of the main bundle.
      const { loadDemoData } = await import('../../demo');
      const result = await loadDemoData();
      notifications.show({
        color: 'teal',
        title: 'Données de démonstration chargées',
        message: `${formatCount(result.debtors)} débiteurs et ${formatCount(result.invoices)} pièces ouvertes.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Chargement impossible',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setLoading(false);
    }
  }

  return (
    <EmptyState
      mt="xl"
      size="lg"
      variant="light"
      icon={<IconDatabaseImport size={32} />}
      title="Aucune balance importée"
      description="Importez la balance âgée exportée de votre ERP (Excel ou CSV) pour voir où l’argent est bloqué, ou essayez Recouvra avec un portefeuille fictif."
    >
      <EmptyState.Actions>
        <Group justify="center">
          <Button
            leftSection={<IconFileSpreadsheet size={18} />}
            onClick={() => navigate(paths.import())}
          >
            Importer un fichier Excel
          </Button>
          <Button
            variant="default"
            leftSection={<IconSparkles size={18} />}
            loading={loading}
            onClick={loadDemo}
          >
            Charger des données de démonstration
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
