/**
 * Today's date for a page that stays on screen: read again when the user navigates (even back to
 * the same page, which React Router may not remount), comes back to the window, or a minute
 * passes, so a queue left open overnight, or a clock moved, shows the new day's work.
 */
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { todayIso } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';

export function useToday(): IsoDate {
  const [today, setToday] = useState(() => todayIso());
  const { key } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new location is the trigger.
  useEffect(() => setToday(todayIso()), [key]);
  useEffect(() => {
    const check = () => setToday(todayIso());
    const timer = window.setInterval(check, 60_000);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', check);
    };
  }, []);
  return today;
}
