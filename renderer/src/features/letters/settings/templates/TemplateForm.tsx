import {
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { type LetterTemplate, SEND_METHOD_LABELS, SEND_METHODS } from '../../../../domain/letters';
import type { SendMethod } from '../../../../domain/model';
import { InsertMenus } from './InsertMenus';
import { PlaceholderHelp } from './PlaceholderHelp';
import { type TemplateEditorHandle, TemplateTextEditor } from './TemplateTextEditor';

export interface TemplateFormProps {
  value: LetterTemplate;
  onChange: (template: LetterTemplate) => void;
}

/**
 * The fields of a template. Its subject and text are edited as a form (placeholders and
 * conditional blocks as named chips, inserted from menus) or, in « Avancé », as their Mustache
 * source: both views edit the same strings.
 */
export function TemplateForm({ value, onChange }: TemplateFormProps) {
  const [view, setView] = useState<'formulaire' | 'avance'>('formulaire');
  const [target, setTarget] = useState<'objet' | 'corps'>('corps');
  const subject = useRef<TemplateEditorHandle>(null);
  const body = useRef<TemplateEditorHandle>(null);
  const set = <K extends keyof LetterTemplate>(key: K, v: LetterTemplate[K]) =>
    onChange({ ...value, [key]: v });
  return (
    <Stack gap="sm">
      {value.legal ? (
        <Text size="sm" c="dimmed">
          Courrier juridique : il ne peut être enregistré, imprimé ni envoyé qu’avec l’identité
          complète du créancier (raison sociale, SIREN, adresse, IBAN et BIC, signataire).
        </Text>
      ) : null}
      <Group grow align="flex-start">
        <TextInput
          label="Nom du modèle"
          value={value.name}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <TextInput
          label="Code (référence de paiement)"
          value={value.code}
          onChange={(e) => set('code', e.currentTarget.value.toUpperCase())}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label="Envoi par défaut"
          data={SEND_METHODS.map((m) => ({ value: m, label: SEND_METHOD_LABELS[m] }))}
          value={value.sendMethod}
          allowDeselect={false}
          onChange={(v) => v && set('sendMethod', v as SendMethod)}
        />
        <NumberInput
          label="Délai accordé (jours)"
          min={0}
          max={90}
          value={value.deadlineDays}
          onChange={(v) => set('deadlineDays', Math.max(0, Math.round(Number(v) || 0)))}
        />
      </Group>
      <Group>
        <Switch
          label="Proposer les pièces en litige"
          checked={value.includeDisputed}
          onChange={(e) => set('includeDisputed', e.currentTarget.checked)}
        />
        <Switch
          label="Proposer aussi les pièces non échues"
          checked={value.itemScope === 'ouvertes'}
          onChange={(e) => set('itemScope', e.currentTarget.checked ? 'ouvertes' : 'echues')}
        />
        <Switch
          label="Compte comme relance déjà envoyée"
          checked={value.isReminder}
          onChange={(e) => set('isReminder', e.currentTarget.checked)}
        />
      </Group>
      <Tabs value={view} onChange={(v) => setView(v === 'avance' ? 'avance' : 'formulaire')}>
        <Tabs.List>
          <Tabs.Tab value="formulaire">Formulaire</Tabs.Tab>
          <Tabs.Tab value="avance">Avancé (source Mustache)</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="formulaire" pt="sm">
          <Stack gap="sm">
            <TemplateTextEditor
              label="Objet"
              singleLine
              value={value.subject}
              onChange={(v) => set('subject', v)}
              handleRef={subject}
              onFocus={() => setTarget('objet')}
              data-testid="template-subject-editor"
            />
            <InsertMenus target={() => (target === 'objet' ? subject.current : body.current)} />
            <TemplateTextEditor
              label="Texte du courrier"
              description={
                'Les champs et les blocs s’insèrent par les menus ci-dessus, à l’endroit du curseur\u00a0; un bloc conditionnel entoure le texte sélectionné. Les tableaux s’écrivent seuls sur leur ligne\u00a0; **texte** met en gras.'
              }
              value={value.body}
              onChange={(v) => set('body', v)}
              handleRef={body}
              onFocus={() => setTarget('corps')}
              data-testid="template-body-editor"
            />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="avance" pt="sm">
          <Stack gap="sm">
            <TextInput
              label="Objet (source)"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              value={value.subject}
              onChange={(e) => set('subject', e.currentTarget.value)}
            />
            <Textarea
              label="Texte du courrier (source)"
              autosize
              minRows={14}
              maxRows={30}
              spellCheck={false}
              styles={{
                input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 },
              }}
              value={value.body}
              onChange={(e) => set('body', e.currentTarget.value)}
            />
            <PlaceholderHelp />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
