import { Badge, type MantineColor } from '@mantine/core';
import { DEBTOR_STAGE_LABELS, type DebtorStage } from '../../domain/stage';

/** One colour per stage, from calm (up to date) to alarming (court). */
export const STAGE_COLORS: Record<DebtorStage, MantineColor> = {
  'a-jour': 'teal',
  relance: 'blue',
  promesse: 'grape',
  litige: 'orange',
  'mise-en-demeure': 'red',
  judiciaire: 'dark',
};

export function StageBadge({ stage }: { stage: DebtorStage }) {
  return (
    <Badge size="sm" variant="light" color={STAGE_COLORS[stage]} style={{ flex: 'none' }}>
      {DEBTOR_STAGE_LABELS[stage]}
    </Badge>
  );
}
