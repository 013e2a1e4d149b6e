import {
  Alert,
  Button,
  Code,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { collectionSettingsRepo } from '../../../data/repositories/collectionSettings';
import {
  type CallScript,
  callScriptSchema,
  DEFAULT_CALL_SCRIPT,
  PLACEHOLDERS,
  SCRIPT_BRANCH_IDS,
  unknownPlaceholders,
} from '../../../domain/callScripts';
import { PageLoader } from '../../../shared/ui/PageLoader';

function ScriptForm({ initial }: { initial: CallScript }) {
  const form = useForm<CallScript>({ mode: 'controlled', initialValues: initial });
  const unknown = [
    ...new Set(
      [
        ...form.values.steps.map((s) => s.text),
        ...SCRIPT_BRANCH_IDS.map((id) => form.values.branches[id].text),
        form.values.closing,
      ].flatMap(unknownPlaceholders),
    ),
  ];
  async function save(values: CallScript) {
    const parsed = callScriptSchema.safeParse(values);
    if (!parsed.success) {
      notifications.show({
        color: 'red',
        title: 'Script incomplet',
        message: parsed.error.issues.map((i) => i.message).join(' ; '),
      });
      return;
    }
    await collectionSettingsRepo.saveCallScript(parsed.data);
    form.resetDirty(parsed.data);
    notifications.show({ color: 'teal', message: 'Script d’appel enregistré.' });
  }
  return (
    <form onSubmit={form.onSubmit(save)}>
      <Stack gap="md" maw={900}>
        <Paper withBorder p="md">
          <Title order={4}>Variables</Title>
          <Text size="sm" c="dimmed" mb="xs">
            Écrivez-les entre doubles accolades ; elles sont remplacées pendant l’appel.
          </Text>
          <Group gap="xs">
            {Object.entries(PLACEHOLDERS).map(([name, help]) => (
              <Text key={name} size="xs">
                <Code>{`{{${name}}}`}</Code> {help}
              </Text>
            ))}
          </Group>
          {unknown.length > 0 && (
            <Alert color="orange" mt="sm" variant="light">
              Variables inconnues : {unknown.map((n) => `{{${n}}}`).join(', ')}
            </Alert>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Étapes de l’appel
          </Title>
          <Stack gap="sm">
            {form.values.steps.map((_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps have no identity besides their place
              <Group key={index} align="flex-start" wrap="nowrap">
                <Stack gap={4} style={{ flex: 1 }}>
                  <TextInput
                    label={`Étape ${index + 1}`}
                    {...form.getInputProps(`steps.${index}.title`)}
                  />
                  <Textarea
                    autosize
                    minRows={2}
                    aria-label={`Texte de l’étape ${index + 1}`}
                    {...form.getInputProps(`steps.${index}.text`)}
                  />
                </Stack>
                <Button
                  variant="subtle"
                  color="red"
                  mt={24}
                  disabled={form.values.steps.length <= 1}
                  onClick={() => form.removeListItem('steps', index)}
                  aria-label={`Supprimer l’étape ${index + 1}`}
                >
                  <IconTrash size={16} />
                </Button>
              </Group>
            ))}
            <Button
              variant="light"
              leftSection={<IconPlus size={16} />}
              w="fit-content"
              onClick={() => form.insertListItem('steps', { title: 'Nouvelle étape', text: '…' })}
            >
              Ajouter une étape
            </Button>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Réponses du débiteur
          </Title>
          <Stack gap="sm">
            {SCRIPT_BRANCH_IDS.map((id) => (
              <Stack key={id} gap={4}>
                <TextInput label="Réponse" {...form.getInputProps(`branches.${id}.label`)} />
                <Textarea
                  autosize
                  minRows={2}
                  aria-label={`Texte pour « ${form.values.branches[id].label} »`}
                  {...form.getInputProps(`branches.${id}.text`)}
                />
              </Stack>
            ))}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Textarea label="Conclusion" autosize minRows={2} {...form.getInputProps('closing')} />
        </Paper>
        <Group>
          <Button type="submit">Enregistrer</Button>
          <Button variant="subtle" onClick={() => form.setValues(DEFAULT_CALL_SCRIPT)}>
            Revenir au script livré
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Paramètres → Scripts d'appel. Loaded once, then edited (a live query would reset the form). */
export function CallScriptSettings() {
  const [script, setScript] = useState<CallScript | null>(null);
  useEffect(() => {
    void collectionSettingsRepo.callScript().then(setScript);
  }, []);
  return script ? <ScriptForm initial={script} /> : <PageLoader />;
}
