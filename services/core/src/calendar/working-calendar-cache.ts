import type { Kysely } from 'kysely';
import { inScope } from '../database/scoped-transaction.js';
import type { Database } from '../database/tables.js';
import type { NodeRuntime } from '../node-context.js';
import { listCalendarDays } from './calendar-repository.js';
import { WorkingCalendar } from './working-calendar.js';

/**
 * Reads the node's calendar as the request role (city_ops_app), the way every
 * request reads. It opens its own transaction: call it (or workingCalendarOf) before
 * opening the request's, since PGlite's single connection would wait for ever.
 */
export async function loadWorkingCalendar(
  node: Pick<NodeRuntime, 'db' | 'division'>,
): Promise<WorkingCalendar> {
  const rows = await inScope(node.db, { division: node.division }, (trx) => listCalendarDays(trx));
  return new WorkingCalendar(rows);
}

/**
 * Every deadline computation needs the calendar and it changes a few times a year,
 * so each node keeps it in memory: keyed by the node's database (one node, one
 * database), holding the promise so concurrent first requests share one read. An
 * edit through this process calls invalidateWorkingCalendar after its commit; the
 * age limit bounds how long another process serving the same database (a replica)
 * can lag behind an edit made elsewhere.
 */
const CACHE_MAX_AGE_MS = 5 * 60_000;

interface CacheEntry {
  calendar: Promise<WorkingCalendar>;
  loadedAt: number;
}

const cache = new WeakMap<Kysely<Database>, CacheEntry>();

export function workingCalendarOf(
  node: Pick<NodeRuntime, 'db' | 'division'>,
  now: number = Date.now(),
): Promise<WorkingCalendar> {
  const cached = cache.get(node.db);
  if (cached && now - cached.loadedAt < CACHE_MAX_AGE_MS) return cached.calendar;
  const calendar = loadWorkingCalendar(node);
  const entry = { calendar, loadedAt: now };
  cache.set(node.db, entry);
  // A failed read must not stick: the next caller tries again.
  calendar.catch(() => {
    if (cache.get(node.db) === entry) cache.delete(node.db);
  });
  return calendar;
}

/** Drops the node's cached calendar; the next workingCalendarOf reads the table again. */
export function invalidateWorkingCalendar(node: Pick<NodeRuntime, 'db'>): void {
  cache.delete(node.db);
}
