/**
 * The rows of the debtor table, memoised: the table re-renders on every scroll frame, and only
 * rows whose debtor, highlight or selection changed (never the header) should do any work.
 */
import { Checkbox, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { memo } from 'react';
import type { BucketKey } from '../../../domain/aging';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import { type ColumnKey, type ColumnSpec, isBucketColumn } from './columnValues';
import { cellContent } from './DebtorCell';
import classes from './DebtorTable.module.css';
import type { SortDirection } from './listQuery';

export const alignOf = (column: ColumnSpec) =>
  column.kind === 'amount' || column.kind === 'count' ? 'right' : 'left';

export interface RowProps {
  row: DebtorSummary;
  index: number;
  /**
   * The columns drawn: first the `pinnedCount` pinned ones (account, name), then those in view
   * of the columns scrolling sideways, the first of them being their `firstColumn`.
   */
  columns: readonly ColumnSpec[];
  pinnedCount: number;
  firstColumn: number;
  active: boolean;
  selected: boolean;
  /**
   * The list is being flicked (see useFlick): the row shows its account and name only, in one
   * cell over the columns in view. Two elements instead of a dozen per row is what keeps every
   * frame of a flick short. The <tr> stays the same element, so a focused row keeps the focus.
   */
  flicked: boolean;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}

/** Memoised: a re-render of the table that changes no row (a selection elsewhere, a hover) skips them. */
export const DebtorRow = memo(function DebtorRow(props: RowProps) {
  const { row, index, active, selected, flicked, onOpen } = props;
  return (
    <tr
      // Not an id: no style rule reads data-row, so re-filling a recycled row restyles nothing.
      data-row={index}
      aria-rowindex={index + 2}
      // Focused by the keyboard navigation (roving focus), never by Tab.
      tabIndex={-1}
      data-active={active || undefined}
      data-selected={selected || undefined}
      className={classes.row}
      onClick={(event) => {
        // The checkbox selects; anywhere else on the row opens the fiche.
        if (!(event.target as HTMLElement).closest('[data-select-cell]')) onOpen(row.id);
      }}
    >
      {flicked ? (
        <td className={classes.flickedCell}>{`${row.accountNo}  ${row.name}`}</td>
      ) : (
        <RowCells {...props} />
      )}
    </tr>
  );
});

/** The checkbox and the cells of the columns in view, formatted for their kind. */
function RowCells({ row, columns, pinnedCount, firstColumn, selected, onToggle }: RowProps) {
  return (
    <>
      <td className={classes.checkboxCell} data-select-cell aria-colindex={1}>
        {/* A plain <input>, drawn by CSS (.checkbox): Mantine's <Checkbox> is too heavy per row. */}
        <input
          type="checkbox"
          className={classes.checkbox}
          checked={selected}
          onChange={() => onToggle(row.id)}
          aria-label={`Sélectionner ${row.name}`}
          tabIndex={-1}
        />
      </td>
      {columns.map((column, position) => {
        const { content, tone } = cellContent(row, column);
        const place = placeClass(position, pinnedCount);
        return (
          <td
            key={column.key}
            aria-colindex={position < pinnedCount ? position + 2 : firstColumn + position + 2}
            className={[classes.cell, tone, place].filter(Boolean).join(' ')}
            data-align={alignOf(column)}
            title={column.kind === 'text' && typeof content === 'string' ? content : undefined}
          >
            {content}
          </td>
        );
      })}
    </>
  );
}

/**
 * The class that places a cell: pinned (sticky on the left) for the account and the name, and
 * for the first scrolling column the grid line after the empty track of the columns scrolled
 * past. Classes, not inline styles: re-filled rows keep sharing their computed styles.
 */
function placeClass(position: number, pinnedCount: number): string | undefined {
  if (position < pinnedCount) return position === 0 ? classes.pinned1 : classes.pinned2;
  if (position === pinnedCount) return classes[`afterSkip${pinnedCount}`];
  return undefined;
}

export interface HeaderRowProps {
  /** The columns drawn, as for the rows. */
  columns: readonly ColumnSpec[];
  pinnedCount: number;
  firstColumn: number;
  bucketLabels: Record<BucketKey, string>;
  sort: ColumnKey;
  direction: SortDirection;
  onSort: (key: ColumnKey) => void;
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll: () => void;
}

/** Memoised too: the table re-renders on every scroll frame, the header never needs to. */
export const HeaderRow = memo(function HeaderRow(props: HeaderRowProps) {
  const { columns, pinnedCount, firstColumn, sort, direction, onSort } = props;
  return (
    <thead className={classes.header}>
      <tr aria-rowindex={1} className={classes.headerRow}>
        <th className={classes.checkboxCell} aria-colindex={1}>
          <Checkbox
            size="xs"
            checked={props.allSelected}
            indeterminate={props.someSelected}
            onChange={props.onToggleAll}
            aria-label="Tout sélectionner"
            tabIndex={-1}
          />
        </th>
        {columns.map((column, position) => {
          const sorted = column.key === sort;
          const label = isBucketColumn(column.key) ? props.bucketLabels[column.key] : column.label;
          return (
            <th
              key={column.key}
              aria-colindex={position < pinnedCount ? position + 2 : firstColumn + position + 2}
              aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              className={[classes.headerCell, placeClass(position, pinnedCount)]
                .filter(Boolean)
                .join(' ')}
              data-align={alignOf(column)}
            >
              <UnstyledButton
                className={classes.sortButton}
                onClick={() => onSort(column.key)}
                tabIndex={-1}
                title={`Trier par ${label}`}
              >
                {label}
                {sorted &&
                  (direction === 'asc' ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />)}
              </UnstyledButton>
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
