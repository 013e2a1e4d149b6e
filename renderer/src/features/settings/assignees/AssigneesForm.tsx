import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { portfolioSettingsRepo } from '../../../data/repositories/portfolioSettings';
import {
  type BucketBoundaries,
  bucketLabels,
  DEFAULT_BUCKET_BOUNDARIES,
  parseBucketBoundaries,
  validateBucketBoundaries,
} from '../../../domain/aging';

interface Values {
  names: string[];
  boundaries: [number | string, number | string, number | string, number | string];
}

const BOUNDARY_LABELS = [
  'Fin de la 1re tranche',
  'Fin de la 2e tranche',
  'Fin de la 3e tranche',
  'Fin de la 4e tranche',
];

function asBoundaries(values: Values['boundaries']): number[] {
  return values.map((v) => (typeof v === 'number' ? v : Number.NaN));
}

export function AssigneesForm({
  names,
  boundaries,
}: {
  names: string[];
  boundaries: BucketBoundaries;
}) {
  const [saving, setSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { names, boundaries: [...boundaries] },
    validate: {
      names: (list) =>
        new Set(list.map((n) => n.trim().toLocaleLowerCase('fr'))).size === list.length
          ? null
          : 'Chaque nom ne doit apparaître qu’une fois',
      boundaries: (values) => validateBucketBoundaries(asBoundaries(values)),
    },
  });
  const valid = parseBucketBoundaries(asBoundaries(form.values.boundaries));
  const preview = valid ? bucketLabels(valid) : null;

  async function save(values: Values) {
    setSaving(true);
    try {
      const [b1, b2, b3, b4] = asBoundaries(values.boundaries);
      await portfolioSettingsRepo.saveAssignees({ names: values.names.map((n) => n.trim()) });
      await portfolioSettingsRepo.saveAging({
        boundaries: [b1 ?? 30, b2 ?? 60, b3 ?? 90, b4 ?? 180],
      });
      form.resetDirty();
      notifications.show({ color: 'teal', message: 'Gestionnaires et tranches enregistrés.' });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Enregistrement impossible',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit(save)}>
      <Stack gap="md" maw={760}>
        <Paper withBorder p="md">
          <Title order={4}>Gestionnaires de comptes</Title>
          <Text size="sm" c="dimmed" mb="sm">
            Les personnes du service à qui les débiteurs sont attribués (fiche débiteur, attribution
            en masse depuis la liste).
          </Text>
          <TagsInput
            label="Noms"
            placeholder="Tapez un nom puis Entrée"
            clearable
            {...form.getInputProps('names')}
          />
        </Paper>
        <Paper withBorder p="md">
          <Title order={4}>Tranches de la balance âgée</Title>
          <Text size="sm" c="dimmed" mb="sm">
            Jours de retard qui bornent chaque tranche. Les imports passés gardent les tranches en
            vigueur au moment de l’import.
          </Text>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {BOUNDARY_LABELS.map((label, index) => (
              <NumberInput
                key={label}
                label={label}
                suffix=" j"
                min={1}
                max={3650}
                allowDecimal={false}
                {...form.getInputProps(`boundaries.${index}`)}
              />
            ))}
          </SimpleGrid>
          {form.errors.boundaries && (
            <Text size="sm" c="red" mt="xs">
              {form.errors.boundaries}
            </Text>
          )}
          {preview && (
            <Text size="sm" mt="xs">
              Tranches : {Object.values(preview).join(' · ')}
            </Text>
          )}
          <Button
            variant="subtle"
            size="xs"
            mt="xs"
            onClick={() => form.setFieldValue('boundaries', [...DEFAULT_BUCKET_BOUNDARIES])}
          >
            Rétablir 30 / 60 / 90 / 180 jours
          </Button>
        </Paper>
        <Group>
          <Button type="submit" loading={saving}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
