import {
  ActionIcon,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import {
  CHANNEL_LABELS,
  CHANNELS,
  DELAY_BASE_LABELS,
  DELAY_BASES,
  type Ladder,
} from '../../../domain/ladder';

export interface LadderFormValues extends Omit<Ladder, 'steps'> {
  /** Minimum amounts in euros while editing; cents when saved. */
  steps: (Omit<Ladder['steps'][number], 'minimumCents' | 'templateId'> & {
    minimumEuros: number | string;
    templateId: string | null;
  })[];
}

const NO_TEMPLATE = { value: '', label: 'Aucun courrier' };

/** One step of the ladder: name, delay and its base, channels, letter, minimum amount. */
export function LadderStepFields({
  form,
  index,
  templates,
}: {
  form: UseFormReturnType<LadderFormValues>;
  index: number;
  templates: readonly { value: string; label: string }[];
}) {
  const count = form.values.steps.length;
  const path = `steps.${index}`;
  return (
    <Paper withBorder p="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput label={`Étape ${index + 1}`} w={190} {...form.getInputProps(`${path}.label`)} />
        <NumberInput
          label="Délai"
          suffix=" j"
          min={0}
          max={3650}
          allowDecimal={false}
          w={90}
          {...form.getInputProps(`${path}.delayDays`)}
        />
        <Select
          label="Compté"
          w={250}
          allowDeselect={false}
          data={DELAY_BASES.map((b) => ({ value: b, label: DELAY_BASE_LABELS[b] }))}
          {...form.getInputProps(`${path}.from`)}
        />
        <MultiSelect
          label="Canaux"
          w={280}
          data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
          {...form.getInputProps(`${path}.channels`)}
        />
        <Select
          label="Courrier"
          w={220}
          data={[NO_TEMPLATE, ...templates]}
          value={form.values.steps[index]?.templateId ?? ''}
          onChange={(value) => form.setFieldValue(`${path}.templateId`, value || null)}
        />
        <NumberInput
          label="Montant minimum"
          suffix=" €"
          min={0}
          decimalScale={2}
          decimalSeparator=","
          thousandSeparator=" "
          w={150}
          {...form.getInputProps(`${path}.minimumEuros`)}
        />
        <Group gap={2} mb={4}>
          <ActionIcon
            variant="subtle"
            disabled={index === 0}
            onClick={() => form.reorderListItem('steps', { from: index, to: index - 1 })}
            aria-label="Monter l’étape"
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            disabled={index === count - 1}
            onClick={() => form.reorderListItem('steps', { from: index, to: index + 1 })}
            aria-label="Descendre l’étape"
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            disabled={count <= 1}
            onClick={() => form.removeListItem('steps', index)}
            aria-label="Supprimer l’étape"
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Group>
    </Paper>
  );
}
