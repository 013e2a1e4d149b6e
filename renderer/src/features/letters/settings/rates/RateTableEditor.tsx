import {
  ActionIcon,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { letterSettingsRepo } from '../../../../data/repositories/letterSettings';
import {
  formatRateFr,
  type RateBook,
  type RateTableId,
  ratesOf,
  type UserRate,
} from '../../../../domain/rates';
import { type SemesterId, semesterLabelFr } from '../../../../domain/semesters';
import { RateConfirmForm } from './RateConfirmForm';

const TABLES: { value: RateTableId; label: string }[] = [
  { value: 'l441-10', label: 'BCE + 10 points' },
  { value: 'taux-legal-autres', label: 'Taux légal (professionnels)' },
  { value: 'taux-legal-particulier', label: 'Taux légal (particuliers)' },
];

const WHAT_TO_ENTER: Record<RateTableId, string> = {
  'l441-10':
    'Saisissez le taux des opérations principales de refinancement de la BCE en vigueur au ' +
    '1ᵉʳ janvier (1ᵉʳ semestre) ou au 1ᵉʳ juillet (2ᵉ semestre), et la date de la décision du ' +
    'Conseil des gouverneurs qui l’a fixé.',
  'taux-legal-autres':
    'Saisissez le taux publié pour « tous les autres cas », la date de l’arrêté et celle du ' +
    'Journal officiel qui l’a publié.',
  'taux-legal-particulier':
    'Saisissez le taux publié pour les créanciers personnes physiques n’agissant pas pour des ' +
    'besoins professionnels, la date de l’arrêté et celle du Journal officiel qui l’a publié.',
};

/**
 * The semester rates of one table. A « non confirmé » row is a provisional value: letters may use
 * it, court documents may not. The user confirms a semester with the published value and its
 * reference, which the table shows.
 */
export function RateTableEditor({ book, userRates }: { book: RateBook; userRates: UserRate[] }) {
  const [table, setTable] = useState<RateTableId>('l441-10');
  const [semester, setSemester] = useState('');
  const rows = ratesOf(book, table).reverse();

  const remove = (s: SemesterId) =>
    letterSettingsRepo.saveUserRates(
      userRates.filter((r) => !(r.table === table && r.semester === s)),
    );

  return (
    <Stack gap="sm">
      <SegmentedControl
        data={TABLES}
        value={table}
        onChange={(v) => {
          setTable(v as RateTableId);
          setSemester('');
        }}
      />
      <Text size="sm">{WHAT_TO_ENTER[table]}</Text>
      <RateConfirmForm key={`${table} ${semester}`} table={table} semester={semester} />
      <Table striped verticalSpacing={4} fz="sm" aria-label="Taux par semestre">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Semestre</Table.Th>
            <Table.Th ta="right">Taux</Table.Th>
            <Table.Th>Source et référence</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.semester}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{semesterLabelFr(r.semester)}</Table.Td>
              <Table.Td ta="right">{formatRateFr(r.milliPercent)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  {!r.verified ? (
                    <Badge color="red.9" size="xs" style={{ flexShrink: 0 }}>
                      Non confirmé
                    </Badge>
                  ) : null}
                  {r.origin === 'user' ? (
                    <Badge color="blue.9" size="xs" style={{ flexShrink: 0 }}>
                      Saisi
                    </Badge>
                  ) : null}
                  <Stack gap={0}>
                    <Text size="xs" c="dimmed">
                      {r.source}
                    </Text>
                    {r.reference ? <Text size="xs">Référence : {r.reference}</Text> : null}
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={`${r.verified ? 'Corriger' : 'Confirmer'} le ${semesterLabelFr(r.semester)}`}
                    onClick={() => setSemester(r.semester)}
                  >
                    {r.verified ? 'Corriger' : 'Confirmer'}
                  </Button>
                  {r.origin === 'user' ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Supprimer ${r.semester}`}
                      onClick={() => void remove(r.semester)}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
