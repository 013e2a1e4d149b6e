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
 * Mounts the table in a 1280×720 box and scrolls it to the bottom. The run's time is its
 * longest frame; the 95th percentile is recorded too, as the longest frame alone mostly says
 * when the garbage collector ran.
 */
export async function longestScrollFrame(): Promise<Measurement> {
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
    const frames: number[] = [];
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
      scroller.scrollTop += STEP_PX;
      const now = await nextFrame();
      frames.push(now - previous);
      previous = now;
    }
    frames.sort((a, b) => a - b);
    return {
      ms: frames.at(-1) ?? 0,
      metrics: { p95Frame: frames[Math.floor(frames.length * 0.95)] ?? 0 },
    };
  } finally {
    root.unmount();
    host.remove();
  }
}
