import { Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFiles, IconPaperclip } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useDebtorEvidence } from '../../data/dossierHooks';
import { documentsRepo } from '../../data/repositories/documents';
import type { EvidencePiece } from '../../domain/evidence/pieces';
import { confirm } from '../../shared/ui/confirm';
import { AttachModal } from './AttachModal';
import { EditPieceModal } from './EditPieceModal';
import { invoiceOptionsOf } from './invoiceOptions';
import { PieceTable } from './PieceTable';
import { PieceViewerModal } from './PieceViewerModal';
import { offeredFromFile } from './pieceDraft';
import { useAttachPieces } from './useAttachPieces';

/**
 * The « Documents » section of the fiche débiteur: drop or pick files (checked before anything is
 * stored), describe them, link them to invoices; the letters Recouvra sent are listed with them.
 */
export function DebtorDocuments({ debtorId }: { debtorId: string }) {
  const evidence = useDebtorEvidence(debtorId);
  const flow = useAttachPieces(debtorId);
  const [viewed, setViewed] = useState<EvidencePiece | null>(null);
  const [edited, setEdited] = useState<EvidencePiece | null>(null);
  const invoiceOptions = useMemo(() => invoiceOptionsOf(evidence?.invoices ?? []), [evidence]);

  const remove = async (piece: EvidencePiece) => {
    const ok = await confirm({
      title: 'Retirer la pièce',
      message: `« ${piece.title} » sera retirée du dossier du débiteur. Les exports déjà faits gardent leur trace.`,
      confirmLabel: 'Retirer',
      danger: true,
    });
    if (ok) await documentsRepo.remove(piece.sourceId);
  };

  return (
    <Paper withBorder p="md" data-testid="debtor-documents">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <IconFiles size={18} /> Documents
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPaperclip size={14} />}
            onClick={() => void flow.pick()}
          >
            Joindre des fichiers…
          </Button>
        </Group>
        <Dropzone
          onDrop={(files) => void flow.offer(files.map(offeredFromFile))}
          activateOnClick={false}
          loading={flow.checking}
          aria-label="Déposer des pièces justificatives"
          p="xs"
        >
          <Text size="sm" c="dimmed" ta="center">
            Déposez ici contrats, bons de commande, bons de livraison, factures, accusés de
            réception (PDF, JPEG, PNG ou courriel .eml, 200 Mo au plus).
          </Text>
        </Dropzone>
        {evidence === undefined ? (
          <Loader size="sm" />
        ) : evidence.pieces.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucune pièce pour le moment.
          </Text>
        ) : (
          <PieceTable
            pieces={evidence.pieces}
            invoices={evidence.invoices}
            onView={setViewed}
            onEdit={setEdited}
            onRemove={(piece) => void remove(piece)}
          />
        )}
      </Stack>
      <AttachModal
        intake={flow.intake}
        invoiceOptions={invoiceOptions}
        busy={flow.saving}
        onAttach={(drafts) => void flow.attach(drafts)}
        onClose={flow.close}
      />
      <PieceViewerModal piece={viewed} onClose={() => setViewed(null)} />
      <EditPieceModal
        piece={edited}
        invoiceOptions={invoiceOptions}
        onClose={() => setEdited(null)}
      />
    </Paper>
  );
}
