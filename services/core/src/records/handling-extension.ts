import type { InputProblems } from '@city-ops/kernel';
import { extendDueAt } from '../calendar/deadline.js';
import type { NodeRuntime } from '../node-context.js';
import type { ActionInput } from './act-on-record.js';
import type { RecordClock } from './record-kind.js';

/** 延期申请 as tickets and cases take it: working days and the reason for them. */
export interface ExtensionRequestInput extends ActionInput {
  workingDays: number;
  reason: string;
}

/**
 * A request to extend the handling limit (延期申请), the same for a ticket and a
 * case: 1–30 working days and a stated reason, kept on the record until decided.
 */
export function extensionRequest(input: ExtensionRequestInput, problems: InputProblems) {
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1 || input.workingDays > 30) {
    problems.add('input.workingDays', {
      zh: '应为 1 到 30 之间的整数个工作日。',
      en: 'must be a whole number of working days from 1 to 30.',
    });
  }
  const reason = problems.text('input.reason', input.reason, {
    min: 2,
    max: 1000,
    multiline: true,
  });
  return {
    set: { extension_days: input.workingDays, extension_reason: reason },
    comment: reason,
    detail: { workingDays: input.workingDays },
  };
}

/**
 * An approved extension (延期批准): the due instant moves by the requested working
 * days, in the node's working time. The caller clears the request with whatever
 * else its kind settles.
 */
export function approvedExtension(
  record: { due_at: Date | null; extension_days: number | null },
  context: { node: Pick<NodeRuntime, 'workingTime'> },
  clock: RecordClock,
) {
  // The machines' extensionPending guard refuses an approval with nothing requested, so
  // this is a caller's mistake; a silent 0-day "extension" would move a 17:30 due time
  // to the next working day's close.
  if (record.extension_days === null) {
    throw new Error('approvedExtension called without a pending extension request');
  }
  const dueAt = extendDueAt(
    record.due_at ?? clock.now,
    record.extension_days,
    clock.calendar,
    context.node.workingTime,
  );
  return { dueAt, detail: { workingDays: record.extension_days, dueAt: dueAt.toISOString() } };
}
