/**
 * Timing what a user sees: from the click (or the route change a link makes) to the moment the
 * result is on screen, measured inside the page with performance.now() so that Playwright's
 * round trips are not counted. "On screen" is the first frame after the expected element appears.
 */

/** Longest main-thread task, collected from the first script of every app page. */
export const LONG_TASK_SCRIPT = `
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__benchLongTasks.push(entry.duration);
      window.__benchLongTaskEnd = entry.startTime + entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
`;

/**
 * Resolves once the page has run no long task for `quietMs` (at most `limitMs`): the app has
 * finished starting (first reads, the panels drawn) before a user's click is timed, as a user
 * reads the page before clicking.
 */
export function settled(page, quietMs = 1000, limitMs = 15_000) {
  return page.waitForFunction(
    (quiet) => performance.now() - (window.__benchLongTaskEnd ?? 0) >= quiet,
    quietMs,
    { timeout: limitMs, polling: 100 },
  );
}

/** Forgets the long tasks seen so far (before a measured action). */
export function resetLongTasks(page) {
  return page.evaluate(() => {
    window.__benchLongTasks = [];
  });
}

/** The longest main-thread task since the last reset, in ms (0 when none reached 50 ms). */
export function longestTask(page) {
  return page.evaluate(() => Math.max(0, ...(window.__benchLongTasks ?? [])));
}

/**
 * Runs `trigger` in the page and resolves with the milliseconds until an element matching
 * `until.selector` (and whose text matches `until.text`, when given) is in the document, plus
 * the frame that paints it.
 *
 * @param {import('playwright-core').Page} page
 * @param {{ click?: import('playwright-core').Locator, hash?: string, type?: { into: import('playwright-core').Locator, value: string } }} trigger
 * @param {{ selector: string, text?: RegExp, changedFrom?: string }} until
 */
export async function timeUntil(page, trigger, until, timeoutMs = 10 * 60_000) {
  const element = trigger.click
    ? await trigger.click.elementHandle()
    : trigger.type
      ? await trigger.type.into.elementHandle()
      : null;
  return page.evaluate(
    async ({ element, hash, value, selector, text, changedFrom, timeoutMs }) => {
      const pattern = text === null ? null : new RegExp(text);
      const met = () => {
        for (const node of document.querySelectorAll(selector)) {
          const content = node.textContent ?? '';
          if (pattern && !pattern.test(content)) continue;
          if (changedFrom !== null && content === changedFrom) continue;
          return true;
        }
        return false;
      };
      let start = 0;
      await new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (met()) finish();
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector}${text ? ` (${text})` : ''} absent après ${timeoutMs} ms`));
        }, timeoutMs);
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(undefined);
        };
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        start = performance.now();
        if (hash !== null) window.location.hash = hash;
        else if (value !== null && element instanceof HTMLInputElement) {
          // As a keystroke does: React listens to the input event, with the native setter's value.
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
          setter?.call(element, value);
          element.dispatchEvent(new Event('input', { bubbles: true }));
        } else if (element instanceof HTMLElement) element.click();
        if (met()) finish();
      });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return performance.now() - start;
    },
    {
      element,
      hash: trigger.hash ?? null,
      value: trigger.type?.value ?? null,
      selector: until.selector,
      text: until.text?.source ?? null,
      changedFrom: until.changedFrom ?? null,
      timeoutMs,
    },
  );
}

/**
 * Hands `path` to the file chooser and resolves with the milliseconds from the moment the page
 * receives the file (the input's change event) until every condition of `until` holds, plus the
 * frame that paints it. Timed inside the page and checked at every frame: a Playwright waitFor
 * that lasts polls only every 500 ms, and up to that much was counted in seconds-long actions.
 *
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').FileChooser} chooser
 * @param {string} path
 * @param {{ selector: string, text?: RegExp, without?: string }[]} until each met by one element
 *   matching `selector`, whose text matches `text` and does not contain `without`, when given
 */
export async function timeFileChosen(page, chooser, path, until, timeoutMs = 10 * 60_000) {
  await page.evaluate(
    ({ conditions, timeoutMs }) => {
      const checks = conditions.map(({ selector, text, without }) => {
        const pattern = text === null ? null : new RegExp(text);
        return () =>
          [...document.querySelectorAll(selector)].some((node) => {
            const content = node.textContent ?? '';
            return (!pattern || pattern.test(content)) && !(without && content.includes(without));
          });
      });
      window.__benchFileTiming = new Promise((resolve, reject) => {
        const chosen = () => {
          const start = performance.now();
          const timer = setTimeout(
            () => reject(new Error(`${JSON.stringify(conditions)} absent après ${timeoutMs} ms`)),
            timeoutMs,
          );
          const check = () => {
            if (!checks.every((met) => met())) {
              requestAnimationFrame(check);
              return;
            }
            clearTimeout(timer);
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          };
          check();
        };
        document.addEventListener('change', chosen, { capture: true, once: true });
      });
    },
    {
      conditions: until.map((c) => ({
        selector: c.selector,
        text: c.text?.source ?? null,
        without: c.without ?? null,
      })),
      timeoutMs,
    },
  );
  await chooser.setFiles(path);
  return page.evaluate(() => window.__benchFileTiming);
}

/**
 * Resolves once an element matching `selector` has a text matching `text`. Checked in the page
 * when the document changes, on those elements only: Playwright's getByText().waitFor() matches
 * the text of the whole document at every frame, and with a table of a thousand debtors on
 * screen that polling took seconds of the app's main thread during a batch (and its long tasks).
 *
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 * @param {RegExp} text
 */
export function appears(page, selector, text, timeoutMs = 10 * 60_000) {
  return page.evaluate(
    ({ selector, source, flags, timeoutMs }) =>
      new Promise((resolve, reject) => {
        const pattern = new RegExp(source, flags);
        const matches = (node) => node !== null && pattern.test(node.textContent ?? '');
        const anywhere = () => [...document.querySelectorAll(selector)].some(matches);
        // Only where the document changed: the changed node's matching ancestor, or a matching
        // element among the nodes added.
        const changed = (records) =>
          records.some((record) => {
            const target =
              record.target instanceof Element ? record.target : record.target.parentElement;
            if (matches(target?.closest(selector) ?? null)) return true;
            return [...record.addedNodes].some(
              (node) =>
                node instanceof Element &&
                (node.matches(selector)
                  ? matches(node)
                  : [...node.querySelectorAll(selector)].some(matches)),
            );
          });
        if (anywhere()) {
          resolve(undefined);
          return;
        }
        const observer = new MutationObserver((records) => {
          if (!changed(records)) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(undefined);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`${selector} (${source}) absent après ${timeoutMs} ms`));
        }, timeoutMs);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    { selector, source: text.source, flags: text.flags, timeoutMs },
  );
}

/** Node-side stopwatch for actions of seconds (a batch, a restore), where a round trip is noise. */
export async function stopwatch(work) {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}
