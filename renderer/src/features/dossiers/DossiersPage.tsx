import { Anchor, EmptyState, Table, Text } from '@mantine/core';
import { IconFolders } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useCaseSummaries } from '../../data/dossierHooks';
import { caseStepLabel } from '../../domain/caseStages';
import { formatInstantFr } from '../../domain/dates';
import { PROCEDURE_LABELS } from '../../domain/dossier';
import { formatEuros } from '../../domain/money';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { LedgerGate } from '../onboarding';

/** Every dossier contentieux, newest first, each opening its preparation and export screen. */
export function DossiersPage() {
  const cases = useCaseSummaries();
  return (
    <>
      <PageHeader title="Dossiers" description="Dossiers contentieux et export pour le tribunal." />
      <LedgerGate>
        {cases === undefined ? (
          <PageLoader />
        ) : cases.length === 0 ? (
          <EmptyState
            mt="xl"
            variant="light"
            icon={<IconFolders size={28} />}
            title="Aucun dossier contentieux"
            description="Quand le recouvrement amiable échoue, ouvrez un dossier depuis la fiche du débiteur."
          />
        ) : (
          <Table striped highlightOnHover aria-label="Dossiers contentieux">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Débiteur</Table.Th>
                <Table.Th>Ouvert le</Table.Th>
                <Table.Th>Stade</Table.Th>
                <Table.Th>Procédure</Table.Th>
                <Table.Th>Juridiction</Table.Th>
                <Table.Th ta="right">Restant dû</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map(({ caseRecord, debtorName, openCents }) => (
                <Table.Tr key={caseRecord.id}>
                  <Table.Td>
                    <Anchor component={Link} to={paths.case(caseRecord.id)}>
                      {debtorName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatInstantFr(caseRecord.openedAt)}</Table.Td>
                  <Table.Td>{caseStepLabel(caseRecord)}</Table.Td>
                  <Table.Td>{PROCEDURE_LABELS[caseRecord.procedure]}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={caseRecord.court ? undefined : 'dimmed'}>
                      {caseRecord.court ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatEuros(openCents)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </LedgerGate>
    </>
  );
}
