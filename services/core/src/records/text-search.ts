import { sql } from 'kysely';
import type { Kysely, RawBuilder, Transaction } from 'kysely';
import type { PlannerSetting } from '../database/planner-settings.js';
import type { Database } from '../database/tables.js';
import { personalDataVisibleCondition } from '../permissions/personal-data.js';
import type { RecordReader } from '../permissions/personal-data.js';
import type { RecordKind, RecordTable } from './record-kind.js';

/**
 * A list's free-text filter (`filter.text`): every word — the text split at white space,
 * the ideographic space included — must appear, as a substring in any case, in one of the
 * kind's text columns. Chinese is written without spaces, so a word is whatever the user
 * typed between them (井盖, 占道经营) and matches inside longer text; there is no
 * segmentation to get wrong.
 *
 * The columns that hold no personal data are matched as one text; a personal column (a
 * ticket's address) only on the rows whose personal data the reader sees unmasked:
 * matching a house number a reader sees as *** would tell them what the mask hides.
 *
 * Finding the rows. Row-level security lets the planner use only leakproof conditions
 * ahead of the policy, and ILIKE is not one, so a request cannot read the trigram indexes
 * itself. For a word of three characters or more (a shorter one has no trigram to look
 * up), the owner's lookup functions of migration 20261206120000_desk-lookups read them —
 * under the same policy, from the request's own settings — and give the ids that match,
 * which the request then reads by primary key; a word that more than CANDIDATE_CAP rows
 * match is found sooner by walking the list's own order, so it gets no ids.
 *
 * The plan. The policy's division range is read from settings the planner cannot see, so
 * it takes the range for 0.5 % of the table (planner-settings.ts) and would rather gather
 * the whole range by bitmap and filter it than probe the ids, or walk the list's order
 * index: a search asks for bitmap scans off (and, without ids, sorting too, so the order's
 * index is walked until the page is full).
 */

/**
 * Above this many rows matching a word, the ids are not worth fetching: the list's
 * order finds them sooner. Kept low because the planner weighs the ids' primary-key
 * probes against its 0.5 % guess of the division range, and with more ids than that
 * guess is worth it reads the range instead (at 200 000 tickets it did from ~400 on).
 */
export const CANDIDATE_CAP = 200;

/** The shortest word with a trigram of its own. */
const TRIGRAM = 3;

/** `word` as a LIKE pattern matching it anywhere, its own wildcards taken literally. */
const containing = (word: string) =>
  `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/** The text columns of `kind` that are personal, and those that are not. */
function textColumnsOf<T extends RecordTable, Subject>(kind: RecordKind<T, Subject>) {
  const personal = new Set<string>(kind.personalColumns.map(({ column }) => column));
  const columns: readonly string[] = kind.textColumns ?? [];
  return {
    open: columns.filter((column) => !personal.has(column)),
    personal: columns.filter((column) => personal.has(column)),
  };
}

/**
 * The kind's non-personal text columns as one text, exactly as its lookup function and
 * trigram index match them, or undefined when it has none. Column names come from the
 * descriptors, never from input.
 */
export function searchableTextOf<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
): RawBuilder<string> | undefined {
  const { open } = textColumnsOf(kind);
  if (open.length === 0) return undefined;
  return sql.raw<string>(
    `(${open.map((column) => `coalesce(${column}, '')`).join(" || ' ' || ")})`,
  );
}

/** The owner's lookup function reading the trigram index of `column` (or of the kind's searchable text). */
export const lookupFunctionOf = (table: RecordTable, column?: string) =>
  column ? `${table}_${column}_candidates` : `${table}_text_candidates`;

/** The words of a text filter, in the order typed. */
export const searchWords = (text: string | null | undefined): string[] =>
  (text ?? '').split(/\s+/u).filter(Boolean);

/** The ids that `functions` find for `pattern`, or undefined when any of them found too many. */
async function candidateIds(
  db: Kysely<Database> | Transaction<Database>,
  functions: readonly string[],
  pattern: string,
): Promise<string[] | undefined> {
  const calls = functions.map(
    (fn, index) => sql`${sql.raw(fn)}(${pattern}, ${CANDIDATE_CAP}) AS ${sql.raw(`c${index}`)}`,
  );
  const { rows } = await sql<Record<string, string[] | null>>`SELECT ${sql.join(calls)}`.execute(
    db,
  );
  const found = Object.values(rows[0] ?? {});
  if (found.length === 0 || found.some((ids) => ids === null)) return undefined;
  return [...new Set(found.flatMap((ids) => ids ?? []))];
}

/** A search's conditions, and how its list is best read. */
export interface TextSearch {
  conditions: RawBuilder<boolean>[];
  /** `probe`: by the ids looked up; `walk`: along the list's order; none: no words. */
  read: 'probe' | 'walk' | undefined;
}

/**
 * The planner switches a search's list is read with: with ids, bitmap scans off so they
 * are probed by primary key; without, sorting off too, so the order's index is walked
 * until the page is full.
 */
export const SEARCH_SWITCHES_OFF: Readonly<Record<'probe' | 'walk', readonly PlannerSetting[]>> = {
  probe: ['enable_bitmapscan', 'jit'],
  walk: ['enable_bitmapscan', 'enable_sort', 'jit'],
};

/**
 * One condition per word of `text`, for `reader` at this node (no reader: personal
 * columns are not searched), and for each word long enough the ids it matches. Run in the
 * request's transaction: the lookups read its row-level-security settings.
 */
export async function textSearchConditions<T extends RecordTable, Subject>(
  db: Kysely<Database> | Transaction<Database>,
  kind: RecordKind<T, Subject>,
  text: string | null | undefined,
  reader: RecordReader | undefined,
): Promise<TextSearch> {
  const words = searchWords(text);
  if (words.length === 0) return { conditions: [], read: undefined };
  const searchable = searchableTextOf(kind);
  const { personal } = textColumnsOf(kind);
  const visible =
    personal.length > 0 && reader && kind.personalHolderSql
      ? personalDataVisibleCondition(reader, kind.personalHolderSql)
      : undefined;
  const functions = [
    ...(searchable ? [lookupFunctionOf(kind.table)] : []),
    ...(visible ? personal.map((column) => lookupFunctionOf(kind.table, column)) : []),
  ];
  const conditions: RawBuilder<boolean>[] = [];
  let probed = false;
  for (const word of words) {
    const pattern = containing(word);
    const matches = [
      ...(searchable ? [sql<boolean>`${searchable} ILIKE ${pattern}`] : []),
      ...(visible
        ? personal.map(
            (column) => sql<boolean>`(${visible} AND ${sql.ref(column)} ILIKE ${pattern})`,
          )
        : []),
    ];
    if (matches.length === 0) return { conditions: [sql<boolean>`false`], read: undefined };
    conditions.push(sql<boolean>`(${sql.join(matches, sql` OR `)})`);
    if ([...word].length < TRIGRAM || functions.length === 0) continue;
    const ids = await candidateIds(db, functions, pattern);
    if (!ids) continue;
    conditions.push(sql<boolean>`id = ANY(${ids}::text[])`);
    probed = true;
  }
  return { conditions, read: probed ? 'probe' : 'walk' };
}
