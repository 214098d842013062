import type { InputProblems } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { requestDeadlineClock } from './deadline-status-field.js';
import type { DeadlineClock } from './deadline-status-field.js';
import type { DeadlineState } from './deadline-status.js';
import type { RecordKind, RecordTable } from './record-kind.js';

/**
 * An instant range of a list filter (`createdFrom`/`createdBefore`, `dueFrom`/`dueBefore`…,
 * named by what comes before From/Before) as dates; a range that holds nothing is the
 * client's mistake, named on its upper bound.
 */
export function instantRange<Name extends string>(
  problems: InputProblems,
  filter: Partial<Record<`${Name}From` | `${Name}Before`, string | null>>,
  name: Name,
): { from: Date | undefined; before: Date | undefined } {
  const fromValue = filter[`${name}From`];
  const beforeValue = filter[`${name}Before`];
  const start = fromValue ? new Date(fromValue) : undefined;
  const end = beforeValue ? new Date(beforeValue) : undefined;
  if (start && end && start >= end) {
    problems.add(`filter.${name}Before`, {
      zh: `应晚于 filter.${name}From。`,
      en: `must be later than filter.${name}From.`,
    });
  }
  return { from: start, before: end };
}

/** A list's free-text filter, checked like any free text. */
export const filterText = (problems: InputProblems, text: string | null | undefined) =>
  problems.text('filter.text', text, { max: 100 });

/**
 * The `deadlineStatus` filter with the request's deadline clock, read before the list's
 * transaction opens (undefined when the filter is absent or empty).
 */
export async function deadlineFilter<T extends RecordTable, Subject>(
  context: RequestContext,
  kind: RecordKind<T, Subject>,
  states: readonly DeadlineState[] | null | undefined,
): Promise<{ states: readonly DeadlineState[]; clock: DeadlineClock } | undefined> {
  if (!states?.length) return undefined;
  return { states, clock: await requestDeadlineClock(context, kind) };
}
