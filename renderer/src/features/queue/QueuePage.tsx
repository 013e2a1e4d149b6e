import { EmptyState } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LedgerGate } from '../onboarding';

export function QueuePage() {
  return (
    <>
      <PageHeader
        title="File d'actions"
        description="Appels, relances et courriers à traiter aujourd'hui."
      />
      <LedgerGate>
        <EmptyState
          mt="xl"
          variant="light"
          icon={<IconListCheck size={28} />}
          title="Aucune action à traiter"
          description="Les relances dues selon l'échelle de recouvrement apparaîtront ici."
        />
      </LedgerGate>
    </>
  );
}
