import { Checkbox, ScrollArea, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type ReactNode, useCallback, useLayoutEffect, useRef } from 'react';
import classes from './SelectableTable.module.css';
import { VirtualGap } from './VirtualGap';

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
  /** How many cells `head` and `cells` draw (the blank rows around the rows in view span them). */
  columns: number;
  /** Rows shown greyed that cannot be ticked (the reason belongs in their cells). */
  disabled?: (row: Row) => boolean;
}

/**
 * Past this many rows, only those in view are in the DOM. After a batch of letters the list of
 * a thousand due debtors is drawn again, and laying the whole table out took 250-400 ms in one
 * task. Below it every row is there, so that the browser's search finds any of them.
 */
export const VIRTUAL_FROM = 150;
/** A one-line row; rows of two lines are measured once drawn. */
const ROW_ESTIMATE = 37;

/** The checkboxes' parts that Mantine animates (see the module's CSS). */
const STILL = { input: classes.still, icon: classes.still };

interface SelectableRowProps<Row> {
  row: Row;
  rowKey: string;
  /** The row's position in the list, from 0. */
  index: number;
  checked: boolean;
  off: boolean;
  label: string;
  cells: (row: Row) => ReactNode;
  onToggle: (key: string, checked: boolean) => void;
  /** Measures the drawn row when only the rows in view are drawn. */
  measure: ((row: HTMLTableRowElement | null) => void) | undefined;
}

/**
 * One row, memoised: ticking a box redraws that row, not the thousand others of a batch (190 ms
 * of the page per click). `cells` must be stable for that (a module-level function).
 */
const SelectableRow = memo(function SelectableRow<Row>({
  row,
  rowKey,
  index,
  checked,
  off,
  label,
  cells,
  onToggle,
  measure,
}: SelectableRowProps<Row>) {
  return (
    <Table.Tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      // Striped by position in the list: the rows drawn start anywhere in it.
      className={index % 2 === 0 ? classes.stripe : undefined}
      data-disabled={off || undefined}
      style={off ? { background: 'var(--mantine-color-default-hover)' } : undefined}
    >
      <Table.Td>
        <Checkbox
          aria-label={label}
          classNames={STILL}
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
  const viewport = useRef<HTMLDivElement>(null);
  const virtual = all.length > VIRTUAL_FROM;
  const virtualizer = useVirtualizer({
    count: all.length,
    enabled: virtual,
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => {
      const row = all[index];
      return row === undefined ? index : rowKey(row);
    },
    overscan: 10,
    // Before the first layout (and in tests without one), a first screenful is drawn.
    initialRect: { width: 900, height: 600 },
  });
  const inView = virtual ? virtualizer.getVirtualItems() : null;
  const indexes = inView ? inView.map((item) => item.index) : all.map((_, index) => index);
  const before = inView?.[0]?.start ?? 0;
  const after = inView ? virtualizer.getTotalSize() - (inView.at(-1)?.end ?? 0) : 0;
  return (
    <ScrollArea.Autosize mah={props.maxHeight} type="auto" viewportRef={viewport}>
      <Table
        highlightOnHover
        stickyHeader
        verticalSpacing={4}
        fz="sm"
        aria-label={props.label}
        aria-rowcount={all.length + 1}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            <Table.Th>
              <Checkbox
                aria-label={props.allLabel}
                classNames={STILL}
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
          <VirtualGap height={before} columns={props.columns + 1} />
          {indexes.map((index) => {
            const row = all[index] as Row;
            const key = rowKey(row);
            const off = disabled?.(row) ?? false;
            return (
              <SelectableRow
                key={key}
                row={row}
                rowKey={key}
                index={index}
                checked={!off && selected.has(key)}
                off={off}
                label={props.rowLabel(row)}
                cells={props.cells}
                onToggle={toggle}
                measure={virtual ? virtualizer.measureElement : undefined}
              />
            );
          })}
          <VirtualGap height={after} columns={props.columns + 1} />
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
