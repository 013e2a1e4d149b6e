import { Alert, Button, Group, List, Modal, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { PIECE_MIME_LABELS } from '../../domain/evidence/fileType';
import { formatBytes } from '../../domain/fileSize';
import { plural } from '../../domain/numbers';
import { fieldsValid, type InvoiceOption, PieceFieldsForm } from './PieceFieldsForm';
import type { Intake, PieceDraft } from './pieceDraft';

export interface AttachModalProps {
  intake: Intake | null;
  invoiceOptions: InvoiceOption[];
  busy: boolean;
  onAttach: (drafts: PieceDraft[]) => void;
  onClose: () => void;
}

function pagesLabel(draft: PieceDraft): string {
  if (draft.mime === 'message/rfc822') return 'conservé tel quel';
  return plural(draft.pageCount, 'page');
}

/** The files just offered: refused ones with their reason, accepted ones to describe. */
export function AttachModal({ intake, invoiceOptions, busy, onAttach, onClose }: AttachModalProps) {
  const [drafts, setDrafts] = useState<PieceDraft[]>([]);
  useEffect(() => setDrafts(intake?.drafts ?? []), [intake]);
  const update = (key: string, next: Partial<PieceDraft>) =>
    setDrafts((current) => current.map((d) => (d.key === key ? { ...d, ...next } : d)));
  const valid = drafts.length > 0 && drafts.every(fieldsValid);

  return (
    <Modal opened={intake !== null} onClose={onClose} size="xl" title="Joindre des pièces">
      <Stack>
        {intake && intake.refused.length > 0 ? (
          <Alert
            color="red"
            title={plural(intake.refused.length, 'fichier refusé', 'fichiers refusés')}
          >
            <List size="sm">
              {intake.refused.map((r) => (
                <List.Item key={r.fileName}>{r.reason}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        {drafts.map((draft) => (
          <Paper key={draft.key} withBorder p="sm">
            <Text size="sm" fw={600}>
              {draft.fileName}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {PIECE_MIME_LABELS[draft.mime]} — {pagesLabel(draft)} —{' '}
              {formatBytes(draft.bytes.byteLength)}
            </Text>
            <PieceFieldsForm
              fileName={draft.fileName}
              value={draft}
              invoiceOptions={invoiceOptions}
              onChange={(fields) => update(draft.key, fields)}
            />
          </Paper>
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {drafts.length > 0 ? 'Annuler' : 'Fermer'}
          </Button>
          {drafts.length > 0 ? (
            <Button onClick={() => onAttach(drafts)} disabled={!valid} loading={busy}>
              Joindre {drafts.length > 1 ? `les ${drafts.length} pièces` : 'la pièce'}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
