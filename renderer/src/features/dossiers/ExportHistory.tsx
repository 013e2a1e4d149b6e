import { Accordion, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useCaseExports } from '../../data/dossierHooks';
import { authorName } from '../../data/repositories/collectionSettings';
import { formatInstantFr } from '../../domain/dates';

/** Every export of the case: what was written, by whom, and each piece with its SHA-256. */
export function ExportHistory({ caseId }: { caseId: string }) {
  const exports = useCaseExports(caseId);
  if (!exports || exports.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="dossier-exports">
      <Stack gap="sm">
        <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconHistory size={18} /> Exports
        </Title>
        <Accordion variant="separated">
          {exports.map((activity) => {
            const [head, ...rest] = activity.text.split('\n');
            return (
              <Accordion.Item key={activity.id} value={activity.id}>
                <Accordion.Control>
                  <Text size="sm">
                    {formatInstantFr(activity.at)}
                    {authorName(activity.by) ? ` — ${authorName(activity.by)}` : ''}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {head}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <Code block>{[head, ...rest].join('\n')}</Code>
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      </Stack>
    </Paper>
  );
}
