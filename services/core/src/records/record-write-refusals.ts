import type { IResolvers } from '@graphql-tools/utils';
import { buildSchema, getNamedType, isInputObjectType } from 'graphql';
import { typeDefs } from '@city-ops/schema';
import { ownerDivisionOfId, recordFieldOfInput } from '@city-ops/kernel';
import type { RequestContext } from '../node-context.js';
import { assertOwner } from '../ownership.js';
import { RECORD_KINDS } from './record-kinds.js';

/**
 * Only the owning city writes a record: every node answers every mutation that
 * returns a record kind with NOT_OWNER naming the owner, and the city node's own
 * resolvers replace these. Derived from the SDL, so a new action is refused
 * elsewhere without a list to keep in step.
 */
export function recordWriteRefusals(): IResolvers<unknown, RequestContext> {
  const schema = buildSchema(typeDefs);
  const kindTypes = new Set(Object.values(RECORD_KINDS).map((kind) => kind.sdlType as string));
  const refusals: Record<string, unknown> = {};
  for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (!kindTypes.has(getNamedType(mutation.type).name)) continue;
    const input = mutation.args.find((arg) => arg.name === 'input');
    const inputType = input ? getNamedType(input.type) : undefined;
    if (!isInputObjectType(inputType)) continue;
    // The convention the gateway routes by (kernel's recordFieldOfInput).
    const named = recordFieldOfInput(Object.keys(inputType.getFields()));
    if (!named) continue;
    const { field, owner } = named;
    refusals[mutation.name] = (
      _root: unknown,
      args: { input: Record<string, unknown> },
      { node }: RequestContext,
    ) => {
      const value = String(args.input[field] ?? '');
      const path = `input.${field}`;
      assertOwner(node, owner === 'of-division' ? value : ownerDivisionOfId(value, path), path);
      throw new Error(`${mutation.name} reached its owning node, which has no resolver for it`);
    };
  }
  return { Mutation: refusals } as IResolvers<unknown, RequestContext>;
}
