/** A node of PostgreSQL's EXPLAIN (FORMAT JSON) plan: the fields a check of a plan needs. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  'Rows Removed by Join Filter'?: number;
  Plans?: PlanNode[];
}

/** The root of the plan in an EXPLAIN (FORMAT JSON) answer row (json, or text on some drivers). */
export function planOf(row: Record<string, unknown> | undefined): PlanNode {
  const raw = row?.['QUERY PLAN'];
  const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan?: PlanNode }[];
  const plan = parsed?.[0]?.Plan;
  if (!plan) throw new Error('EXPLAIN gave no plan');
  return plan;
}

/** Every node of a plan, the root first. */
export function planNodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(planNodes)];
}
