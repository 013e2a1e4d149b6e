import {
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ladderOverridesRepo } from '../../data/repositories/ladderOverrides';
import type { Ladder } from '../../domain/ladder';
import type { Debtor, LadderOverrides } from '../../domain/model';

function OverridesForm({
  debtor,
  ladder,
  onDone,
}: {
  debtor: Debtor;
  ladder: Ladder;
  onDone: () => void;
}) {
  const initial = debtor.ladderOverrides ?? {};
  const [exclude, setExclude] = useState(initial.exclude === true);
  const [reason, setReason] = useState(initial.excludeReason ?? '');
  const [strategic, setStrategic] = useState(initial.strategic === true);
  const [delays, setDelays] = useState<Record<string, number | string>>({ ...initial.delays });

  async function save() {
    const custom = Object.fromEntries(
      Object.entries(delays).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number',
      ),
    );
    const overrides: LadderOverrides = {
      ...(exclude ? { exclude: true, excludeReason: reason.trim() } : {}),
      ...(strategic ? { strategic: true } : {}),
      ...(Object.keys(custom).length ? { delays: custom } : {}),
    };
    try {
      await ladderOverridesRepo.save(debtor.id, overrides);
      notifications.show({ color: 'teal', message: 'Règles de relance du débiteur enregistrées.' });
      onDone();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Enregistrement impossible',
        message: String(error),
      });
    }
  }

  return (
    <Stack gap="md">
      <Switch
        label="Exclure ce débiteur de l’échelle de relance"
        checked={exclude}
        onChange={(e) => setExclude(e.currentTarget.checked)}
      />
      {exclude && (
        <TextInput
          label="Motif"
          placeholder="Procédure collective, accord de la direction…"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      )}
      <Switch
        label="Compte stratégique : l’appeler avant tout courrier, en tête de file"
        checked={strategic}
        onChange={(e) => setStrategic(e.currentTarget.checked)}
      />
      <Text size="sm" fw={500}>
        Délais propres à ce débiteur (vide : délai de l’échelle)
      </Text>
      <SimpleGrid cols={2}>
        {ladder.steps.map((step) => (
          <NumberInput
            key={step.id}
            label={step.label}
            placeholder={`${step.delayDays} j`}
            suffix=" j"
            min={0}
            max={3650}
            allowDecimal={false}
            value={delays[step.id] ?? ''}
            onChange={(value) => setDelays({ ...delays, [step.id]: value })}
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Annuler
        </Button>
        <Button onClick={() => void save()}>Enregistrer</Button>
      </Group>
    </Stack>
  );
}

export function openLadderOverrides(debtor: Debtor, ladder: Ladder) {
  const id = modals.open({
    title: `Règles de relance — ${debtor.name}`,
    size: 'lg',
    children: <OverridesForm debtor={debtor} ladder={ladder} onDone={() => modals.close(id)} />,
  });
}
