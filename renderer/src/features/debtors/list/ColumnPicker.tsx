import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import type { BucketKey } from '../../../domain/aging';
import {
  ALL_COLUMNS,
  type ColumnKey,
  type ColumnSpec,
  FIXED_COLUMNS,
  isBucketColumn,
} from './columnValues';

export interface ColumnPickerProps {
  visible: readonly ColumnSpec[];
  bucketLabels: Record<BucketKey, string>;
  /** The new choice, in display order; null to go back to the default columns. */
  onChange: (columns: ColumnKey[] | null) => void;
}

/** Which columns the list shows; the choice is saved in settings and kept across sessions. */
export function ColumnPicker({ visible, bucketLabels, onChange }: ColumnPickerProps) {
  const shown = new Set(visible.map((c) => c.key));
  function toggle(key: ColumnKey) {
    // Keep the catalogue's order so a column comes back where it used to be.
    onChange(
      ALL_COLUMNS.map((c) => c.key).filter((k) => (k === key ? !shown.has(k) : shown.has(k))),
    );
  }
  return (
    <Popover position="bottom-end" shadow="md" withArrow>
      <Popover.Target>
        <Button variant="default" leftSection={<IconColumns size={16} />}>
          Colonnes
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} mah={420} style={{ overflowY: 'auto' }}>
          <Text size="xs" c="dimmed">
            Colonnes affichées (et exportées)
          </Text>
          {ALL_COLUMNS.map((column) => (
            <Checkbox
              key={column.key}
              size="xs"
              label={isBucketColumn(column.key) ? bucketLabels[column.key] : column.label}
              checked={shown.has(column.key)}
              disabled={FIXED_COLUMNS.includes(column.key)}
              onChange={() => toggle(column.key)}
            />
          ))}
          <Button size="xs" variant="subtle" onClick={() => onChange(null)}>
            Rétablir les colonnes par défaut
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
