import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '@city-ops/core';
import { owningCityOf } from '@city-ops/schema';
import { waitFor } from './city-process.js';

/**
 * The end of a fault scenario: whatever failed on the way, what was acknowledged is
 * stored once at its owner, the province's replicas are the owner's records (ids and
 * versions), and the province's rollups count them. Read straight from both databases,
 * outside any node, so a node that answers wrongly cannot hide a wrong row set.
 */

/** A createTicket that was answered without errors: the id it answered, and its (unique) title. */
export interface AcknowledgedTicket {
  id: string;
  title: string;
}

export interface RowSetsOptions {
  /** The city's database (its owner's connection: row-level security does not narrow it). */
  city: Kysely<Database>;
  cityDivision: string;
  /** The database of the city's province. */
  province: Kysely<Database>;
  acknowledged: readonly AcknowledgedTicket[];
  /** The province's TIME_ZONE: rollup days are its local days. */
  timeZone: string;
}

/** The record tables a city owns and its province replicates. */
const RECORD_TABLES = ['hotline_ticket', 'case_report', 'enforcement_record'] as const;

async function recordVersions(
  db: Kysely<Database>,
  table: (typeof RECORD_TABLES)[number],
  cityDivision: string,
): Promise<string[]> {
  const rows = await db.selectFrom(table).select(['id', 'division', 'version']).execute();
  return rows
    .filter((row) => owningCityOf(row.division) === cityDivision)
    .map((row) => `${row.id}@${row.version}`)
    .sort();
}

/**
 * Asserts the three row-set guarantees of a fault scenario between a city and its
 * province. Call it once the province has applied the city's whole feed
 * (untilProvinceHasApplied, or a drain): it compares what is stored, it does not wait.
 */
export async function expectRowSetsAgree(options: RowSetsOptions): Promise<void> {
  const { city, cityDivision, province, acknowledged, timeZone } = options;

  // Every acknowledged write exactly once at its owner, under the id it was answered with.
  const titles = acknowledged.map((ticket) => ticket.title);
  expect(new Set(titles).size, 'acknowledged titles must be unique to be counted').toBe(
    titles.length,
  );
  const stored =
    titles.length === 0
      ? []
      : await city
          .selectFrom('hotline_ticket')
          .select(['id', 'title'])
          .where('title', 'in', titles)
          .execute();
  const storedByTitle = new Map<string, string[]>();
  for (const row of stored) {
    storedByTitle.set(row.title, [...(storedByTitle.get(row.title) ?? []), row.id]);
  }
  expect(
    acknowledged.map((ticket) => ({
      title: ticket.title,
      stored: (storedByTitle.get(ticket.title) ?? []).sort(),
    })),
    `every acknowledged createTicket stored exactly once at ${cityDivision}`,
  ).toEqual(acknowledged.map((ticket) => ({ title: ticket.title, stored: [ticket.id] })));

  // Replicas equal to their source: the same ids at the same versions, nothing more.
  for (const table of RECORD_TABLES) {
    expect(
      await recordVersions(province, table, cityDivision),
      `the province's replicas of ${cityDivision}'s ${table} (id@version)`,
    ).toEqual(await recordVersions(city, table, cityDivision));
  }

  // Rollups equal to counts: `created` per (city, local day, category), as the province
  // keys daily_rollup (sync/rollup-contributions.ts), counted here in SQL from the city's tickets.
  const { rows: tickets } = await sql<{ division: string; day: string; category: string }>`
    SELECT division, to_char((created_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS day,
           category_code AS category
    FROM hotline_ticket`.execute(city);
  const counted = new Map<string, number>();
  for (const ticket of tickets) {
    if (owningCityOf(ticket.division) !== cityDivision) continue;
    const cell = `${ticket.day} ${ticket.category}`;
    counted.set(cell, (counted.get(cell) ?? 0) + 1);
  }
  const { rows: rolledUp } = await sql<{ day: string; category: string; created: string }>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, category,
           ((counts ->> 'created')::numeric)::text AS created
    FROM daily_rollup
    WHERE division = ${cityDivision} AND record_kind = 'hotline_ticket'
      AND coalesce((counts ->> 'created')::numeric, 0) <> 0`.execute(province);
  expect(
    rolledUp.map((row) => `${row.day} ${row.category} ${Number(row.created)}`).sort(),
    `the province's daily_rollup of ${cityDivision}: created per (day, category)`,
  ).toEqual([...counted].map(([cell, created]) => `${cell} ${created}`).sort());
}

/**
 * Waits (bounded) until the province has applied every change the city's feed holds:
 * nothing left unsealed at the city (a change gets its feed position only once every
 * older transaction on the server has ended) and the province's cursor for the city at
 * or past the last position. A precondition for expectRowSetsAgree, not an assertion.
 */
export async function untilProvinceHasApplied(
  options: Pick<RowSetsOptions, 'city' | 'cityDivision' | 'province'>,
  timeoutMs = 90_000,
): Promise<void> {
  const { city, cityDivision, province } = options;
  await waitFor(
    async () => {
      const { rows } = await sql<{ unsealed: string; last: string | null }>`
        SELECT count(*) FILTER (WHERE position IS NULL)::text AS unsealed,
               max(position)::text AS last
        FROM change_log`.execute(city);
      const feed = rows[0];
      if (!feed || Number(feed.unsealed) > 0) return undefined;
      const cursor = await province
        .selectFrom('sync_source')
        .select(sql<string>`applied::text`.as('applied'))
        .where('source', '=', cityDivision)
        .executeTakeFirst();
      if (!cursor) return undefined;
      return BigInt(cursor.applied) >= BigInt(feed.last ?? '0') ? true : undefined;
    },
    `the province to apply ${cityDivision}'s whole feed`,
    timeoutMs,
  );
}
