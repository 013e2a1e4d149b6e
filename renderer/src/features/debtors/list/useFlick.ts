import { useLayoutEffect, useRef } from 'react';

/**
 * Whether the list is being flicked: it moved by more than its own height since the last render,
 * so that no row on screen was on screen a frame ago and nobody can read one. A flick of the
 * scroll bar's thumb through 10,000 rows moves several windows per frame; filling every cell of
 * every row on each of those frames was most of their work. The caller draws lighter rows while
 * this holds; the virtualizer re-renders when the scrolling stops (its `isScrolling` resets),
 * and that render, at rest, is a full one.
 */
export function useFlick(offset: number, windowHeight: number, isScrolling: boolean): boolean {
  // The offset of the last render that reached the screen: read during render, written after
  // commit, so a render React discards (StrictMode, an interrupted one) does not move it.
  const committed = useRef(offset);
  useLayoutEffect(() => {
    committed.current = offset;
  });
  return isScrolling && windowHeight > 0 && Math.abs(offset - committed.current) > windowHeight;
}
