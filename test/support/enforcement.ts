import { randomUUID } from 'node:crypto';
import { buildSchema } from 'graphql';
import { sql } from 'kysely';
import type { Insertable, Kysely } from 'kysely';
import { addLocalDays, instantAt, localDateOf } from '@city-ops/core';
import type { Database, EnforcementRecordTable } from '@city-ops/core';
import { typeDefs } from '@city-ops/schema';
import type { GraphQLResponse, TestFederation } from './federation.js';

/** The node's time zone in the test federation (TIME_ZONE's default). */
export const ZONE = 'Asia/Shanghai';

/** What the enforcement tests read back after each step. */
export interface EnforcementResult {
  id: string;
  number: string;
  status: string;
  version: number;
  procedure: string;
  isMajor: boolean;
  investigators: string[];
  party: {
    kind: string;
    name: string;
    idNumber: string | null;
    creditCode: string | null;
    legalRepresentative: string | null;
    masked: boolean;
  };
  officers: { name: string; certificateNumber: string }[];
  decision: string | null;
  fineAmount: number | null;
  filedAt: string;
  decisionDueAt: string | null;
  decisionExtension: { days: number; reason: string; approvedBy: string } | null;
  noticeServedAt: string | null;
  hearingRequestDueAt: string | null;
  hearingRequestedAt: string | null;
  hearingWaivedAt: string | null;
  hearingPresidingOfficer: string | null;
  hearingHeldAt: string | null;
  legalReviewedBy: string | null;
  legalReviewedAt: string | null;
  decidedAt: string | null;
  serviceDueAt: string | null;
  servedAt: string | null;
  paymentDueAt: string | null;
  paidAt: string | null;
  amountPaid: number | null;
  latePaymentPenalty: number | null;
  amountDue: number | null;
  enforcedAt: string | null;
  closedAt: string | null;
  overdue: { decision: boolean; service: boolean; payment: boolean; any: boolean };
  allowedActions: string[];
  history: {
    action: string;
    fromState: string | null;
    toState: string;
    actor: string;
    comment: string | null;
  }[];
  linkedTicketId: string | null;
  linkedCaseId: string | null;
}

export const ENFORCEMENT_FIELDS = /* GraphQL */ `
  fragment EnforcementFields on EnforcementRecord {
    id
    number
    status
    version
    procedure
    isMajor
    investigators
    party {
      kind
      name
      idNumber
      creditCode
      legalRepresentative
      masked
    }
    officers {
      name
      certificateNumber
    }
    decision
    fineAmount
    filedAt
    decisionDueAt
    decisionExtension {
      days
      reason
      approvedBy
    }
    noticeServedAt
    hearingRequestDueAt
    hearingRequestedAt
    hearingWaivedAt
    hearingPresidingOfficer
    hearingHeldAt
    legalReviewedBy
    legalReviewedAt
    decidedAt
    serviceDueAt
    servedAt
    paymentDueAt
    paidAt
    amountPaid
    latePaymentPenalty
    amountDue
    enforcedAt
    closedAt
    overdue {
      decision
      service
      payment
      any
    }
    allowedActions
    history {
      action
      fromState
      toState
      actor
      comment
    }
    linkedTicketId
    linkedCaseId
  }
`;

const mutationType = buildSchema(typeDefs).getMutationType();

/** Calls a record mutation through the gateway with `input`, reading the record back. */
export function enforcementMutation(
  federation: TestFederation,
  username: string,
  mutation: string,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<Record<string, EnforcementResult>>> {
  const field = mutationType?.getFields()[mutation];
  const inputType = field?.args.find((arg) => arg.name === 'input')?.type.toString();
  if (!inputType) throw new Error(`no mutation ${mutation}(input: …) in the schema`);
  return federation.query<Record<string, EnforcementResult>>(
    federation.token(username),
    `mutation ($input: ${inputType}) { ${mutation}(input: $input) { ...EnforcementFields } } ${ENFORCEMENT_FIELDS}`,
    { input },
  );
}

/** Reads a record through the gateway as `username`. */
export async function readEnforcement(
  federation: TestFederation,
  username: string,
  id: string,
): Promise<EnforcementResult | null> {
  const response = await federation.query<{ enforcementRecord: EnforcementResult | null }>(
    federation.token(username),
    `query ($id: ID!) { enforcementRecord(id: $id) { ...EnforcementFields } } ${ENFORCEMENT_FIELDS}`,
    { id },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data?.enforcementRecord ?? null;
}

/** Midnight at the start of the local date `days` after today (negative: before), in the node's zone. */
export function localMidnight(days: number, now: Date = new Date()): Date {
  return instantAt(addLocalDays(localDateOf(now, ZONE), days), 0, ZONE);
}

/** Noon of the local date `days` after today. */
export function localNoon(days: number, now: Date = new Date()): Date {
  return instantAt(addLocalDays(localDateOf(now, ZONE), days), 12 * 60, ZONE);
}

export const OFFICERS = [
  { name: '赵一', certificateNumber: 'JS-32010001' },
  { name: '钱二', certificateNumber: 'JS-32010002' },
];

/** A valid GB 11643 number (check digit 8). */
export const PERSON_ID = '320106199001011238';
/** A valid GB 32100 code (check character 3). */
export const CREDIT_CODE = '91350100M000100Y43';

/**
 * Stores a record straight in the city's database, for a state no mutation has
 * reached yet: an ordinary case against a person, filed now, by two certified
 * officers; `patch` sets the state and whatever its guards look at.
 */
export async function insertEnforcementFixture(
  db: Kysely<Database>,
  patch: Partial<Insertable<EnforcementRecordTable>> = {},
  city = '320100',
): Promise<string> {
  const id = `${city}-${randomUUID()}`;
  const now = new Date();
  await db
    .insertInto('enforcement_record')
    .values({
      id,
      number: `${city}ZF-fixture-${id.slice(-12)}`,
      origin_node: city,
      division: `${city.slice(0, 4)}06`,
      source: 'PATROL',
      violated_article: '《江苏省城市市容和环境卫生管理条例》第二十四条',
      penalty_article: '《江苏省城市市容和环境卫生管理条例》第四十七条',
      party_kind: 'PERSON',
      party_name: '李四',
      party_id_number: PERSON_ID,
      officers: JSON.stringify(OFFICERS),
      procedure: 'ORDINARY',
      status: 'FILED',
      filed_at: now,
      decision_due_at: localMidnight(91, now),
      created_by: 'fixture',
      ...patch,
    })
    .execute();
  return id;
}

/** How many history, change-log and audit (write) entries a record has, and its version and state. */
export async function writeCounts(db: Kysely<Database>, id: string) {
  const count = async (table: 'record_history' | 'change_log', column: 'entity_id') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select(db.fn.countAll().as('count'))
          .where(column, '=', id)
          .executeTakeFirstOrThrow()
      ).count,
    );
  // Reads of unmasked personal data are audited too; only writes count here.
  const audit = await db
    .selectFrom('audit_log')
    .select(db.fn.countAll().as('count'))
    .where(sql<boolean>`${id} = ANY(entity_ids)`)
    .where('action', '!=', 'personal-data.read')
    .executeTakeFirstOrThrow();
  const record = await db
    .selectFrom('enforcement_record')
    .select(['version', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  return {
    history: await count('record_history', 'entity_id'),
    changes: await count('change_log', 'entity_id'),
    audit: Number(audit.count),
    version: record?.version,
    status: record?.status,
  };
}
