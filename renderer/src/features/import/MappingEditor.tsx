import { Badge, Group, NativeSelect, Paper, SimpleGrid, Text } from '@mantine/core';
import { columnLetter } from '../../domain/import/grid';
import { FIELD_NAMES_FR } from '../../domain/import/mapping';
import type { ColumnMapping, ImportField, ImportLayout } from '../../domain/import/types';
import { BUCKET_LAYOUT_FIELDS, OPEN_ITEM_FIELDS } from './fieldLabels';

interface MappingEditorProps {
  layout: ImportLayout;
  headers: readonly string[];
  mapping: ColumnMapping;
  presetName?: string;
  onChange: (mapping: ColumnMapping) => void;
}

const NONE = '';

/**
 * One select per field: the detected column is pre-selected, the user corrects what is wrong.
 * Native selects: a dozen Mantine Selects (each with its floating dropdown set up) drew the
 * import's review in one task of 150 ms or more; the keyboard still picks a column by its letter.
 */
export function MappingEditor({
  layout,
  headers,
  mapping,
  presetName,
  onChange,
}: MappingEditorProps) {
  const fields = layout === 'buckets' ? BUCKET_LAYOUT_FIELDS : OPEN_ITEM_FIELDS;
  const options = [
    { value: NONE, label: '— ignorer —' },
    ...headers.map((header, index) => ({
      value: String(index),
      label: `${columnLetter(index)} · ${header || '(sans titre)'}`,
    })),
  ];
  function setField(field: ImportField, value: string | null) {
    const next: ColumnMapping = { ...mapping };
    if (value === null || value === NONE) delete next[field];
    else next[field] = Number(value);
    onChange(next);
  }
  return (
    <Paper withBorder p="sm" mb="md">
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          Correspondance des colonnes
        </Text>
        <Group gap="xs">
          <Badge variant="light">{layout === 'buckets' ? 'Par tranches' : 'Pièce par pièce'}</Badge>
          {presetName && (
            <Badge variant="light" color="teal">
              {presetName}
            </Badge>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xs">
        {fields.map((field) => (
          <NativeSelect
            key={field}
            size="xs"
            label={FIELD_NAMES_FR[field]}
            data={options}
            value={mapping[field] === undefined ? NONE : String(mapping[field])}
            onChange={(event) => setField(field, event.currentTarget.value)}
          />
        ))}
      </SimpleGrid>
    </Paper>
  );
}
