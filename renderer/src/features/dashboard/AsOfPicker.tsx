import { Select } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import type { ImportChoice } from '../../data/repositories/portfolio';
import { formatDateFr } from '../../domain/dates';

export interface AsOfPickerProps {
  imports: readonly ImportChoice[];
  value?: string;
  /** undefined: back to the latest import (the live ledger). */
  onChange: (importId: string | undefined) => void;
  latestId?: string;
}

/** Which import the dashboard is « as of »: the latest by default, or any earlier one. */
export function AsOfPicker({ imports, value, onChange, latestId }: AsOfPickerProps) {
  return (
    <Select
      aria-label="Situation à la date de l’import"
      leftSection={<IconCalendar size={16} />}
      data={imports.map((imp) => ({
        value: imp.id,
        label: `Au ${formatDateFr(imp.asOfDate)}${imp.id === latestId ? ' (dernier import)' : ''}`,
      }))}
      value={value ?? latestId ?? null}
      onChange={(id) => onChange(id === latestId ? undefined : (id ?? undefined))}
      allowDeselect={false}
      w={300}
      comboboxProps={{ width: 340 }}
      renderOption={({ option }) => {
        const imp = imports.find((i) => i.id === option.value);
        return (
          <div>
            <div>{option.label}</div>
            <div style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)' }}>
              {imp?.fileName}
            </div>
          </div>
        );
      }}
    />
  );
}
