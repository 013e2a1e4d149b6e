import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One bordered block of the Données tab, headed by its title (a landmark for screen readers). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={4}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}
