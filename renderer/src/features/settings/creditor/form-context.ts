/** The creditor form shared with its sections, so each section reads and writes its own fields. */
import { createFormContext } from '@mantine/form';
import type { CreditorFormValues } from './form-values';

export const [CreditorFormProvider, useCreditorFormContext, useCreditorForm] =
  createFormContext<CreditorFormValues>();
