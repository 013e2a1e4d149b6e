import { EmptyState } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LedgerGate } from '../onboarding';

export function LettersPage() {
  return (
    <>
      <PageHeader
        title="Courriers"
        description="Relances, mises en demeure et relevés de compte."
      />
      <LedgerGate>
        <EmptyState
          mt="xl"
          variant="light"
          icon={<IconMail size={28} />}
          title="Aucun courrier envoyé"
          description="Les courriers générés sont conservés ici tels qu'envoyés."
        />
      </LedgerGate>
    </>
  );
}
