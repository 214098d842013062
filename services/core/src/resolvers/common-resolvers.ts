import { IdempotencyKeyScalar } from '../scalars/idempotency-key.js';
import {
  childDivisions,
  divisionLevel,
  findDivision,
  isWellFormedDivisionCode,
  parentDivision,
  NATIONAL_CODE,
} from '@city-ops/schema';
import { divisionRef, badUserInput, isAllowed, operationNames, TIER_ENUM } from '@city-ops/kernel';
import type { DivisionRef } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { DateTimeScalar } from '../scalars/date-time.js';
import type { IResolvers } from '@graphql-tools/utils';
import type { GraphQLResolveInfo } from 'graphql';
import { enumValueLabels } from '../labels/enum-value-labels.js';

/** Fields every node answers the same way: who served, who asks, the division registry, the labels of codes. */
export const commonResolvers: IResolvers<unknown, RequestContext> = {
  DateTime: DateTimeScalar,
  IdempotencyKey: IdempotencyKeyScalar,
  Query: {
    nodeInfo: (_root, _args, { node }) => ({
      tier: TIER_ENUM[node.tier],
      division: divisionRef(node.division),
      startedAt: node.startedAt.toISOString(),
      timeZone: node.timeZone,
    }),
    me: (_root, _args, { principal }) => ({
      username: principal.username,
      roles: principal.roles,
      division: divisionRef(principal.division),
      department: principal.department ?? null,
      permissions: operationNames.filter((operation) => isAllowed(principal, operation)),
    }),
    division: (_root, { code }: { code: string }) => {
      const entry = findDivision(code);
      return entry ? divisionRef(entry.code) : null;
    },
    divisions: (_root, { parent }: { parent?: string | null }) => {
      const code = parent ?? NATIONAL_CODE;
      if (!isWellFormedDivisionCode(code)) {
        throw badUserInput('parent', {
          zh: `“${code}”不是六位 GB/T 2260 行政区划代码。`,
          en: `"${code}" is not a six-digit GB/T 2260 division code.`,
        });
      }
      return childDivisions(code).map((entry) => divisionRef(entry.code));
    },
    enumLabels: (
      _root,
      { enums }: { enums?: readonly string[] | null },
      { language },
      info: GraphQLResolveInfo,
    ) => enumValueLabels(info.schema, enums ?? null, language),
  },
  Division: {
    level: (division: DivisionRef) => divisionLevel(division.code),
    parent: (division: DivisionRef) => {
      const parent = parentDivision(division.code);
      return parent ? divisionRef(parent) : null;
    },
    children: (division: DivisionRef) =>
      childDivisions(division.code).map((entry) => divisionRef(entry.code)),
  },
};
