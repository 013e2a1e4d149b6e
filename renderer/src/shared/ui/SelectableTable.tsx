import { Checkbox, ScrollArea, Table } from '@mantine/core';
import { memo, type ReactNode, useCallback, useLayoutEffect, useRef } from 'react';

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

interface SelectableRowProps<Row> {
  row: Row;
  rowKey: string;
  checked: boolean;
  off: boolean;
  label: string;
  cells: (row: Row) => ReactNode;
  onToggle: (key: string, checked: boolean) => void;
}

/**
 * One row, memoised: ticking a box redraws that row, not the thousand others of a batch (190 ms
 * of the page per click). `cells` must be stable for that (a module-level function).
 */
const SelectableRow = memo(function SelectableRow<Row>({
  row,
  rowKey,
  checked,
  off,
  label,
  cells,
  onToggle,
}: SelectableRowProps<Row>) {
  return (
    <Table.Tr
      data-disabled={off || undefined}
      style={off ? { background: 'var(--mantine-color-default-hover)' } : undefined}
    >
      <Table.Td>
        <Checkbox
          aria-label={label}
          disabled={off}
          checked={checked}
          onChange={(event) => onToggle(rowKey, event.currentTarget.checked)}
        />
      </Table.Td>
      {cells(row)}
    </Table.Tr>
  );
}) as <Row>(props: SelectableRowProps<Row>) => ReactNode;

/**
 * A compact table whose rows are ticked one by one or all at once (the header's checkbox shows
 * « some » as indeterminate): the pieces of a letter, the debtors of a batch.
 */
export function SelectableTable<Row>(props: SelectableTableProps<Row>) {
  const { rows: all, rowKey, selected, onChange, disabled } = props;
  const rows = disabled ? all.filter((row) => !disabled(row)) : all;
  // The rows' toggle stays the same function while the selection changes: read from here.
  const latest = useRef({ selected, onChange });
  useLayoutEffect(() => {
    latest.current = { selected, onChange };
  });
  const toggle = useCallback((key: string, checked: boolean) => {
    const next = new Set(latest.current.selected);
    if (checked) next.add(key);
    else next.delete(key);
    latest.current.onChange(next);
  }, []);
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
              <SelectableRow
                key={key}
                row={row}
                rowKey={key}
                checked={!off && selected.has(key)}
                off={off}
                label={props.rowLabel(row)}
                cells={props.cells}
                onToggle={toggle}
              />
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
