import { useVirtualizer } from '@tanstack/react-virtual';
import {
  type KeyboardEvent,
  type Ref,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
} from 'react';
import type { IsoDate } from '../../domain/model';
import type { QueueRow } from '../../domain/queueRows';
import classes from './QueueList.module.css';
import { QueueRowView, ROW_HEIGHT } from './QueueRowView';
import { onUndo, type QuickKind, runQuick, undoLast } from './quickActions';

const HEADER_HEIGHT = 36;

/** The single-key shortcuts of a row (the sheet « ? » lists them). */
export const ROW_KEYS: Readonly<Record<string, QuickKind>> = {
  f: 'done',
  d: 'tomorrow',
  l: 'monday',
  s: 'next-week',
  n: 'no-answer',
  x: 'wrong-number',
};

export interface QueueListHandle {
  /** Puts the focus on the active row (after the filters, or when the page opens). */
  focusActive: () => void;
}

export interface QueueListProps {
  rows: readonly QueueRow[];
  today: IsoDate;
  /** Opens the row's screen (Enter, or its button). */
  onOpen: (row: QueueRow) => void;
  /** Opens the debtor's page (« o »). */
  onOpenDebtor: (row: QueueRow) => void;
  handle?: Ref<QueueListHandle>;
  /** Height of the scrolling area. */
  height: string;
}

/** Marks a drawn row as the active one (the one Tab stop) or not, in the DOM only. */
function markRow(grid: HTMLElement | null, index: number, active: boolean): void {
  const row = grid?.querySelector<HTMLElement>(`[data-index="${index}"]`);
  if (!row) return;
  row.tabIndex = active ? 0 : -1;
  if (active) row.setAttribute('data-active', 'true');
  else row.removeAttribute('data-active');
}

/**
 * The queue's rows, virtualised (only those in view are in the DOM: ready at once with 10,000
 * debtors). One Tab stop: the active row; j/k or the arrows move, Enter opens, single keys record
 * an outcome; after a row leaves the queue the focus stays at the same place, on the next one.
 *
 * Moving the active row re-renders nothing: the two rows concerned have their tab stop and mark
 * changed in the DOM (a row drawn later reads the active index when it renders), so a move costs
 * well under a frame whatever the rows hold.
 */
export function QueueList({ rows, today, onOpen, onOpenDebtor, handle, height }: QueueListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeRef = useRef(0);
  activeRef.current = Math.min(activeRef.current, Math.max(0, rows.length - 1));
  /** A row to focus once the rows change (the one brought back by « Annuler »). */
  const focusDebtor = useRef<string | null>(null);
  const keepFocus = useRef(false);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  /** Makes `index` the active row. */
  const setActive = useCallback((index: number) => {
    const previous = activeRef.current;
    activeRef.current = index;
    if (previous === index) return;
    markRow(scrollRef.current, previous, false);
    markRow(scrollRef.current, index, true);
  }, []);

  const focusIndex = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(index, rows.length - 1));
      setActive(target);
      const found = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
      if (found) {
        // The list scrolls the row into view itself (under the sticky header, only if needed):
        // cheaper than the browser's scrolling into view on focus.
        found.focus({ preventScroll: true });
        const offset = virtualizer.getOffsetForIndex(target)?.[0];
        if (offset !== undefined && offset !== virtualizer.scrollOffset) {
          virtualizer.scrollToIndex(target);
        }
        return;
      }
      virtualizer.scrollToIndex(target);
      requestAnimationFrame(() =>
        scrollRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`)?.focus(),
      );
    },
    [rows.length, virtualizer, setActive],
  );

  useImperativeHandle(handle, () => ({ focusActive: () => focusIndex(activeRef.current) }), [
    focusIndex,
  ]);

  // The undo is announced once written; the rows may already show the debtor back by then (the
  // live query can be quicker than the announcement) or not yet: focus it now, or when it comes.
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const focusIndexRef = useRef(focusIndex);
  focusIndexRef.current = focusIndex;
  useEffect(
    () =>
      onUndo((done) => {
        const index = rowsRef.current.findIndex((r) => r.debtorId === done.debtorId);
        if (index >= 0) focusIndexRef.current(index);
        else focusDebtor.current = done.debtorId;
      }),
    [],
  );

  // The rows changed (an action done, undone, a filter): keep the focus where the user works.
  useEffect(() => {
    if (focusDebtor.current) {
      const index = rows.findIndex((r) => r.debtorId === focusDebtor.current);
      focusDebtor.current = null;
      if (index >= 0) {
        focusIndex(index);
        return;
      }
    }
    if (!keepFocus.current) return;
    keepFocus.current = false;
    const focused = document.activeElement;
    const inside = focused && scrollRef.current?.contains(focused);
    if (!inside && rows.length > 0) focusIndex(activeRef.current);
  }, [rows, focusIndex]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName !== 'TR') return;
    const index = Number(target.dataset.index ?? activeRef.current);
    const row = rows[index];
    const key = event.key;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
      if (undoLast()) {
        keepFocus.current = true;
        event.preventDefault();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const move = (to: number) => {
      event.preventDefault();
      focusIndex(to);
    };
    if (key === 'j' || key === 'ArrowDown') return move(index + 1);
    if (key === 'k' || key === 'ArrowUp') return move(index - 1);
    if (key === 'Home') return move(0);
    if (key === 'End') return move(rows.length - 1);
    if (key === 'PageDown') return move(index + 10);
    if (key === 'PageUp') return move(index - 10);
    if (!row) return;
    if (key === 'Enter') {
      event.preventDefault();
      onOpen(row);
      return;
    }
    if (key === 'o') {
      event.preventDefault();
      onOpenDebtor(row);
      return;
    }
    if (key === 'u') {
      event.preventDefault();
      if (undoLast()) keepFocus.current = true;
      return;
    }
    const quick = ROW_KEYS[key];
    if (quick) {
      event.preventDefault();
      keepFocus.current = true;
      void runQuick(row, quick, today);
    }
  };

  return (
    <div ref={scrollRef} className={classes.grid} style={{ height }} data-testid="queue-list">
      <table
        aria-label="Débiteurs à traiter"
        aria-rowcount={rows.length + 1}
        className={classes.table}
        onKeyDown={onKeyDown}
      >
        <thead className={classes.head}>
          <tr aria-rowindex={1} className={classes.header}>
            <th>#</th>
            <th>Débiteur</th>
            <th>Étape</th>
            <th>Motif</th>
            <th style={{ textAlign: 'right' }}>Montant</th>
            <th style={{ textAlign: 'right' }}>Action</th>
          </tr>
        </thead>
        <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <QueueRowView
                key={item.key}
                row={row}
                today={today}
                index={item.index}
                top={item.start}
                active={item.index === activeRef.current}
                onOpen={onOpen}
                onFocusRow={setActive}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
