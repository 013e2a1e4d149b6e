import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Display, Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToScreen,
  readWindowState,
  type WindowState,
  writeWindowState,
} from './window-state';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'recouvra-window-'));
  file = join(dir, 'window-state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading and writing the state file', () => {
  it('round-trips a state', () => {
    const state: WindowState = { x: 10, y: 20, width: 1400, height: 900, maximized: true };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
  });

  it.each([
    ['a missing file', null],
    ['broken JSON', '{"width": 12'],
    ['a wrong shape', '{"width": "grand", "height": 800, "maximized": false}'],
    ['a negative size', '{"width": -5, "height": 800, "maximized": false}'],
    ['an absurd position', '{"x": 1e12, "y": 0, "width": 800, "height": 600, "maximized": false}'],
    ['a non-object', '[1, 2, 3]'],
  ])('falls back to the defaults on %s', (_label, content) => {
    if (content !== null) writeFileSync(file, content);
    expect(readWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('does not throw when the file cannot be written', () => {
    expect(() =>
      writeWindowState(join(dir, 'absent', 'state.json'), DEFAULT_WINDOW_STATE),
    ).not.toThrow();
    expect(() => readFileSync(join(dir, 'absent', 'state.json'))).toThrow();
  });
});

describe('fitToScreen', () => {
  const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 860 };
  const rightMonitor: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };

  /** Two side-by-side displays; the matching display is the one containing the centre. */
  const screen = {
    getPrimaryDisplay: () => ({ workArea: laptop }) as Display,
    getDisplayMatching: (rect: Rectangle) => {
      const centreX = rect.x + rect.width / 2;
      return { workArea: centreX >= rightMonitor.x ? rightMonitor : laptop } as Display;
    },
  };

  it('keeps a state that fits', () => {
    const state = { x: 1500, y: 50, width: 1600, height: 1000, maximized: false };
    expect(fitToScreen(state, screen)).toEqual(state);
  });

  it('brings back a window left on a monitor that is gone', () => {
    const state = { x: 5000, y: 3000, width: 1200, height: 800, maximized: false };
    // The fake resolves far-right rectangles to the right monitor: the window lands in its corner.
    expect(fitToScreen(state, screen)).toEqual({
      x: 1440 + 2560 - 1200,
      y: 1400 - 800,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('pulls back a window hanging off the left edge', () => {
    const state = { x: -900, y: -50, width: 1000, height: 700, maximized: true };
    expect(fitToScreen(state, screen)).toEqual({
      x: 0,
      y: 0,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('shrinks a window bigger than the display', () => {
    const state = { x: 0, y: 0, width: 2560, height: 1400, maximized: false };
    expect(fitToScreen(state, screen)).toMatchObject({ x: 0, y: 0, width: 1440, height: 860 });
  });

  it('lets the first window be centred, sized for the primary display', () => {
    expect(fitToScreen({ width: 3000, height: 2000, maximized: false }, screen)).toEqual({
      width: 1440,
      height: 860,
      maximized: false,
    });
  });
});
