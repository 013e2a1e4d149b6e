import { Badge, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../../data/db';
import { formatCount } from '../../domain/numbers';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { EmptyLedger } from '../onboarding';

const PAGE_SIZE = 100;

export function DebtorsPage() {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [count, first] = await Promise.all([
      db.debtors.count(),
      db.debtors.orderBy('name').limit(PAGE_SIZE).toArray(),
    ]);
    return { count, first };
  });
  if (!data) return <PageLoader />;
  return (
    <>
      <PageHeader
        title="Débiteurs"
        description={data.count > 0 ? `${formatCount(data.count)} débiteurs` : undefined}
      />
      {data.count === 0 ? (
        <EmptyLedger />
      ) : (
        <Table striped highlightOnHover stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Compte</Table.Th>
              <Table.Th>Raison sociale</Table.Th>
              <Table.Th>SIREN</Table.Th>
              <Table.Th>Ville</Table.Th>
              <Table.Th>Gestionnaire</Table.Th>
              <Table.Th>Étiquettes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.first.map((debtor) => (
              <Table.Tr key={debtor.id}>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {debtor.accountNo}
                  </Text>
                </Table.Td>
                <Table.Td>{debtor.name}</Table.Td>
                <Table.Td>{debtor.siren}</Table.Td>
                <Table.Td>{debtor.city}</Table.Td>
                <Table.Td>{debtor.assignee}</Table.Td>
                <Table.Td>
                  {debtor.tags.map((tag) => (
                    <Badge key={tag} variant="light" mr={4}>
                      {tag}
                    </Badge>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
