import { EmptyState } from '@mantine/core';
import { IconFolders } from '@tabler/icons-react';
import { PageHeader } from '../../shared/ui/PageHeader';
import { LedgerGate } from '../onboarding';

export function DossiersPage() {
  return (
    <>
      <PageHeader title="Dossiers" description="Dossiers contentieux et export pour le tribunal." />
      <LedgerGate>
        <EmptyState
          mt="xl"
          variant="light"
          icon={<IconFolders size={28} />}
          title="Aucun dossier contentieux"
          description="Quand le recouvrement amiable échoue, ouvrez un dossier depuis la fiche du débiteur."
        />
      </LedgerGate>
    </>
  );
}
