import { Checkbox, ScrollArea, Table } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SelectableTableProps<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  /** Height past which the table scrolls under its sticky header. */
  maxHeight: number | string;
  /** Accessible names: the table, the « all » checkbox, each row's checkbox. */
  label: string;
  allLabel: string;
  rowLabel: (row: Row) => string;
  /** The header cells after the checkbox column, and a row's cells after its checkbox. */
  head: ReactNode;
  cells: (row: Row) => ReactNode;
  /** Rows shown greyed that cannot be ticked (the reason belongs in their cells). */
  disabled?: (row: Row) => boolean;
}

/**
 * A compact table whose rows are ticked one by one or all at once (the header's checkbox shows
 * « some » as indeterminate): the pieces of a letter, the debtors of a batch.
 */
export function SelectableTable<Row>(props: SelectableTableProps<Row>) {
  const { rows: all, rowKey, selected, onChange, disabled } = props;
  const rows = disabled ? all.filter((row) => !disabled(row)) : all;
  const toggle = (key: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <ScrollArea.Autosize mah={props.maxHeight} type="auto">
      <Table
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={4}
        fz="sm"
        aria-label={props.label}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <Checkbox
                aria-label={props.allLabel}
                checked={rows.length > 0 && selected.size === rows.length}
                indeterminate={selected.size > 0 && selected.size < rows.length}
                onChange={(event) =>
                  onChange(new Set(event.currentTarget.checked ? rows.map(rowKey) : []))
                }
              />
            </Table.Th>
            {props.head}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {all.map((row) => {
            const key = rowKey(row);
            const off = disabled?.(row) ?? false;
            return (
              <Table.Tr
                key={key}
                data-disabled={off || undefined}
                style={off ? { background: 'var(--mantine-color-default-hover)' } : undefined}
              >
                <Table.Td>
                  <Checkbox
                    aria-label={props.rowLabel(row)}
                    disabled={off}
                    checked={!off && selected.has(key)}
                    onChange={(event) => toggle(key, event.currentTarget.checked)}
                  />
                </Table.Td>
                {props.cells(row)}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
