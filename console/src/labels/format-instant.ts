/**
 * An API instant (UTC, ISO 8601) as the node's local time, `2026-11-21 16:30`: the API's
 * `nodeInfo.timeZone` is the zone its deadlines and days are computed in, so that is the zone
 * a user reads them in, whatever the browser's own zone is.
 */
export function formatInstant(
  iso: string,
  timeZone: string,
  { seconds = false }: { seconds?: boolean } = {},
): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  const minute = `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  // A screen refreshed every few seconds says when, to the second (a sync status).
  return seconds ? `${minute}:${part('second')}` : minute;
}

/**
 * The time of day of an instant to the second in the node's zone, `16:30:05`: for a screen that
 * reads itself again every few seconds and says when it last did.
 */
export function formatTimeOfDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
