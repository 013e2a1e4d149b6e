import { Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { documentsRepo } from '../../data/repositories/documents';
import type { EvidencePiece } from '../../domain/evidence/pieces';
import { fieldsValid, type InvoiceOption, PieceFieldsForm } from './PieceFieldsForm';
import { dateText, type PieceFields, parsedDate } from './pieceDraft';

/** Corrects an attached document's description (the bytes never change). */
export function EditPieceModal({
  piece,
  invoiceOptions,
  onClose,
}: {
  piece: EvidencePiece | null;
  invoiceOptions: InvoiceOption[];
  onClose: () => void;
}) {
  const [fields, setFields] = useState<PieceFields | null>(null);
  useEffect(() => {
    setFields(
      piece
        ? {
            kind: piece.kind,
            title: piece.title,
            reference: piece.source === 'document' ? (piece.reference ?? '') : '',
            dateText: dateText(piece.date),
            invoiceIds: piece.invoiceIds,
          }
        : null,
    );
  }, [piece]);
  if (!piece || !fields) return null;
  const save = async () => {
    const date = parsedDate(fields.dateText);
    await documentsRepo.update(piece.sourceId, {
      kind: fields.kind,
      title: fields.title,
      reference: fields.reference.trim(),
      invoiceIds: fields.invoiceIds,
      ...(date ? { date } : {}),
    });
    onClose();
  };
  return (
    <Modal opened onClose={onClose} size="xl" title={`Modifier « ${piece.title} »`}>
      <Stack>
        <PieceFieldsForm
          fileName={piece.fileName}
          value={fields}
          onChange={setFields}
          invoiceOptions={invoiceOptions}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Annuler
          </Button>
          <Button onClick={() => void save()} disabled={!fieldsValid(fields)}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
