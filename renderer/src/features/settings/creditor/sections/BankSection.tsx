import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { groupIban } from '../../../../domain/identifiers';
import { FormSection } from '../FormSection';
import { useCreditorFormContext } from '../form-context';
import { creditorFormWarnings } from '../form-values';

/** IBAN and BIC printed on letters so that the debtor can pay by transfer. */
export function BankSection() {
  const form = useCreditorFormContext();
  const warnings = creditorFormWarnings(form.values);
  const ibanProps = form.getInputProps('iban');

  return (
    <FormSection title="Coordonnées bancaires">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="IBAN"
          placeholder="FR76 3000 6000 0112 3456 7890 189"
          autoComplete="off"
          spellCheck={false}
          data-testid="creditor-iban"
          {...ibanProps}
          onBlur={(event) => {
            ibanProps.onBlur?.(event);
            // Regrouped on blur rather than on each keystroke, which would move the caret.
            form.setFieldValue('iban', groupIban(form.values.iban));
          }}
        />
        <TextInput
          label="BIC"
          placeholder="BNPAFRPPXXX"
          autoComplete="off"
          spellCheck={false}
          data-testid="creditor-bic"
          description={
            warnings.bic && (
              <Text component="span" size="xs" c="orange.8">
                {warnings.bic}
              </Text>
            )
          }
          {...form.getInputProps('bic')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
