import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { BucketKey } from '../../../domain/aging';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import type { ColumnKey, ColumnSpec } from './columnValues';
import classes from './DebtorTable.module.css';
import { DebtorRow, HeaderRow } from './DebtorTableRows';
import type { SortDirection } from './listQuery';

const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 40;
const CHECKBOX_WIDTH = 40;

export interface DebtorTableProps {
  rows: readonly DebtorSummary[];
  columns: readonly ColumnSpec[];
  bucketLabels: Record<BucketKey, string>;
  sort: ColumnKey;
  direction: SortDirection;
  onSort: (key: ColumnKey) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onOpen: (id: string) => void;
}

/**
 * Row recycling: each rendered row is keyed by its slot (index modulo the window size) and the
 * slots are kept in a fixed DOM order, so scrolling re-fills the same <tr>/<td> elements with
 * other debtors instead of creating new ones. Creating elements means resolving their styles,
 * which is most of a frame's cost when a fast scroll replaces every visible row at once. The
 * rows are positioned by transform, so DOM order does not show; aria-rowindex gives the order.
 */
function recycledSlots(items: readonly VirtualItem[]): { item: VirtualItem; slot: number }[] {
  const size = items.length;
  return items.map((item) => ({ item, slot: item.index % size })).sort((a, b) => a.slot - b.slot);
}

/**
 * All debtors in one scrolling grid: only the rows in view are in the DOM (@tanstack/react-virtual),
 * so 10,000 rows scroll like 30. The header stays on top; ↑/↓, Page↑/Page↓, Début/Fin move the
 * highlighted row, Entrée opens it, Espace selects it.
 */
export function DebtorTable(props: DebtorTableProps) {
  const { rows, columns, sort, direction, onSort, selected, onToggle, onOpen } = props;
  const scrollRef = useRef<HTMLElement>(null);
  const [active, setActive] = useState(-1);
  const width = CHECKBOX_WIDTH + columns.reduce((sum, c) => sum + c.width, 0);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // Keeps a row scrolled into view by the keyboard clear of the sticky header.
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // A new filter or sort is a new list: the highlight would point at an unrelated debtor.
  useEffect(() => {
    if (rows) setActive(-1);
  }, [rows]);

  // Roving focus: the highlighted row holds the DOM focus (screen readers read it) once it is
  // rendered, as long as the focus is in the list at all.
  useEffect(() => {
    if (active < 0 || !scrollRef.current?.contains(document.activeElement)) return;
    const element = scrollRef.current.querySelector<HTMLElement>(`tr[data-row="${active}"]`);
    if (element && element !== document.activeElement) element.focus({ preventScroll: true });
  });

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (rows.length === 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const row = rows[active];
    switch (event.key) {
      case 'ArrowDown':
        moveTo(active + 1);
        break;
      case 'ArrowUp':
        moveTo(active - 1);
        break;
      case 'PageDown':
        moveTo(active + page);
        break;
      case 'PageUp':
        moveTo(active - page);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'Enter':
        if (row) onOpen(row.id);
        break;
      case ' ':
        if (row) onToggle(row.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const [allSelected, someSelected] = useMemo(() => {
    const count = selected.size === 0 ? 0 : rows.filter((row) => selected.has(row.id)).length;
    return [rows.length > 0 && count === rows.length, count > 0 && count < rows.length];
  }, [rows, selected]);

  return (
    // The scroller takes the focus so that ↑/↓ work from the first Tab; rows then get it.
    <section
      ref={scrollRef}
      className={classes.scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard-driven list needs a tab stop
      tabIndex={0}
      aria-label="Liste des débiteurs : flèches pour parcourir, Entrée pour ouvrir"
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (active < 0 && rows.length > 0) setActive(0);
      }}
    >
      <table className={classes.table} style={{ width }} aria-rowcount={rows.length + 1}>
        <HeaderRow
          columns={columns}
          bucketLabels={props.bucketLabels}
          sort={sort}
          direction={direction}
          onSort={onSort}
          allSelected={allSelected}
          someSelected={someSelected}
          onToggleAll={props.onToggleAll}
          width={width}
        />
        <tbody className={classes.body} style={{ height: virtualizer.getTotalSize(), width }}>
          {recycledSlots(virtualizer.getVirtualItems()).map(({ item, slot }) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <DebtorRow
                key={slot}
                row={row}
                index={item.index}
                top={item.start}
                width={width}
                columns={columns}
                active={item.index === active}
                selected={selected.has(row.id)}
                onToggle={onToggle}
                onOpen={onOpen}
              />
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
