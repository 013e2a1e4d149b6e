import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFolderPlus, IconFolders } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useDebtorCases } from '../../data/dossierHooks';
import { caseStepLabel } from '../../domain/caseStages';
import { formatInstantFr } from '../../domain/dates';
import { PROCEDURE_LABELS } from '../../domain/dossier';
import { plural } from '../../domain/numbers';
import { OpenCaseModal } from './OpenCaseModal';

/**
 * The debtor's dossiers contentieux on the fiche débiteur, and the way to open one (left out
 * with `withOpenButton={false}` where the page offers it elsewhere, e.g. in its toolbar).
 */
export function DebtorCases({
  debtorId,
  withOpenButton = true,
}: {
  debtorId: string;
  withOpenButton?: boolean;
}) {
  const cases = useDebtorCases(debtorId);
  const [opening, setOpening] = useState(false);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <IconFolders size={18} /> Dossiers contentieux
          </Title>
          {withOpenButton && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconFolderPlus size={14} />}
              onClick={() => setOpening(true)}
            >
              Ouvrir un dossier contentieux
            </Button>
          )}
        </Group>
        {cases && cases.length > 0 ? (
          cases.map((c) => (
            <Anchor key={c.id} component={Link} to={paths.case(c.id)} size="sm">
              Dossier du {formatInstantFr(c.openedAt)} — {caseStepLabel(c)}
              {c.procedure !== 'amiable' ? ` — ${PROCEDURE_LABELS[c.procedure]}` : ''} (
              {plural(c.invoiceIds.length, 'facture')})
            </Anchor>
          ))
        ) : (
          <Text size="sm" c="dimmed">
            Aucun dossier. Quand l’amiable échoue, ouvrez-en un pour préparer la procédure et
            exporter le dossier pour le tribunal.
          </Text>
        )}
      </Stack>
      <OpenCaseModal debtorId={debtorId} opened={opening} onClose={() => setOpening(false)} />
    </Paper>
  );
}
