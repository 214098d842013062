import type { Types } from '@city-ops/schema';

/** What the closure type is derived from, at the moment a case closes. */
export interface ClosureFacts {
  /** The case was parked (挂账) at some point: its clock was stopped. */
  everParked: boolean;
  /** Approved returns (回退): each means a dispatch to the wrong unit. */
  approvedReturns: number;
  dueAt: Date | null;
  closedAt: Date;
}

/**
 * 结案类型, derived and never typed in (GB/T 30428 正常 / 超时 / 差错 / 特殊), first match wins:
 * - SPECIAL 特殊: it was parked — handled outside the normal clock;
 * - ERROR 差错: a return was approved — it was dispatched to the wrong unit;
 * - OVERDUE 超时: closed after its due time;
 * - NORMAL 正常: otherwise.
 */
export function deriveClosureType(facts: ClosureFacts): Types.ClosureType {
  if (facts.everParked) return 'SPECIAL';
  if (facts.approvedReturns > 0) return 'ERROR';
  if (facts.dueAt !== null && facts.closedAt.getTime() > facts.dueAt.getTime()) return 'OVERDUE';
  return 'NORMAL';
}
