import {
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { debtorFileRepo } from '../../../data/repositories/debtorFile';
import type { Debtor } from '../../../domain/model';
import {
  fromIdentityValues,
  type IdentityValues,
  toIdentityValues,
  validateIdentity,
} from './identityValues';

/** Terms longer than the legal maximum (C. com. L441-10) are allowed but flagged. */
const LEGAL_MAX_TERMS_DAYS = 60;

export function IdentityForm({ debtor, onDone }: { debtor: Debtor; onDone: () => void }) {
  const [saving, setSaving] = useState(false);
  const form = useForm<IdentityValues>({
    mode: 'controlled',
    initialValues: toIdentityValues(debtor),
    validate: validateIdentity,
  });
  const terms = form.values.paymentTermsDays;

  async function save(values: IdentityValues) {
    setSaving(true);
    try {
      await debtorFileRepo.saveIdentity(debtor.id, fromIdentityValues(values));
      notifications.show({ color: 'teal', message: 'Identité du débiteur enregistrée.' });
      onDone();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Enregistrement impossible',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit(save)}>
      <Stack gap="sm">
        <TextInput label="Raison sociale" withAsterisk {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="SIREN" {...form.getInputProps('siren')} />
          <TextInput label="SIRET" {...form.getInputProps('siret')} />
          <TextInput label="N° TVA intracommunautaire" {...form.getInputProps('vatNumber')} />
        </SimpleGrid>
        <Textarea
          label="Adresse"
          description="Une ligne par ligne d’adresse"
          autosize
          minRows={2}
          {...form.getInputProps('address')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Code postal" {...form.getInputProps('postalCode')} />
          <TextInput label="Ville" {...form.getInputProps('city')} />
          <TextInput label="Pays" {...form.getInputProps('country')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Délai de paiement (jours)"
            min={0}
            max={365}
            allowDecimal={false}
            description={
              typeof terms === 'number' && terms > LEGAL_MAX_TERMS_DAYS
                ? 'Au-delà de 60 jours (plafond légal, C. com. L441-10)'
                : undefined
            }
            {...form.getInputProps('paymentTermsDays')}
          />
          <TextInput
            label="Encours autorisé (€)"
            placeholder="25 000,00"
            {...form.getInputProps('creditLimit')}
          />
        </SimpleGrid>
        <TagsInput
          label="Étiquettes"
          placeholder="grand compte, export…"
          {...form.getInputProps('tags')}
        />
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Annuler
          </Button>
          <Button type="submit" loading={saving}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
