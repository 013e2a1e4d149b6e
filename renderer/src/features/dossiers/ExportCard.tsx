import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconFileTypePdf, IconFileZip, IconPlayerStop, IconSend } from '@tabler/icons-react';
import { type DossierFormat, MIN_REASON_LENGTH } from '../../domain/dossier';
import type { Cents } from '../../domain/model';
import { formatEuros } from '../../domain/money';
import { plural } from '../../domain/numbers';
import { PlaceLinks } from '../../shared/ui/PlaceLinks';
import type { ExportState } from './useDossierExport';

export interface ExportCardProps {
  state: ExportState;
  totalCents: Cents;
  pieceCount: number;
  /** Why the export cannot start (no décompte, no piece), or null. */
  blocker: string | null;
  /** Why exporting now needs a written reason (the notice's deadline runs, or no notice). */
  noticeIssue: string | null;
  earlyReason: string;
  onEarlyReason: (reason: string) => void;
  onExport: (format: DossierFormat) => void;
  onCancel: () => void;
}

/** Export as one stamped PDF or as a ZIP for online filing, with progress and cancel. */
export function ExportCard({
  state,
  totalCents,
  pieceCount,
  blocker,
  noticeIssue,
  earlyReason,
  onEarlyReason,
  onExport,
  onCancel,
}: ExportCardProps) {
  const running = state.phase === 'running';
  const reasonMissing = noticeIssue !== null && earlyReason.trim().length < MIN_REASON_LENGTH;
  const disabled = running || blocker !== null || reasonMissing;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <IconSend size={18} /> Export
        </Title>
        <Text size="sm">
          Montant réclamé : <b>{formatEuros(totalCents)}</b> — {plural(pieceCount, 'pièce')} au
          bordereau.
        </Text>
        {blocker ? (
          <Alert color="orange">
            <PlaceLinks text={blocker} />
          </Alert>
        ) : null}
        {noticeIssue ? (
          <Textarea
            label="Motif de l’export avant l’expiration de la mise en demeure"
            description={`${noticeIssue} Indiquez pourquoi le dossier est produit maintenant : le motif est consigné au journal d’audit.`}
            value={earlyReason}
            onChange={(event) => onEarlyReason(event.currentTarget.value)}
            // A fixed height the user may stretch, not autosize: autosize measures the page's
            // layout at every render of the card, 20-40 ms on a case of 50 pieces.
            rows={3}
            resize="vertical"
            required
          />
        ) : null}
        <Group>
          <Button
            leftSection={<IconFileTypePdf size={16} />}
            onClick={() => onExport('pdf')}
            disabled={disabled}
          >
            Exporter le dossier PDF
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileZip size={16} />}
            onClick={() => onExport('zip')}
            disabled={disabled}
          >
            Exporter en ZIP (dépôt en ligne)
          </Button>
        </Group>
        {running ? (
          <Stack gap={4} data-testid="dossier-progress">
            <Group justify="space-between">
              <Text size="sm">{state.progress.step}…</Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                leftSection={<IconPlayerStop size={14} />}
                onClick={onCancel}
              >
                Annuler
              </Button>
            </Group>
            <Progress
              value={(100 * state.progress.done) / Math.max(1, state.progress.total)}
              animated
              aria-label="Avancement de l’export"
            />
          </Stack>
        ) : null}
        {state.phase === 'saved' ? (
          <Alert color="teal" title="Dossier enregistré">
            « {state.fileName} »{state.pageCount ? ` — ${plural(state.pageCount, 'page')}` : ''}.
            L’export est consigné dans l’historique du dossier avec l’empreinte de chaque pièce.
          </Alert>
        ) : null}
        {state.phase === 'failed' ? (
          <Alert color="red" title={state.message}>
            {state.reasons.length > 0 ? (
              <List size="sm">
                {state.reasons.map((reason) => (
                  <List.Item key={reason}>{reason}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
