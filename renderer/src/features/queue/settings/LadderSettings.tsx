import { Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useLetterTemplates } from '../../../data/letterHooks';
import { collectionSettingsRepo } from '../../../data/repositories/collectionSettings';
import { DEFAULT_LADDER, type Ladder, ladderSchema } from '../../../domain/ladder';
import { centsFromNumber } from '../../../domain/money';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { type LadderFormValues, LadderStepFields } from './LadderStepFields';

function toForm(ladder: Ladder): LadderFormValues {
  return {
    ...ladder,
    steps: ladder.steps.map(({ minimumCents, templateId, ...step }) => ({
      ...step,
      minimumEuros: minimumCents / 100,
      templateId: templateId ?? null,
    })),
  };
}

function fromForm(values: LadderFormValues): Ladder {
  return {
    ...values,
    steps: values.steps.map(({ minimumEuros, templateId, ...step }) => ({
      ...step,
      minimumCents: typeof minimumEuros === 'number' ? centsFromNumber(minimumEuros) : 0,
      ...(templateId ? { templateId } : {}),
    })),
  };
}

function LadderForm({ initial }: { initial: Ladder }) {
  const templates = useLetterTemplates();
  const form = useForm<LadderFormValues>({ mode: 'controlled', initialValues: toForm(initial) });
  const templateChoices = (templates ?? []).map((t) => ({ value: t.id, label: t.name }));

  async function save(values: LadderFormValues) {
    const parsed = ladderSchema.safeParse(fromForm(values));
    if (!parsed.success) {
      notifications.show({
        color: 'red',
        title: 'Échelle incomplète',
        message: parsed.error.issues.map((i) => i.message).join(' ; '),
      });
      return;
    }
    await collectionSettingsRepo.saveLadder(parsed.data);
    form.resetDirty();
    notifications.show({
      color: 'teal',
      message: 'Échelle de relance enregistrée : la file d’actions est recalculée.',
    });
  }

  return (
    <form onSubmit={form.onSubmit(save)}>
      <Stack gap="md">
        <Paper withBorder p="md" maw={900}>
          <Title order={4}>Échelle de relance</Title>
          <Text size="sm" c="dimmed">
            Chaque étape tombe après son délai (depuis l’échéance la plus ancienne, la fin de son
            mois, ou l’étape précédente) et crée une action par canal. Une seule relance par
            débiteur regroupe toutes ses factures échues ; les factures en litige ou sous promesse
            en sont exclues. Sous le montant minimum, l’échelle s’arrête avant l’étape.
          </Text>
        </Paper>
        {form.values.steps.map((step, index) => (
          <LadderStepFields key={step.id} form={form} index={index} templates={templateChoices} />
        ))}
        <Button
          variant="light"
          w="fit-content"
          leftSection={<IconPlus size={16} />}
          onClick={() =>
            form.insertListItem('steps', {
              id: `etape-${Date.now().toString(36)}`,
              label: 'Nouvelle étape',
              delayDays: 90,
              from: 'due-date',
              channels: ['telephone'],
              templateId: null,
              minimumEuros: 0,
            })
          }
        >
          Ajouter une étape
        </Button>
        <Paper withBorder p="md" maw={900}>
          <Group gap="lg">
            <NumberInput
              label="Délai de grâce d’une promesse"
              description="jours après la date promise"
              suffix=" j"
              min={0}
              max={60}
              allowDecimal={false}
              w={260}
              {...form.getInputProps('promiseGraceDays')}
            />
            <NumberInput
              label="Écart minimum entre deux étapes"
              description="même pour un débiteur très en retard"
              suffix=" j"
              min={0}
              max={90}
              allowDecimal={false}
              w={260}
              {...form.getInputProps('minimumGapDays')}
            />
          </Group>
        </Paper>
        <Group>
          <Button type="submit">Enregistrer</Button>
          <Button variant="subtle" onClick={() => form.setValues(toForm(DEFAULT_LADDER))}>
            Revenir à l’échelle par défaut
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Paramètres → Relances. Loaded once, then edited (a live query would reset the form). */
export function LadderSettings() {
  const [ladder, setLadder] = useState<Ladder | null>(null);
  useEffect(() => {
    void collectionSettingsRepo.ladder().then(setLadder);
  }, []);
  return ladder ? <LadderForm initial={ladder} /> : <PageLoader />;
}
