import { Button, Group, Kbd, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { creditorRepo } from '../../../data/repositories/creditor';
import type { Creditor } from '../../../domain/creditor';
import { CreditorFormProvider, useCreditorForm } from './form-context';
import {
  type CreditorFormValues,
  fromFormValues,
  toFormValues,
  validateCreditorForm,
} from './form-values';
import { AddressSection } from './sections/AddressSection';
import { BankSection } from './sections/BankSection';
import { CompanySection } from './sections/CompanySection';
import { LogoSection } from './sections/LogoSection';
import { SignatorySection } from './sections/SignatorySection';

export interface CreditorFormProps {
  /** The identity as loaded; the form starts pristine on it. */
  initial: Creditor;
}

/** Ctrl+S must also work while the caret is in a field, so no tag is ignored. */
const HOTKEYS_IN_FIELDS: string[] = [];

/** Edits the creditor identity; saves on « Enregistrer » or Ctrl+S (⌘S on macOS). */
export function CreditorForm({ initial }: CreditorFormProps) {
  const form = useCreditorForm({
    mode: 'controlled',
    initialValues: toFormValues(initial),
    validate: validateCreditorForm,
    validateInputOnBlur: true,
  });
  const pristine = !form.isDirty();

  const save = async (values: CreditorFormValues) => {
    try {
      // What was stored, shown back: spaces dropped from SIREN, IBAN grouped, capital formatted.
      const shown = toFormValues(await creditorRepo.save(fromFormValues(values)));
      form.setValues(shown);
      form.resetDirty(shown);
      notifications.show({
        color: 'green',
        icon: <IconCheck size={18} />,
        message: 'Identité du créancier enregistrée',
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Échec de l’enregistrement',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const submit = form.onSubmit(save, () => {
    // The faulty field may be scrolled out of view, notably after Ctrl+S.
    notifications.show({
      color: 'red',
      message: 'Certains champs sont invalides : corrigez les messages en rouge',
    });
  });

  useHotkeys(
    [
      [
        'mod+S',
        () => {
          if (form.isDirty() && !form.submitting) submit();
        },
      ],
    ],
    HOTKEYS_IN_FIELDS,
  );

  return (
    <CreditorFormProvider form={form}>
      <form onSubmit={submit} noValidate aria-label="Identité du créancier">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Ces informations figurent sur chaque courrier et chaque dossier de recouvrement.
          </Text>
          <CompanySection />
          <AddressSection />
          <BankSection />
          <SignatorySection />
          <LogoSection />
          <Group justify="flex-end" gap="sm">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">S</Kbd>
            </Text>
            <Button
              type="submit"
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={pristine}
              loading={form.submitting}
              data-testid="creditor-save"
            >
              Enregistrer
            </Button>
          </Group>
        </Stack>
      </form>
    </CreditorFormProvider>
  );
}
