import { Anchor, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { LEGAL_FORM_LABELS, LEGAL_FORMS } from '../../../../domain/creditor';
import { formatAmount, parseAmount } from '../../../../domain/money';
import { FormSection } from '../FormSection';
import { useCreditorFormContext } from '../form-context';
import { suggestedVatNumber } from '../form-values';

/**
 * Required without Mantine's asterisk: the asterisk is text inside the <label>, so the label
 * would read « SIREN * » and no longer match « SIREN » exactly (e2e tests, screen readers' find).
 */
const REQUIRED = { required: true, withAsterisk: false, description: 'Obligatoire' } as const;

const LEGAL_FORM_OPTIONS = LEGAL_FORMS.map((value) => ({ value, label: LEGAL_FORM_LABELS[value] }));

/** Raison sociale, forme juridique, capital, SIREN/SIRET, RCS and VAT number. */
export function CompanySection() {
  const form = useCreditorFormContext();
  const vatSuggestion = suggestedVatNumber(form.values);

  const capitalProps = form.getInputProps('shareCapital');
  const reformatCapital = () => {
    const parsed = parseAmount(form.values.shareCapital);
    if (parsed.ok) form.setFieldValue('shareCapital', formatAmount(parsed.cents));
  };

  return (
    <FormSection title="Société">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Raison sociale"
          {...REQUIRED}
          autoComplete="organization"
          data-testid="creditor-name"
          {...form.getInputProps('name')}
        />
        <Select
          label="Forme juridique"
          placeholder="Choisir"
          data={LEGAL_FORM_OPTIONS}
          clearable
          data-testid="creditor-legal-form"
          {...form.getInputProps('legalForm')}
        />
        <TextInput
          label="Capital social"
          inputMode="decimal"
          rightSection={<Text size="sm">€</Text>}
          data-testid="creditor-share-capital"
          {...capitalProps}
          onBlur={(event) => {
            capitalProps.onBlur?.(event);
            reformatCapital();
          }}
        />
        <TextInput
          label="SIREN"
          {...REQUIRED}
          inputMode="numeric"
          placeholder="732 829 320"
          data-testid="creditor-siren"
          {...form.getInputProps('siren')}
        />
        <TextInput
          label="SIRET (siège)"
          inputMode="numeric"
          placeholder="732 829 320 00074"
          data-testid="creditor-siret"
          {...form.getInputProps('siret')}
        />
        <TextInput
          label="Greffe du RCS"
          description="Ville d’immatriculation, écrite « RCS Lyon » sur les courriers"
          leftSection={<Text size="xs">RCS</Text>}
          data-testid="creditor-rcs-city"
          {...form.getInputProps('rcsCity')}
        />
        <TextInput
          label="TVA intracommunautaire"
          placeholder="FR44732829320"
          data-testid="creditor-vat-number"
          description={
            vatSuggestion && (
              <Anchor
                component="button"
                type="button"
                size="xs"
                onClick={() => form.setFieldValue('vatNumber', vatSuggestion)}
              >
                Utiliser {vatSuggestion} (calculé d’après le numéro d’entreprise)
              </Anchor>
            )
          }
          {...form.getInputProps('vatNumber')}
        />
      </SimpleGrid>
    </FormSection>
  );
}
