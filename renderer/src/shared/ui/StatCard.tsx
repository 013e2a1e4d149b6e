import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './StatCard.module.css';

interface StatCardProps {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  /** When set, the whole card links there (e.g. to the debtors behind the figure). */
  to?: string;
  /** Suffix of the value's data-testid when it must not follow the label. */
  testId?: string;
}

function Content({ label, value, hint, testId }: Omit<StatCardProps, 'to'>) {
  return (
    <>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} mt={4} data-testid={`stat-${testId ?? label}`}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </>
  );
}

export function StatCard({ to, ...content }: StatCardProps) {
  if (to) {
    return (
      <Paper withBorder p="md" component={Link} to={to} className={classes.link}>
        <Content {...content} />
      </Paper>
    );
  }
  return (
    <Paper withBorder p="md">
      <Content {...content} />
    </Paper>
  );
}
