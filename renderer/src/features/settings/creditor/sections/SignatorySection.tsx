import { SimpleGrid, TextInput } from '@mantine/core';
import { FormSection } from '../FormSection';
import { useCreditorFormContext } from '../form-context';

/** The person who signs letters on the creditor's behalf. */
export function SignatorySection() {
  const form = useCreditorFormContext();
  return (
    <FormSection title="Signataire">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Nom du signataire"
          autoComplete="name"
          data-testid="creditor-signatory-name"
          {...form.getInputProps('signatoryName')}
        />
        <TextInput
          label="Fonction du signataire"
          placeholder="Directrice administrative et financière"
          autoComplete="organization-title"
          data-testid="creditor-signatory-title"
          {...form.getInputProps('signatoryTitle')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
