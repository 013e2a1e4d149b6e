import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import { formatDateFr } from '../../domain/dates';
import { DOCUMENT_KIND_LABELS } from '../../domain/evidence/kinds';
import type { EvidencePiece } from '../../domain/evidence/pieces';
import { formatBytes } from '../../domain/fileSize';
import type { Invoice } from '../../domain/model';
import { linkedNumbers } from './invoiceOptions';

export interface PieceTableProps {
  pieces: EvidencePiece[];
  invoices: Invoice[];
  onView: (piece: EvidencePiece) => void;
  onEdit: (piece: EvidencePiece) => void;
  onRemove: (piece: EvidencePiece) => void;
}

/** The debtor's pieces: attached documents and the letters Recouvra sent (read-only). */
export function PieceTable({ pieces, invoices, onView, onEdit, onRemove }: PieceTableProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing={4} aria-label="Pièces du débiteur">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nature</Table.Th>
            <Table.Th>Intitulé</Table.Th>
            <Table.Th>Date</Table.Th>
            <Table.Th>Factures</Table.Th>
            <Table.Th>Fichier</Table.Th>
            <Table.Th aria-label="Actions" />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pieces.map((piece) => (
            <Table.Tr key={piece.key}>
              <Table.Td>
                <Badge variant="light" color={piece.source === 'letter' ? 'grape' : 'blue'}>
                  {DOCUMENT_KIND_LABELS[piece.kind]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{piece.title}</Text>
                {piece.source === 'letter' ? (
                  <Text size="xs" c="dimmed">
                    Courrier généré par Recouvra
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{formatDateFr(piece.date) || '—'}</Table.Td>
              <Table.Td>
                <Text size="sm">{linkedNumbers(piece.invoiceIds, invoices)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" title={`SHA-256 ${piece.sha256}`}>
                  {piece.fileName}
                  {piece.size !== undefined ? ` — ${formatBytes(piece.size)}` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap" justify="flex-end">
                  <Tooltip label="Voir">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`Voir ${piece.title}`}
                      onClick={() => onView(piece)}
                    >
                      <IconEye size={16} />
                    </ActionIcon>
                  </Tooltip>
                  {piece.source === 'document' ? (
                    <>
                      <Tooltip label="Modifier">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Modifier ${piece.title}`}
                          onClick={() => onEdit(piece)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Retirer">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Retirer ${piece.title}`}
                          onClick={() => onRemove(piece)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </>
                  ) : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
