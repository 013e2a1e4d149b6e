/**
 * The debtor table scrolled from the first to the last of 10,000 rows, one big step per frame
 * (a fast flick of the scroll bar): the longest frame is what the user would feel as a stutter.
 * A flick draws light rows (useFlick); a second pass, just under a window per frame, measures
 * the same with every row drawn in full.
 */
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { createRoot } from 'react-dom/client';
import { theme } from '../app/theme';
import { generateDemoPortfolio } from '../demo/generator';
import { ageByDebtor, BUCKET_LABELS, DEFAULT_BUCKET_BOUNDARIES } from '../domain/aging';
import { isoDate } from '../domain/dates';
import { buildDebtorSummaries, type DebtorSummary } from '../domain/debtorSummary';
import { DEFAULT_COLUMNS, visibleColumns } from '../features/debtors/list/columnValues';
import { DebtorTable, HEADER_HEIGHT, ROW_HEIGHT } from '../features/debtors/list/DebtorTable';
import { applyListQuery, parseListQuery } from '../features/debtors/list/listQuery';
import type { Measurement } from './runner';

/** A fast flick of the scroll bar's thumb: five windows a frame. */
const FLICK_STEP_PX = 1_800;
const NOTHING = new Set<string>();
const ignore = () => {};

let rows: DebtorSummary[] | undefined;
function largeRows(): DebtorSummary[] {
  if (!rows) {
    const data = generateDemoPortfolio({
      seed: 2026,
      debtors: 10_000,
      items: 100_000,
      asOfDate: isoDate('2026-11-23'),
    });
    rows = applyListQuery(
      buildDebtorSummaries({
        debtors: data.debtors,
        agingByDebtor: ageByDebtor(data.invoices, isoDate('2026-11-23'), DEFAULT_BUCKET_BOUNDARIES),
        promises: data.promises.map((p) => p.promise),
        cases: [],
        lastActivityAt: new Map(),
      }),
      parseListQuery(new URLSearchParams()),
    );
  }
  return rows;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * Scrolls from the top to the bottom by `step` pixels a frame; returns the time between frames,
 * sorted. Chromium rounds each up to whole display refreshes (16.7 ms).
 */
async function scrollThrough(scroller: HTMLElement, step: number): Promise<number[]> {
  scroller.scrollTop = 0;
  // The list at rest at the top, drawn in full, before the first step.
  for (let i = 0; i < 10; i++) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 200));
  let previous = await nextFrame();
  const frames: number[] = [];
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    scroller.scrollTop += step;
    const now = await nextFrame();
    frames.push(now - previous);
    previous = now;
  }
  return frames.sort((a, b) => a - b);
}

/**
 * Mounts the table in a 1280×720 box and scrolls it to the bottom twice. The run's time is the
 * flick's longest frame (time between two frames); its 95th percentile is recorded too, as the
 * longest frame alone mostly says when the garbage collector ran or the machine was busy, and so
 * is the longest frame of the pass drawn in full.
 */
export async function longestScrollFrame(): Promise<Measurement> {
  // The previous run's garbage is collected now, not in the middle of this run's frames.
  (globalThis as { gc?: () => void }).gc?.();
  const host = document.createElement('div');
  host.style.cssText = 'position:fixed;inset:0;width:1280px;height:720px;display:flex;';
  document.body.append(host);
  const root = createRoot(host);
  root.render(
    // The app's theme: its font stack decides how much font matching each new element costs.
    <MantineProvider theme={theme}>
      <DebtorTable
        rows={largeRows()}
        columns={visibleColumns([...DEFAULT_COLUMNS])}
        bucketLabels={BUCKET_LABELS}
        sort="overdueCents"
        direction="desc"
        onSort={ignore}
        selected={NOTHING}
        onToggle={ignore}
        onToggleAll={ignore}
        onOpen={ignore}
      />
    </MantineProvider>,
  );
  try {
    let scroller: HTMLElement | null = null;
    while (!scroller) {
      await nextFrame();
      scroller = host.querySelector('section');
    }
    const flick = await scrollThrough(scroller, FLICK_STEP_PX);
    // The rows in view less one, each frame: the fastest scroll still drawn in full.
    const pages = await scrollThrough(scroller, scroller.clientHeight - HEADER_HEIGHT - ROW_HEIGHT);
    return {
      ms: flick.at(-1) ?? 0,
      metrics: {
        p95Frame: flick[Math.floor(flick.length * 0.95)] ?? 0,
        pageStepFrame: pages.at(-1) ?? 0,
      },
    };
  } finally {
    root.unmount();
    host.remove();
  }
}
