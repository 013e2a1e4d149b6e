import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { letterSettingsRepo } from '../../../../data/repositories/letterSettings';
import {
  formatRateFr,
  type RateBook,
  type RateTableId,
  ratesOf,
  type UserRate,
  upsertUserRate,
  validateUserRate,
} from '../../../../domain/rates';
import { type SemesterId, semesterLabelFr } from '../../../../domain/semesters';

const TABLES: { value: RateTableId; label: string }[] = [
  { value: 'l441-10', label: 'BCE + 10 points' },
  { value: 'taux-legal-autres', label: 'Taux légal (professionnels)' },
  { value: 'taux-legal-particulier', label: 'Taux légal (particuliers)' },
];

/** The semester rates of one table; the user adds a semester or confirms a default. */
export function RateTableEditor({ book, userRates }: { book: RateBook; userRates: UserRate[] }) {
  const [table, setTable] = useState<RateTableId>('l441-10');
  const [semester, setSemester] = useState('');
  const [rate, setRate] = useState<number | ''>('');
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const rows = ratesOf(book, table).reverse();

  const add = async () => {
    const result = validateUserRate({
      table,
      semester: semester.trim(),
      ratePercent: rate === '' ? Number.NaN : rate,
      verified: true,
      source: source.trim(),
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    await letterSettingsRepo.saveUserRates(upsertUserRate(userRates, result.rate));
    setErrors([]);
    setSemester('');
    setRate('');
    setSource('');
    notifications.show({
      color: 'teal',
      message: `Taux du ${semesterLabelFr(result.rate.semester)} enregistré.`,
    });
  };
  const remove = (s: SemesterId) =>
    letterSettingsRepo.saveUserRates(
      userRates.filter((r) => !(r.table === table && r.semester === s)),
    );
  const edit = (s: SemesterId, percent: number, from: string) => {
    setSemester(s);
    setRate(percent);
    setSource(from);
  };

  return (
    <Stack gap="sm">
      <SegmentedControl data={TABLES} value={table} onChange={(v) => setTable(v as RateTableId)} />
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Semestre"
          placeholder="2027-S1"
          value={semester}
          onChange={(e) => setSemester(e.currentTarget.value)}
          w={120}
        />
        <NumberInput
          label="Taux (%)"
          decimalSeparator=","
          decimalScale={3}
          value={rate}
          onChange={(v) => setRate(v === '' ? '' : Number(v))}
          w={120}
        />
        <TextInput
          label="Source"
          placeholder="Avis publié au Journal officiel du …"
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          style={{ flex: 1 }}
          miw={240}
        />
        <Button onClick={() => void add()}>Ajouter ou remplacer</Button>
      </Group>
      {errors.length > 0 ? (
        <Text c="red" size="sm">
          {errors.join(' ')}
        </Text>
      ) : null}
      <Table striped verticalSpacing={4} fz="sm" aria-label="Taux par semestre">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Semestre</Table.Th>
            <Table.Th ta="right">Taux</Table.Th>
            <Table.Th>Source</Table.Th>
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
                    <Badge color="orange" size="xs" style={{ flexShrink: 0 }}>
                      À confirmer
                    </Badge>
                  ) : null}
                  {r.origin === 'user' ? (
                    <Badge color="blue" size="xs" style={{ flexShrink: 0 }}>
                      Saisi
                    </Badge>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {r.source}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => edit(r.semester, r.ratePercent, r.source)}
                  >
                    {r.verified ? 'Modifier' : 'Confirmer'}
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
