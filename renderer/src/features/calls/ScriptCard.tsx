import { Blockquote, Chip, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  type CallScript,
  fillScript,
  SCRIPT_BRANCH_IDS,
  type ScriptBranchId,
} from '../../domain/callScripts';

/**
 * The script, filled for this debtor: the opening steps in order, then the branch matching the
 * debtor's answer (choosing one preselects the usual outcome), then the closing words.
 */
export function ScriptCard({
  script,
  values,
  branch,
  onBranch,
}: {
  script: CallScript;
  values: Record<string, string>;
  branch: ScriptBranchId | null;
  onBranch: (branch: ScriptBranchId) => void;
}) {
  const chosen = branch ? script.branches[branch] : null;
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Script
      </Title>
      <Stack gap="sm">
        {script.steps.map((step, index) => (
          <Stack key={step.title} gap={2}>
            <Text size="sm" fw={600}>
              {index + 1}. {step.title}
            </Text>
            <Text size="sm">{fillScript(step.text, values)}</Text>
          </Stack>
        ))}
        <Text size="sm" fw={600}>
          {script.steps.length + 1}. Selon la réponse
        </Text>
        <Chip.Group
          multiple={false}
          value={branch}
          onChange={(value) => onBranch(value as ScriptBranchId)}
        >
          <Group gap="xs">
            {SCRIPT_BRANCH_IDS.map((id) => (
              <Chip key={id} value={id} size="sm">
                {script.branches[id].label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {chosen && (
          <Blockquote color="blue" p="sm" data-testid="script-branch">
            <Text size="sm">{fillScript(chosen.text, values)}</Text>
          </Blockquote>
        )}
        <Text size="sm" fw={600}>
          {script.steps.length + 2}. Conclure
        </Text>
        <Text size="sm">{fillScript(script.closing, values)}</Text>
      </Stack>
    </Paper>
  );
}
