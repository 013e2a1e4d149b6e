import { Badge } from '@mantine/core';
import { PROMISE_STATE_LABELS, type PromiseState } from '../../domain/promiseStatus';

const COLORS: Record<PromiseState, string> = {
  active: 'blue',
  'to-verify': 'yellow',
  kept: 'teal',
  broken: 'red',
  cancelled: 'gray',
};

export function PromiseStateBadge({ state }: { state: PromiseState }) {
  return (
    <Badge color={COLORS[state]} variant="light">
      {PROMISE_STATE_LABELS[state]}
    </Badge>
  );
}
