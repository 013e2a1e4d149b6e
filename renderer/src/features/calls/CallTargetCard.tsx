import { Badge, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconPhone } from '@tabler/icons-react';
import { CONTACT_ROLE_LABELS } from '../../domain/contacts';
import type { Contact } from '../../domain/model';

/** Who to call: the debtor's contacts with their number and best time; the first one by default. */
export function CallTargetCard({
  contacts,
  contactId,
  onChange,
}: {
  contacts: readonly Contact[];
  contactId: string | null;
  onChange: (id: string) => void;
}) {
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Qui appeler
      </Title>
      {contacts.length === 0 ? (
        <Text size="sm" c="red.7">
          Aucun contact dans la fiche : ajoutez-en un depuis la fiche débiteur.
        </Text>
      ) : (
        <Radio.Group value={contactId} onChange={onChange}>
          <Stack gap="sm">
            {contacts.map((c) => (
              <Radio
                key={c.id}
                value={c.id}
                label={
                  <Stack gap={0}>
                    <Text size="sm" fw={500}>
                      {c.name}{' '}
                      <Badge size="xs" variant="light">
                        {CONTACT_ROLE_LABELS[c.role]}
                      </Badge>
                    </Text>
                    <Text size="sm">
                      <IconPhone size={12} /> {c.phone || 'pas de numéro'}
                      {c.email ? ` · ${c.email}` : ''}
                    </Text>
                    {c.bestTime && (
                      <Text size="xs" c="dimmed">
                        Meilleur moment : {c.bestTime}
                      </Text>
                    )}
                  </Stack>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Paper>
  );
}
