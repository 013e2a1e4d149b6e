/**
 * The debtor table scrolled from the first to the last of 10,000 rows, one big step per frame
 * (a fast flick of the scroll bar): the longest frame is what the user would feel as a stutter.
 */
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { createRoot } from 'react-dom/client';
import { theme } from '../app/theme';
import { generateDemoPortfolio } from '../demo/generator';
import { ageByDebtor, BUCKET_LABELS, DEFAULT_BUCKET_BOUNDARIES } from '../domain/aging';
import { buildDebtorSummaries, type DebtorSummary } from '../domain/debtorSummary';
import { DEFAULT_COLUMNS, visibleColumns } from '../features/debtors/list/columnValues';
import { DebtorTable } from '../features/debtors/list/DebtorTable';
import { applyListQuery, parseListQuery } from '../features/debtors/list/listQuery';
import type { Measurement } from './runner';

const STEP_PX = 1_800;
const NOTHING = new Set<string>();
const ignore = () => {};

let rows: DebtorSummary[] | undefined;
function largeRows(): DebtorSummary[] {
  if (!rows) {
    const data = generateDemoPortfolio({
      seed: 2026,
      debtors: 10_000,
      items: 100_000,
      asOfDate: '2026-11-23',
    });
    rows = applyListQuery(
      buildDebtorSummaries({
        debtors: data.debtors,
        agingByDebtor: ageByDebtor(data.invoices, '2026-11-23', DEFAULT_BUCKET_BOUNDARIES),
        promises: data.promises,
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
 * Watches for long animation frames (LoAF: frames whose work, from the first task to the end of
 * rendering, took over 50 ms) and keeps the longest. Unlike the time between two frames, which
 * Chromium rounds up to whole display refreshes (16.7 ms each), it says how long the work was.
 */
function watchLongFrames(): () => number {
  let longest = 0;
  const keep = (list: PerformanceEntryList) => {
    for (const entry of list) longest = Math.max(longest, entry.duration);
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'long-animation-frame', buffered: false });
  return () => {
    keep(observer.takeRecords());
    observer.disconnect();
    return longest;
  };
}

/**
 * Mounts the table in a 1280×720 box and scrolls it to the bottom. The run's time is its
 * longest frame (time between two frames); the 95th percentile is recorded too, as the longest
 * frame alone mostly says when the garbage collector ran, and so is the longest frame's work.
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
    let previous = await nextFrame();
    const stopWatching = watchLongFrames();
    const frames: number[] = [];
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
      scroller.scrollTop += STEP_PX;
      const now = await nextFrame();
      frames.push(now - previous);
      previous = now;
    }
    const longestFrameWork = stopWatching();
    frames.sort((a, b) => a - b);
    return {
      ms: frames.at(-1) ?? 0,
      metrics: { p95Frame: frames[Math.floor(frames.length * 0.95)] ?? 0, longestFrameWork },
    };
  } finally {
    root.unmount();
    host.remove();
  }
}
