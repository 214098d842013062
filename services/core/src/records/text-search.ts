import { sql } from 'kysely';
import type { RawBuilder } from 'kysely';
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
 * The columns that hold no personal data are searched as one text, the expression the
 * kind's trigram index is built on (migration 20261210120000_desk-lookups), so a word of
 * three or more characters is found through the index; a shorter one still matches, by
 * scanning the rows the other conditions leave. A personal column (a ticket's address) is
 * searched only on the rows whose personal data the reader sees unmasked: matching a
 * house number a reader sees as *** would tell them what the mask hides.
 */

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
 * The kind's non-personal text columns as one text, exactly as its trigram index is
 * defined (the planner uses an expression index only for the same expression), or
 * undefined when it has none. Column names come from the descriptors, never from input.
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

/** The words of a text filter, in the order typed. */
export const searchWords = (text: string | null | undefined): string[] =>
  (text ?? '').split(/\s+/u).filter(Boolean);

/** One condition per word of `text`, for `reader` at this node (no reader: personal columns are not searched). */
export function textSearchConditions<T extends RecordTable, Subject>(
  kind: RecordKind<T, Subject>,
  text: string | null | undefined,
  reader: RecordReader | undefined,
): RawBuilder<boolean>[] {
  const words = searchWords(text);
  if (words.length === 0) return [];
  const searchable = searchableTextOf(kind);
  const { personal } = textColumnsOf(kind);
  const visible =
    personal.length > 0 && reader && kind.personalHolderSql
      ? personalDataVisibleCondition(reader, kind.personalHolderSql)
      : undefined;
  return words.map((word) => {
    const pattern = containing(word);
    const matches = [
      ...(searchable ? [sql<boolean>`${searchable} ILIKE ${pattern}`] : []),
      ...(visible
        ? personal.map(
            (column) =>
              // Plain, so its own trigram index serves it; a null is no match.
              sql<boolean>`(${visible} AND ${sql.ref(column)} ILIKE ${pattern})`,
          )
        : []),
    ];
    return matches.length ? sql<boolean>`(${sql.join(matches, sql` OR `)})` : sql<boolean>`false`;
  });
}
