import type { Database, HotlineTicketRow } from '../../database/tables.js';
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';

/** The ticket's own SQL beyond what every kind shares (record-list.ts): duplicate candidates. */

type Executor = Kysely<Database> | Transaction<Database>;

export interface DuplicateQuery {
  division: string;
  categoryCode: string;
  text: string;
  address: string;
  since: Date;
  limit: number;
}

/**
 * 并单 candidates: same division and category, recent, not merged themselves,
 * ranked by trigram similarity of address and of title + content (pg_trgm; the
 * database's ctype must be UTF-8 for Chinese text to form trigrams).
 */
export async function findDuplicateCandidates(
  db: Executor,
  query: DuplicateQuery,
): Promise<{ row: HotlineTicketRow; score: number }[]> {
  const rows = await db
    .selectFrom('hotline_ticket')
    .selectAll()
    .select(
      sql<number>`greatest(
        similarity(coalesce(address, ''), ${query.address}),
        similarity(title || ' ' || content, ${query.text}))`.as('score'),
    )
    .where('division', '=', query.division)
    .where('category_code', '=', query.categoryCode)
    .where('created_at', '>=', query.since)
    .where('parent_ticket_id', 'is', null)
    .where('status', 'not in', ['CLOSED', 'ARCHIVED'])
    .where(
      sql<boolean>`greatest(
        similarity(coalesce(address, ''), ${query.address}),
        similarity(title || ' ' || content, ${query.text})) >= 0.2`,
    )
    .orderBy('score', 'desc')
    .orderBy('created_at', 'desc')
    .limit(query.limit)
    .execute();
  return rows.map(({ score, ...row }) => ({ row: row as HotlineTicketRow, score: Number(score) }));
}
