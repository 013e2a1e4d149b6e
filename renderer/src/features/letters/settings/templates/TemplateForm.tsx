import {
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type LetterTemplate, SEND_METHOD_LABELS, SEND_METHODS } from '../../../../domain/letters';
import type { SendMethod } from '../../../../domain/model';

export interface TemplateFormProps {
  value: LetterTemplate;
  onChange: (template: LetterTemplate) => void;
}

/** The fields of a template; the body is plain text with placeholders. */
export function TemplateForm({ value, onChange }: TemplateFormProps) {
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
      <TextInput
        label="Objet"
        value={value.subject}
        onChange={(e) => set('subject', e.currentTarget.value)}
      />
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
      <Textarea
        label="Texte du courrier"
        autosize
        minRows={14}
        maxRows={30}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        value={value.body}
        onChange={(e) => set('body', e.currentTarget.value)}
      />
    </Stack>
  );
}
