import { Anchor, Badge, Button, EmptyState, ScrollArea, Table, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../app/paths';
import { useDebtorChoices, useSentLetters } from '../../../data/letterHooks';
import { formatDateFr } from '../../../domain/dates';
import { SEND_METHOD_LABELS } from '../../../domain/letters';
import type { Letter } from '../../../domain/model';
import { formatEuros } from '../../../domain/money';
import { plural } from '../../../domain/numbers';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { StoredLetterModal } from './StoredLetterModal';
import { TrackingNumberInput } from './TrackingNumberInput';

/** Every letter sent, most recent first, each reopening the exact PDF kept. */
export function SentLetters() {
  const letters = useSentLetters();
  const debtors = useDebtorChoices();
  const names = useMemo(() => new Map((debtors ?? []).map((d) => [d.id, d.name])), [debtors]);
  const [open, setOpen] = useState<Letter | null>(null);
  if (!letters) return <PageLoader />;
  if (letters.length === 0) {
    return (
      <EmptyState
        mt="xl"
        variant="light"
        icon={<IconMail size={28} />}
        title="Aucun courrier envoyé"
        description="Les courriers générés sont conservés ici tels qu’envoyés."
      />
    );
  }
  return (
    <>
      <ScrollArea type="auto">
        <Table striped highlightOnHover verticalSpacing={6} aria-label="Courriers envoyés">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>Débiteur</Table.Th>
              <Table.Th>Courrier</Table.Th>
              <Table.Th>Envoi</Table.Th>
              <Table.Th w={200}>N° de suivi</Table.Th>
              <Table.Th ta="right">Montant réclamé</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {letters.map((letter) => (
              <Table.Tr key={letter.id}>
                <Table.Td>{formatDateFr(letter.date)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={paths.debtor(letter.debtorId)} size="sm">
                    {names.get(letter.debtorId) ?? 'Débiteur supprimé'}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{letter.templateName ?? letter.template}</Text>
                  <Text size="xs" c="dimmed">
                    {plural(letter.invoiceIds.length, 'pièce')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={letter.sendMethod === 'lrar' ? 'indigo' : 'gray'}>
                    {SEND_METHOD_LABELS[letter.sendMethod]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <TrackingNumberInput letter={letter} />
                </Table.Td>
                <Table.Td ta="right">
                  {letter.amounts ? formatEuros(letter.amounts.totalCents) : '—'}
                </Table.Td>
                <Table.Td>
                  <Button size="xs" variant="subtle" onClick={() => setOpen(letter)}>
                    Ouvrir
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {open ? (
        <StoredLetterModal
          letter={open}
          debtorName={names.get(open.debtorId) ?? ''}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
