import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface FormSectionProps {
  /** Section heading, e.g. « Société ». */
  title: string;
  children: ReactNode;
}

/** One bordered block of the creditor form, headed by its title. */
export function FormSection({ title, children }: FormSectionProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}
