import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { FormSection } from '../FormSection';
import { useCreditorFormContext } from '../form-context';

/** Postal address and contact details printed in the letterhead. */
export function AddressSection() {
  const form = useCreditorFormContext();
  return (
    <FormSection title="Adresse">
      <Textarea
        label="Adresse"
        description="Une ligne par ligne d’adresse (voie, complément)"
        autosize
        minRows={2}
        maxRows={4}
        autoComplete="street-address"
        data-testid="creditor-address"
        {...form.getInputProps('address')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label="Code postal"
          inputMode="numeric"
          autoComplete="postal-code"
          data-testid="creditor-postal-code"
          {...form.getInputProps('postalCode')}
        />
        <TextInput
          label="Ville"
          autoComplete="address-level2"
          data-testid="creditor-city"
          {...form.getInputProps('city')}
        />
        <TextInput
          label="Pays"
          autoComplete="country-name"
          data-testid="creditor-country"
          {...form.getInputProps('country')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Téléphone"
          type="tel"
          autoComplete="tel"
          data-testid="creditor-phone"
          {...form.getInputProps('phone')}
        />
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="email"
          data-testid="creditor-email"
          {...form.getInputProps('email')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
