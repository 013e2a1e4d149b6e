const TIME_ZONE = 'Europe/Paris';

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('fr-FR', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date)) {
    out[part.type] = part.value;
  }
  return out;
}

/**
 * « à 10 h 42 » the same day in Paris as `now`, « le 03/11/2026 à 10 h 42 » otherwise (French
 * typography: non-breaking spaces around « h »).
 */
export function frenchWhen(at: Date, now: Date = new Date()): string {
  const p = parts(at);
  const today = parts(now);
  const time = `à ${p.hour}\u00a0h\u00a0${p.minute}`;
  const sameDay = p.day === today.day && p.month === today.month && p.year === today.year;
  return sameDay ? time : `le ${p.day}/${p.month}/${p.year} ${time}`;
}
