import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type CSSProperties,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { BucketKey } from '../../../domain/aging';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import { type ColumnKey, type ColumnSpec, FIXED_COLUMNS } from './columnValues';
import classes from './DebtorTable.module.css';
import { DebtorRow, HeaderRow } from './DebtorTableRows';
import type { SortDirection } from './listQuery';
import { useFlick } from './useFlick';

export const ROW_HEIGHT = 36;
export const HEADER_HEIGHT = 40;
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
    // Rows past the window are re-filled on every step like the others (see `items`): a few
    // hide the blank edge while a frame catches up, more only add work to each frame.
    overscan: 1,
    // Keeps a row scrolled into view by the keyboard clear of the sticky header.
    scrollPaddingStart: HEADER_HEIGHT,
    // The rows drawn light during a flick (useFlick) are filled this long after it stops.
    isScrollingResetDelay: 100,
  });
  // The account and the name (the leading fixed columns) stay in place while the others scroll
  // sideways under them: a row must say whose it is wherever the user scrolled to.
  const pinnedCount = useMemo(() => {
    let count = 0;
    while (count < columns.length && FIXED_COLUMNS.includes(columns[count]?.key as ColumnKey)) {
      count++;
    }
    return count;
  }, [columns]);
  const pinned = useMemo(() => columns.slice(0, pinnedCount), [columns, pinnedCount]);
  const pinnedWidth = pinned.reduce((sum, c) => sum + c.width, 0);
  const scrolling = useMemo(() => columns.slice(pinnedCount), [columns, pinnedCount]);
  // The default columns are twice as wide as a laptop's window: only those in view (and one on
  // each side) are in the DOM, which halves the cells laid out and painted on each scroll frame.
  const columnKey = useCallback((index: number) => scrolling[index]?.key ?? index, [scrolling]);
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: scrolling.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => scrolling[index]?.width ?? 0,
    getItemKey: columnKey,
    paddingStart: CHECKBOX_WIDTH + pinnedWidth,
    overscan: 0,
  });
  const columnItems = columnVirtualizer.getVirtualItems();
  const firstScrolling = columnItems[0]?.index ?? 0;
  const lastScrolling = columnItems.at(-1)?.index ?? scrolling.length - 1;
  const shownColumns = useMemo(
    () => [...pinned, ...scrolling.slice(firstScrolling, lastScrolling + 1)],
    [pinned, scrolling, firstScrolling, lastScrolling],
  );
  const skippedWidth = scrolling.slice(0, firstScrolling).reduce((sum, c) => sum + c.width, 0);
  // One grid template for the header and every row: the checkbox, the pinned columns, an empty
  // track as wide as the columns scrolled past, then the columns shown. Cells carry no inline
  // style, so rows re-filled while scrolling share their computed styles (DebtorTable.module.css).
  const tableStyle = {
    width,
    '--debtor-columns': [
      CHECKBOX_WIDTH,
      ...pinned.map((c) => c.width),
      skippedWidth,
      ...shownColumns.slice(pinnedCount).map((c) => c.width),
    ]
      .map((w) => `${w}px`)
      .join(' '),
    '--debtor-pinned-1': `${CHECKBOX_WIDTH}px`,
    '--debtor-pinned-2': `${CHECKBOX_WIDTH + (pinned[0]?.width ?? 0)}px`,
  } as CSSProperties;

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

  // The rows in view flow one after the other from the first one's offset (the body's top
  // padding), keyed by their position in the window: scrolling re-fills the same <tr>/<td>
  // elements with other debtors and changes no row's style. New elements, or a style change on
  // every row (a transform per row), cost a style recalculation of every cell, which was most
  // of a frame's time on a fast flick of the scroll bar.
  const items = virtualizer.getVirtualItems();
  const flicked = useFlick(
    virtualizer.scrollOffset ?? 0,
    virtualizer.scrollRect?.height ?? 0,
    virtualizer.isScrolling,
  );

  return (
    // The scroller takes the focus so that ↑/↓ work from the first Tab; rows then get it.
    <section
      ref={scrollRef}
      className={classes.scroller}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard-driven list needs a tab stop
      tabIndex={0}
      aria-label="Liste des débiteurs : flèches pour parcourir, Entrée pour ouvrir"
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (active < 0 && rows.length > 0) setActive(0);
      }}
    >
      <table
        className={classes.table}
        style={tableStyle}
        aria-rowcount={rows.length + 1}
        aria-colcount={columns.length + 1}
      >
        <HeaderRow
          columns={shownColumns}
          pinnedCount={pinnedCount}
          firstColumn={firstScrolling}
          bucketLabels={props.bucketLabels}
          sort={sort}
          direction={direction}
          onSort={onSort}
          allSelected={allSelected}
          someSelected={someSelected}
          onToggleAll={props.onToggleAll}
        />
        <tbody
          className={classes.body}
          style={{ height: virtualizer.getTotalSize(), paddingTop: items[0]?.start ?? 0 }}
        >
          {items.map((item, position) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <DebtorRow
                // biome-ignore lint/suspicious/noArrayIndexKey: recycling by position is the point (see `items`)
                key={position}
                row={row}
                index={item.index}
                columns={shownColumns}
                pinnedCount={pinnedCount}
                firstColumn={firstScrolling}
                active={item.index === active}
                selected={selected.has(row.id)}
                flicked={flicked}
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
