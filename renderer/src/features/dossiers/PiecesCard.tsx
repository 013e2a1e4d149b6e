import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconListNumbers, IconPaperclip } from '@tabler/icons-react';
import { pieceDescription } from '../../domain/dossier';
import { isPrintableMime } from '../../domain/evidence/fileType';
import { DOCUMENT_KIND_LABELS } from '../../domain/evidence/kinds';
import type { EvidencePiece } from '../../domain/evidence/pieces';

export interface PiecesCardProps {
  /** In bordereau order, included or not. */
  pieces: EvidencePiece[];
  included: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onMove: (key: string, delta: -1 | 1) => void;
  onAttach: () => void;
  onView: (piece: EvidencePiece) => void;
}

/** The bordereau being prepared: which pieces go in, in which order, with their numbers. */
export function PiecesCard({
  pieces,
  included,
  onToggle,
  onMove,
  onAttach,
  onView,
}: PiecesCardProps) {
  let number = 0;
  return (
    <Paper withBorder p="md" data-testid="dossier-pieces">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <IconListNumbers size={18} /> Bordereau de pièces
          </Title>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPaperclip size={14} />}
            onClick={onAttach}
          >
            Joindre des pièces…
          </Button>
        </Group>
        {pieces.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aucune pièce pour ces factures : joignez le contrat ou les bons de commande, les bons de
            livraison et les factures.
          </Text>
        ) : (
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {pieces.map((piece, index) => {
                const printable = isPrintableMime(piece.mime);
                const inside = printable && included.has(piece.key);
                if (inside) number += 1;
                return (
                  <Table.Tr key={piece.key} c={inside ? undefined : 'dimmed'}>
                    <Table.Td w={40}>
                      <Checkbox
                        aria-label={`Inclure ${piece.title}`}
                        checked={inside}
                        disabled={!printable}
                        onChange={() => onToggle(piece.key)}
                      />
                    </Table.Td>
                    <Table.Td w={100} style={{ whiteSpace: 'nowrap' }}>
                      {inside ? `Pièce n° ${number}` : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        component="button"
                        type="button"
                        onClick={() => onView(piece)}
                        style={{ all: 'unset', cursor: 'pointer' }}
                      >
                        {pieceDescription(piece)}
                      </Text>
                      {!printable ? (
                        <Text size="xs" c="orange">
                          Courriel : imprimez-le en PDF et joignez cette copie pour le produire.
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td w={160}>
                      <Badge variant="light" size="sm">
                        {DOCUMENT_KIND_LABELS[piece.kind]}
                      </Badge>
                    </Table.Td>
                    <Table.Td w={70}>
                      <Group gap={2} wrap="nowrap">
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          aria-label={`Monter ${piece.title}`}
                          disabled={index === 0}
                          onClick={() => onMove(piece.key, -1)}
                        >
                          <IconArrowUp size={14} />
                        </ActionIcon>
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          aria-label={`Descendre ${piece.title}`}
                          disabled={index === pieces.length - 1}
                          onClick={() => onMove(piece.key, 1)}
                        >
                          <IconArrowDown size={14} />
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
