import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import type { ReactNode } from 'react';

function Section({
  icon,
  title,
  children,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          {icon}
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      </Stack>
    </Paper>
  );
}

/**
 * Sections the next features fill: the letters sent (the timeline is the collection panel's). Shown now, empty, so the page keeps its shape.
 */
export function LaterSections() {
  return (
    <Section icon={<IconMail size={18} />} title="Courriers">
      Aucun courrier envoyé. Les relances et mises en demeure, conservées telles qu’envoyées,
      apparaîtront ici.
    </Section>
  );
}
