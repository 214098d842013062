import { randomUUID } from 'node:crypto';
import { buildSchema, getNamedType } from 'graphql';
import type { Insertable, Kysely } from 'kysely';
import type { CaseReportTable, Database } from '@city-ops/core';
import { typeDefs } from '@city-ops/schema';

/** What the case tests read back after each step. */
export interface CaseResult {
  id: string;
  number: string;
  status: string;
  version: number;
  source: string;
  handlingUnit: string | null;
  gridCell: string | null;
  address: string | null;
  description: string;
  dispatchedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  handledAt: string | null;
  handlingResult: string | null;
  filedBy: string | null;
  closedAt: string | null;
  closureType: string | null;
  reworkCount: number;
  extensionCount: number;
  returnCount: number;
  allowedActions: string[];
  linkedTicketId: string | null;
  extensionRequest: { workingDays: number; reason: string } | null;
  returnRequestReason: string | null;
  parkedReason: string | null;
  voidReason: string | null;
  evaluation: { score: number; comment: string | null } | null;
  history: {
    action: string;
    fromState: string | null;
    toState: string;
    actor: string;
    comment: string | null;
  }[];
}

export const CASE_FIELDS = /* GraphQL */ `
  fragment CaseFields on CaseReport {
    id
    number
    status
    version
    source
    handlingUnit
    gridCell
    address
    description
    dispatchedAt
    dueAt
    overdue
    handledAt
    handlingResult
    filedBy
    closedAt
    closureType
    reworkCount
    extensionCount
    returnCount
    allowedActions
    linkedTicketId
    extensionRequest {
      workingDays
      reason
    }
    returnRequestReason
    parkedReason
    voidReason
    evaluation {
      score
      comment
    }
    history {
      action
      fromState
      toState
      actor
      comment
    }
  }
`;

const schema = buildSchema(typeDefs);

/** `mutation ($input: <its input type>!) { <name>(input: $input) { ...CaseFields } }`. */
export function caseMutation(name: string): string {
  const field = schema.getMutationType()?.getFields()[name];
  const input = field?.args.find((arg) => arg.name === 'input');
  if (!field || !input) throw new Error(`no mutation ${name}(input: …) in the schema`);
  return `mutation ($input: ${getNamedType(input.type).name}!) { ${name}(input: $input) { ...CaseFields } } ${CASE_FIELDS}`;
}

export const CASE_QUERY = `query ($id: ID!) { caseReport(id: $id) { ...CaseFields } } ${CASE_FIELDS}`;

/**
 * A case stored straight into the owning node's database (as its owner, outside
 * row-level security), in whatever state a test needs: an event case of 0101
 * (暴露垃圾) in 320106, grid 320100-g001, assigned to 320100-cg.
 */
export async function insertCaseFixture(
  db: Kysely<Database>,
  overrides: Partial<Insertable<CaseReportTable>> = {},
): Promise<string> {
  const id = `320100-${randomUUID()}`;
  await db
    .insertInto('case_report')
    .values({
      id,
      number: `F${id.slice(-12)}`,
      origin_node: '320100',
      division: '320106',
      source: 'INSPECTOR',
      case_type: 'EVENT',
      major_class: 'CITY_APPEARANCE',
      minor_code: '0101',
      description: '中山路人行道暴露垃圾',
      grid_cell: '320100-g001',
      handling_unit: '320100-cg',
      status: 'COLLECTED',
      created_by: 'fixture',
      ...overrides,
    })
    .execute();
  return id;
}
