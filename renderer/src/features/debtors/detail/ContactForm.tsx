import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CONTACT_ROLE_LABELS, CONTACT_ROLES } from '../../../domain/contacts';
import { validateEmail, validatePhone } from '../../../domain/identifiers';
import type { Contact, ContactRole } from '../../../domain/model';

interface ContactValues {
  name: string;
  role: ContactRole;
  phone: string;
  email: string;
  bestTime: string;
}

export interface ContactFormProps {
  initial?: Contact;
  onSave: (contact: Contact) => void;
  onCancel: () => void;
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** One contact: who they are, their role, how and when to reach them. */
export function ContactForm({ initial, onSave, onCancel }: ContactFormProps) {
  const form = useForm<ContactValues>({
    mode: 'controlled',
    initialValues: {
      name: initial?.name ?? '',
      role: initial?.role ?? 'comptabilite-fournisseurs',
      phone: initial?.phone ?? '',
      email: initial?.email ?? '',
      bestTime: initial?.bestTime ?? '',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Le nom est obligatoire'),
      phone: (v) => (v.trim() ? validatePhone(v) : null),
      email: (v) => (v.trim() ? validateEmail(v) : null),
    },
  });

  return (
    <form
      onSubmit={form.onSubmit((values) =>
        onSave({
          id: initial?.id ?? crypto.randomUUID(),
          name: values.name.trim(),
          role: values.role,
          phone: optional(values.phone),
          email: optional(values.email),
          bestTime: optional(values.bestTime),
        }),
      )}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Nom" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <Select
            label="Rôle"
            data={CONTACT_ROLES.map((role) => ({ value: role, label: CONTACT_ROLE_LABELS[role] }))}
            allowDeselect={false}
            {...form.getInputProps('role')}
          />
          <TextInput label="Téléphone" {...form.getInputProps('phone')} />
          <TextInput label="E-mail" {...form.getInputProps('email')} />
        </SimpleGrid>
        <TextInput
          label="Meilleur moment pour appeler"
          placeholder="le matin avant 10 h"
          {...form.getInputProps('bestTime')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Annuler
          </Button>
          <Button type="submit">Enregistrer</Button>
        </Group>
      </Stack>
    </form>
  );
}
