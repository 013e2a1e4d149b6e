import { Button, Group } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';

/**
 * « Préparer tous les courriers du jour »: hands the day's letters to the Courriers page, one
 * batch per template (a batch prints a single template), with the debtors preselected.
 */
export function LetterBatchButtons({
  batches,
  templateNames,
}: {
  batches: readonly { templateId: string; debtorIds: string[] }[];
  templateNames: ReadonlyMap<string, string>;
}) {
  if (batches.length === 0) return null;
  return (
    <Group gap="xs">
      {batches.map((batch) => (
        <Button
          key={batch.templateId}
          size="xs"
          leftSection={<IconMailForward size={16} />}
          component={Link}
          to={paths.letters({ tab: 'lot', batch: batch.debtorIds, templateId: batch.templateId })}
        >
          {batches.length === 1
            ? 'Préparer tous les courriers du jour'
            : `Préparer les courriers « ${templateNames.get(batch.templateId) ?? batch.templateId} »`}{' '}
          ({batch.debtorIds.length})
        </Button>
      ))}
    </Group>
  );
}
