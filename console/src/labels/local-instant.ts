/** The zone's offset from UTC at `instant`, in minutes (Asia/Shanghai: 480). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)?.value ?? '0');
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant (ISO 8601, UTC) of a wall-clock time `2026-11-21 16:30` read in the node's zone:
 * the inverse of formatInstant, so a time a user picks means what the API's times mean,
 * whatever the browser's own zone is.
 */
export function instantOfLocal(local: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) throw new Error(`not a local time: ${local}`);
  const [, year, month, day, hour, minute] = match.map(Number) as [number, ...number[]];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  // The offset at the guess, then at the corrected instant (a zone with a DST change moves it).
  const first = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  const second = asUtc - offsetMinutes(new Date(first), timeZone) * 60_000;
  return new Date(second).toISOString();
}
