import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ListQuery } from './listQuery';

/** Typing pause after which the URL takes the search text. */
const URL_DELAY_MS = 300;

const queryText = (typed: string) => typed.trim() || undefined;

/**
 * The debtor list's search box. The list filters on the text as typed, at once (10,000 rows
 * filter in a few milliseconds); the URL, which keeps the filters for a bookmark or the back
 * button, takes it once typing pauses, since each URL change is a navigation that re-renders the
 * page. A change of the URL's text from elsewhere (« Effacer les filtres », a dashboard link)
 * replaces what is typed and drops the pending update.
 */
export function useSearchText(urlQuery: ListQuery, setQuery: (next: ListQuery) => void) {
  const [text, setTypedText] = useState(urlQuery.text ?? '');
  const latestUrlQuery = useRef(urlQuery);
  latestUrlQuery.current = urlQuery;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The text the pending URL update carries. */
  const pending = useRef(text);
  const urlText = urlQuery.text;

  useEffect(() => {
    // The URL catching up with the box is not a change from elsewhere: a trailing space typed
    // meanwhile stays.
    setTypedText((typed) => (queryText(typed) === urlText ? typed : (urlText ?? '')));
    if (timer.current !== undefined && queryText(pending.current) !== urlText) {
      clearTimeout(timer.current);
      timer.current = undefined;
    }
  }, [urlText]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const setText = useCallback(
    (typed: string) => {
      setTypedText(typed);
      pending.current = typed;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = undefined;
        const next = { ...latestUrlQuery.current, text: queryText(typed) };
        if (next.text !== latestUrlQuery.current.text) setQuery(next);
      }, URL_DELAY_MS);
    },
    [setQuery],
  );

  const query = useMemo(() => ({ ...urlQuery, text: queryText(text) }), [urlQuery, text]);
  return { text, setText, query };
}
