import type { IResolvers } from '@graphql-tools/utils';
import { authorizeAny, accessFor, readRecordNumber } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { readCaseReport } from './case/case-resolvers.js';
import { readEnforcementRecord } from './enforcement/enforcement-resolvers.js';
import type { RecordKey } from './find-record-in-scope.js';
import type { RecordKind, RecordTable } from './record-kind.js';
import { RECORD_KINDS } from './record-kinds.js';
import { readTicket } from './ticket/ticket-resolvers.js';

/**
 * `recordByNumber`: the lookup a desk makes every minute, for any record kind. A number
 * is `<owning city's division><series letters><digits>` and each kind's series letters
 * are in its descriptor (`numbers.infix`), so the number alone says which kind and which
 * city (the gateway routes by its first six digits). The record is then read exactly as
 * by id — the same row scope, masking and audit — and whatever the caller may not read
 * (another division, another unit's work, a kind they do not read) is null, as a number
 * nobody has.
 */

/** Each kind's read by id or number, as its own by-id field answers. */
const READ: {
  readonly [T in RecordTable]: (context: RequestContext, key: RecordKey) => Promise<object | null>;
} = {
  hotline_ticket: readTicket,
  case_report: readCaseReport,
  enforcement_record: readEnforcementRecord,
};

const KINDS = Object.values(RECORD_KINDS) as readonly RecordKind<RecordTable, unknown>[];

/** The kind whose number series `number` is in, or undefined. */
export function kindOfNumber(number: string): RecordKind<RecordTable, unknown> | undefined {
  const series = /^\d{6}([A-Z]*)\d/.exec(number)?.[1];
  return series === undefined ? undefined : KINDS.find((kind) => kind.numbers.infix === series);
}

/** Which SDL type each answered view is, for the CityRecord union. */
const typeOfView = new WeakMap<object, string>();

export const recordByNumberResolvers: IResolvers<unknown, RequestContext> = {
  Query: {
    recordByNumber: async (_root, args: { number: string }, context) => {
      // As the gateway refuses early: a token that reads no kind at all.
      authorizeAny(
        context.principal,
        KINDS.map((kind) => kind.readOperation),
      );
      const number = readRecordNumber(args.number);
      const kind = kindOfNumber(number);
      if (!kind || !accessFor(context.principal, kind.readOperation)) return null;
      const view = await READ[kind.table](context, { number });
      if (view) typeOfView.set(view, kind.sdlType);
      return view;
    },
  },
  CityRecord: {
    __resolveType: (view: object) => typeOfView.get(view) ?? null,
  },
};
