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
import { memo } from 'react';
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

interface PieceRowProps {
  piece: EvidencePiece;
  printable: boolean;
  /** Its number in the bordereau; null when left out. */
  number: number | null;
  first: boolean;
  last: boolean;
  onToggle: (key: string) => void;
  onMove: (key: string, delta: -1 | 1) => void;
  onView: (piece: EvidencePiece) => void;
}

/**
 * One piece. Memoised: a bordereau of 50 pieces took 50-90 ms to draw, and the case page draws
 * again on every write to the debtor's records (the export logs itself); a row whose piece,
 * number and place have not changed is left as it is.
 */
const PieceRow = memo(function PieceRow({
  piece,
  printable,
  number,
  first,
  last,
  onToggle,
  onMove,
  onView,
}: PieceRowProps) {
  const inside = number !== null;
  return (
    <Table.Tr c={inside ? undefined : 'dimmed'}>
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
            disabled={first}
            onClick={() => onMove(piece.key, -1)}
          >
            <IconArrowUp size={14} />
          </ActionIcon>
          <ActionIcon
            size="sm"
            variant="subtle"
            aria-label={`Descendre ${piece.title}`}
            disabled={last}
            onClick={() => onMove(piece.key, 1)}
          >
            <IconArrowDown size={14} />
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
});

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
                  <PieceRow
                    key={piece.key}
                    piece={piece}
                    printable={printable}
                    number={inside ? number : null}
                    first={index === 0}
                    last={index === pieces.length - 1}
                    onToggle={onToggle}
                    onMove={onMove}
                    onView={onView}
                  />
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
