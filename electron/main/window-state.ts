import { readFileSync, writeFileSync } from 'node:fs';
import type { Rectangle, Screen } from 'electron';
import * as z from 'zod';

/** Size and place of the main window, kept between launches in userData/window-state.json. */
export interface WindowState {
  /** Absent on first launch: the window is then centred on the primary display. */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** Below this the ledger tables and the side navigation no longer fit side by side. */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: length,
  height: length,
  maximized: z.boolean(),
});

/** A missing, unreadable or hand-edited file gives the defaults, never a crash at start-up. */
export function readWindowState(filePath: string): WindowState {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(filePath, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

export function writeWindowState(filePath: string, state: WindowState): void {
  try {
    writeFileSync(filePath, JSON.stringify(state));
  } catch {
    // Losing the window position is harmless; failing to quit because of it is not.
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Fits a saved state onto the screens present now: a monitor may have been unplugged or the
 * resolution lowered since. The window is shrunk to the work area of the display it overlaps
 * most (or the nearest one) and moved so that it lies entirely on it.
 */
export function fitToScreen(
  state: WindowState,
  screen: Pick<Screen, 'getDisplayMatching' | 'getPrimaryDisplay'>,
): WindowState {
  const { x, y } = state;
  if (x === undefined || y === undefined) {
    const area = screen.getPrimaryDisplay().workArea;
    return {
      width: Math.min(state.width, area.width),
      height: Math.min(state.height, area.height),
      maximized: state.maximized,
    };
  }
  const saved: Rectangle = { x, y, width: state.width, height: state.height };
  const area = screen.getDisplayMatching(saved).workArea;
  const width = Math.min(state.width, area.width);
  const height = Math.min(state.height, area.height);
  return {
    x: clamp(x, area.x, area.x + area.width - width),
    y: clamp(y, area.y, area.y + area.height - height),
    width,
    height,
    maximized: state.maximized,
  };
}
