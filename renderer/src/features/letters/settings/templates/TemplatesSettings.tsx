import { Alert, Button, Grid, Group, List, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLetterCommons } from '../../../../data/letterHooks';
import { letterSettingsRepo } from '../../../../data/repositories/letterSettings';
import { shippedTemplates } from '../../../../data/shippedTemplates';
import { checkTemplate, type LetterTemplate, type TemplateId } from '../../../../domain/letters';
import { PageLoader } from '../../../../shared/ui/PageLoader';
import { TemplateForm } from './TemplateForm';
import { TemplatePreview } from './TemplatePreview';

/** Paramètres › Modèles de courrier: edit a template with a live preview, or restore it. */
export function TemplatesSettings() {
  const commons = useLetterCommons();
  const [id, setId] = useState<TemplateId>('mise-en-demeure');
  const [draft, setDraft] = useState<LetterTemplate | null>(null);
  if (!commons) return <PageLoader />;
  const saved = commons.templates.find((t) => t.id === id);
  const current = draft?.id === id ? draft : saved;
  if (!current) return null;
  const errors = checkTemplate(current);
  const shipped = shippedTemplates().find((t) => t.id === id);
  const save = async () => {
    // A template that does not check is never saved, whatever view it was typed in.
    if (checkTemplate(current).length > 0) return;
    await letterSettingsRepo.saveTemplate(current);
    setDraft(null);
    notifications.show({ color: 'teal', message: `Modèle « ${current.name} » enregistré.` });
  };
  const restore = async () => {
    await letterSettingsRepo.resetTemplate(id);
    setDraft(null);
    notifications.show({ color: 'teal', message: 'Modèle d’origine rétabli.' });
  };
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Stack gap="sm">
          <Select
            label="Modèle"
            data={commons.templates.map((t) => ({ value: t.id, label: t.name }))}
            value={id}
            allowDeselect={false}
            onChange={(v) => {
              if (v) {
                setId(v as TemplateId);
                setDraft(null);
              }
            }}
          />
          <TemplateForm value={current} onChange={setDraft} />
          {errors.length > 0 ? (
            <Alert color="red" title="À corriger avant d’enregistrer">
              <List size="sm">
                {errors.map((e) => (
                  <List.Item key={e}>{e}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Group>
            <Button disabled={errors.length > 0 || !draft} onClick={() => void save()}>
              Enregistrer le modèle
            </Button>
            <Button
              variant="default"
              disabled={!shipped || JSON.stringify(shipped) === JSON.stringify(saved)}
              onClick={() => void restore()}
            >
              Rétablir le modèle d’origine
            </Button>
            {draft ? (
              <Button variant="subtle" onClick={() => setDraft(null)}>
                Annuler les modifications
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <TemplatePreview template={current} commons={commons} />
      </Grid.Col>
    </Grid>
  );
}
