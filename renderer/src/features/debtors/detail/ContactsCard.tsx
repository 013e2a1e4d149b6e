import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { debtorFileRepo } from '../../../data/repositories/debtorFile';
import { CONTACT_ROLE_LABELS } from '../../../domain/contacts';
import type { Contact } from '../../../domain/model';
import { confirm } from '../../../shared/ui/confirm';
import { ContactForm } from './ContactForm';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; contact: Contact };

/** Who to call or write to at the debtor; the accounts-payable contact first. */
export function ContactsCard({
  debtorId,
  contacts,
}: {
  debtorId: string;
  contacts: readonly Contact[];
}) {
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });

  async function save(next: Contact[]) {
    try {
      await debtorFileRepo.saveContacts(debtorId, next);
      setEditing({ mode: 'closed' });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Enregistrement impossible',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  async function remove(contact: Contact) {
    const ok = await confirm({
      title: 'Supprimer ce contact ?',
      message: `${contact.name} (${CONTACT_ROLE_LABELS[contact.role]}) sera retiré de la fiche.`,
      confirmLabel: 'Supprimer',
      danger: true,
    });
    if (ok) await save(contacts.filter((c) => c.id !== contact.id));
  }

  function upsert(contact: Contact) {
    const exists = contacts.some((c) => c.id === contact.id);
    void save(
      exists ? contacts.map((c) => (c.id === contact.id ? contact : c)) : [...contacts, contact],
    );
  }

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Contacts</Title>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconPlus size={14} />}
          onClick={() => setEditing({ mode: 'new' })}
        >
          Ajouter
        </Button>
      </Group>
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun contact : ajoutez au moins la comptabilité fournisseurs.
        </Text>
      ) : (
        <Stack gap="sm">
          {contacts.map((contact) => (
            <Group key={contact.id} justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={2}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {contact.name}
                  </Text>
                  <Badge size="xs" variant="light">
                    {CONTACT_ROLE_LABELS[contact.role]}
                  </Badge>
                </Group>
                {contact.phone && (
                  <Anchor size="sm" href={`tel:${contact.phone.replace(/\s/g, '')}`}>
                    {contact.phone}
                  </Anchor>
                )}
                {contact.email && (
                  <Anchor size="sm" href={`mailto:${contact.email}`}>
                    {contact.email}
                  </Anchor>
                )}
                {contact.bestTime && (
                  <Text size="xs" c="dimmed">
                    À joindre : {contact.bestTime}
                  </Text>
                )}
              </Stack>
              <Group gap={2} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={`Modifier ${contact.name}`}
                  onClick={() => setEditing({ mode: 'edit', contact })}
                >
                  <IconPencil size={16} />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Supprimer ${contact.name}`}
                  onClick={() => remove(contact)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <Modal
        opened={editing.mode !== 'closed'}
        onClose={() => setEditing({ mode: 'closed' })}
        title={editing.mode === 'edit' ? 'Modifier le contact' : 'Nouveau contact'}
        size="lg"
      >
        {editing.mode !== 'closed' && (
          <ContactForm
            initial={editing.mode === 'edit' ? editing.contact : undefined}
            onSave={upsert}
            onCancel={() => setEditing({ mode: 'closed' })}
          />
        )}
      </Modal>
    </Paper>
  );
}
