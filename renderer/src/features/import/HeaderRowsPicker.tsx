import { Button, Group, NumberInput, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import type { HeaderRange } from '../../domain/import/types';

interface HeaderRowsPickerProps {
  /** Header lines as read; null when none was recognised. */
  header: HeaderRange | null;
  onChange: (header: HeaderRange) => void;
}

/**
 * The header line(s) as Excel numbers them, for when detection picked the wrong line or none:
 * one line, or two for « Date » over « échéance ».
 */
export function HeaderRowsPicker({ header, onChange }: HeaderRowsPickerProps) {
  const [first, setFirst] = useState<number | ''>(header?.first ?? '');
  const [last, setLast] = useState<number | ''>(header?.last ?? '');
  const lastRow = last === '' ? first : last;
  const valid =
    typeof first === 'number' && typeof lastRow === 'number' && first >= 1 && lastRow >= first;
  const unchanged = header !== null && header.first === first && header.last === lastRow;
  return (
    <Paper withBorder p="sm">
      <Text fw={600} size="sm" mb="xs">
        Ligne d’en-tête
      </Text>
      <Group align="flex-end" gap="md">
        <NumberInput
          size="xs"
          w={160}
          label="Première ligne"
          min={1}
          allowDecimal={false}
          value={first}
          onChange={(value) => setFirst(typeof value === 'number' ? value : '')}
        />
        <NumberInput
          size="xs"
          w={160}
          label="Dernière ligne"
          description="si l’en-tête tient sur deux lignes"
          min={1}
          allowDecimal={false}
          value={last}
          onChange={(value) => setLast(typeof value === 'number' ? value : '')}
        />
        <Button
          size="xs"
          variant="light"
          disabled={!valid || unchanged}
          onClick={() => {
            if (typeof first === 'number' && typeof lastRow === 'number') {
              onChange({ first, last: lastRow });
            }
          }}
        >
          Lire l’en-tête sur ces lignes
        </Button>
      </Group>
    </Paper>
  );
}
