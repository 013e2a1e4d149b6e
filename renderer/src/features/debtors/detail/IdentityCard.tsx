import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatSiren, formatSiret } from '../../../domain/identifiers';
import type { Debtor } from '../../../domain/model';
import { formatEuros } from '../../../domain/money';
import { IdentityForm } from './IdentityForm';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={130} style={{ flex: 'none' }}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </Group>
  );
}

export function IdentityCard({ debtor }: { debtor: Debtor }) {
  const [editing, { open, close }] = useDisclosure(false);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Identité</Title>
        <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={open}>
          Modifier
        </Button>
      </Group>
      <Stack gap={6}>
        <Field label="SIREN">{debtor.siren ? formatSiren(debtor.siren) : ''}</Field>
        <Field label="SIRET">{debtor.siret ? formatSiret(debtor.siret) : ''}</Field>
        <Field label="N° TVA">{debtor.vatNumber}</Field>
        <Field label="Adresse">
          {[
            ...debtor.addressLines,
            [debtor.postalCode, debtor.city].filter(Boolean).join(' '),
            debtor.country,
          ]
            .filter(Boolean)
            .map((line) => (
              <span key={line} style={{ display: 'block' }}>
                {line}
              </span>
            ))}
        </Field>
        <Field label="Délai de paiement">
          {debtor.paymentTermsDays !== undefined ? `${debtor.paymentTermsDays} jours` : ''}
        </Field>
        <Field label="Encours autorisé">
          {debtor.creditLimitCents !== undefined ? formatEuros(debtor.creditLimitCents) : ''}
        </Field>
        <Field label="Étiquettes">{debtor.tags.join(', ')}</Field>
        {debtor.notes && <Field label="Notes">{debtor.notes}</Field>}
      </Stack>
      <Modal opened={editing} onClose={close} title="Identité du débiteur" size="lg">
        <IdentityForm debtor={debtor} onDone={close} />
      </Modal>
    </Paper>
  );
}
