import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconStairsUp } from '@tabler/icons-react';
import { useDebtorActivities } from '../../data/collectionHooks';
import { authorName } from '../../data/repositories/collectionSettings';
import { caseStepLabel } from '../../domain/caseStages';
import { formatInstantFr } from '../../domain/dates';
import type { Case } from '../../domain/model';
import { openStageDialog } from './StageDialog';

/**
 * A case's stage, from amiable to judiciaire, and every change with its date and user (read from
 * the timeline, where prescription also finds court claims and enforcement acts).
 */
export function CaseStageCard({ caseRecord }: { caseRecord: Case }) {
  const activities = useDebtorActivities(caseRecord.debtorId);
  const changes = (activities ?? []).filter(
    (a) => a.caseId === caseRecord.id && a.details?.kind === 'stage-change',
  );
  return (
    <Paper withBorder p="md" data-testid="case-stage">
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <IconStairsUp size={18} /> Étape
          </Title>
          <Badge variant="light" color={caseRecord.closedAt ? 'gray' : 'indigo'}>
            {caseStepLabel(caseRecord)}
          </Badge>
        </Group>
        {!caseRecord.closedAt && (
          <Button size="xs" variant="light" onClick={() => openStageDialog(caseRecord)}>
            Changer d’étape…
          </Button>
        )}
      </Group>
      <Stack gap={4}>
        <List size="sm" spacing={2}>
          {changes.map((a) => (
            <List.Item key={a.id}>
              {a.text}{' '}
              <Text span size="xs" c="dimmed">
                ({formatInstantFr(a.at)}
                {authorName(a.by) ? `, ${authorName(a.by)}` : ''})
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
